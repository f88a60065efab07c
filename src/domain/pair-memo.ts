import type { PricePoint } from './comparison-table';
import { type D, DisplayRatio } from './decimal';
import { type ExactFactor, exactFactorOf } from './scaled-integer';

/**
 * What follows from a (base, comparison) pair of price points alone, worked out once per pair:
 * rows that read one index alike share their comparison points, and a base that rolls becomes
 * one of them, so hundreds of thousands of evaluations meet a few thousand pairs. The results are
 * the same decimal operations on the same numbers as working them out each time.
 */
interface PairFacts {
  move?: D;
  /** M as an exact integer and scale (null past 40 digits); undefined until asked. */
  exactMove?: ExactFactor | null;
  rate?: D;
}

const byBase = new WeakMap<PricePoint, Map<PricePoint, PairFacts>>();

function factsOf(base: PricePoint, comparison: PricePoint): PairFacts {
  let byComparison = byBase.get(base);
  if (byComparison === undefined) {
    byComparison = new Map();
    byBase.set(base, byComparison);
  }
  let facts = byComparison.get(comparison);
  if (facts === undefined) {
    facts = {};
    byComparison.set(comparison, facts);
  }
  return facts;
}

/** P − B (M of 반영방식 전액). */
export function wholeMove(base: PricePoint, comparison: PricePoint): D {
  const facts = factsOf(base, comparison);
  return (facts.move ??= comparison.price.minus(base.price));
}

/** P − B (M of 반영방식 전액) as an exact integer and scale, or null past 40 digits. */
export function exactWholeMove(base: PricePoint, comparison: PricePoint): ExactFactor | null {
  const facts = factsOf(base, comparison);
  if (facts.exactMove === undefined) {
    facts.exactMove = exactFactorOf((facts.move ??= comparison.price.minus(base.price)));
  }
  return facts.exactMove;
}

/** (P − B) / B, for display only (DOMAIN §3.3), at DisplayRatio's precision. */
export function changeRate(base: PricePoint, comparison: PricePoint): D {
  const facts = factsOf(base, comparison);
  return (facts.rate ??= new DisplayRatio(comparison.price.minus(base.price)).dividedBy(base.price));
}
