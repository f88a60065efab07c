import type { PricePoint } from './comparison-table';
import type { D } from './decimal';

/**
 * M = P − B (반영방식 전액) of the (base, comparison) pairs the walk meets. Rows that read one index
 * alike share their comparison points, and a base that rolls becomes one of them, so thousands
 * of rows meet the same few pairs: each difference is taken once.
 */
export class WholeMoves {
  private readonly byBase = new Map<PricePoint, Map<PricePoint, D>>();

  moveFrom(base: PricePoint, comparison: PricePoint): D {
    let byComparison = this.byBase.get(base);
    if (byComparison === undefined) {
      byComparison = new Map();
      this.byBase.set(base, byComparison);
    }
    const known = byComparison.get(comparison);
    if (known !== undefined) return known;
    const move = comparison.price.minus(base.price);
    byComparison.set(comparison, move);
    return move;
  }
}
