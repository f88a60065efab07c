import type { PricePoint } from './comparison-table';
import type { D } from './decimal';
import { type ExactFactor, exactFactorOf } from './scaled-integer';

/** M of one pair, and its exact integer form once asked for (null past 40 digits). */
interface Move {
  readonly move: D;
  exact?: ExactFactor | null;
}

/**
 * M = P − B (반영방식 전액) of the (base, comparison) pairs the walk meets. Rows that read one index
 * alike share their comparison points, and a base that rolls becomes one of them, so thousands
 * of rows meet the same few pairs: each difference is taken once.
 */
export class WholeMoves {
  private readonly byBase = new Map<PricePoint, Map<PricePoint, Move>>();

  moveFrom(base: PricePoint, comparison: PricePoint): D {
    return this.entry(base, comparison).move;
  }

  /** P − B as an exact integer and scale (scaled-integer.ts), or null past 40 digits. */
  exactMoveFrom(base: PricePoint, comparison: PricePoint): ExactFactor | null {
    const entry = this.entry(base, comparison);
    if (entry.exact === undefined) entry.exact = exactFactorOf(entry.move);
    return entry.exact;
  }

  private entry(base: PricePoint, comparison: PricePoint): Move {
    let byComparison = this.byBase.get(base);
    if (byComparison === undefined) {
      byComparison = new Map();
      this.byBase.set(base, byComparison);
    }
    let known = byComparison.get(comparison);
    if (known === undefined) {
      known = { move: comparison.price.minus(base.price) };
      byComparison.set(comparison, known);
    }
    return known;
  }
}
