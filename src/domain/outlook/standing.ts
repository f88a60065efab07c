import { type D, DisplayRatio, ONE, ZERO } from '../decimal';
import { moveOutcome } from '../formula';
import type { Direction, MaterialEvaluation } from '../types';

/** Where a material stands against its threshold, if its comparison price were `comparison`. */
export interface Standing {
  /** B, the base in force. */
  readonly basePrice: D;
  /** P, the comparison price the next evaluation would read. */
  readonly comparisonPrice: D;
  /** (P − B) / B, to 20 digits (display only, as the engine's). */
  readonly changeRate: D;
  readonly threshold: D;
  readonly direction: Direction;
  /** What the evaluation would say, by the engine's exact test. */
  readonly outcome: MaterialEvaluation['outcome'];
  /**
   * The further change (a fraction of B) still needed to trigger, the nearest agreed way;
   * 0 when it triggers. With t = 0 and no move it is 0: any move in the agreed way triggers.
   */
  readonly remaining: D;
  /** The band of no adjustment: B·(1 − t) … B·(1 + t); a one-way row triggers past one side only. */
  readonly band: { readonly lower: D; readonly upper: D };
}

export function standingOf(basePrice: D, comparisonPrice: D, threshold: D, direction: Direction): Standing {
  const outcome = moveOutcome(
    {
      formula: 'quantity',
      quantityPerUnit: null,
      materialShare: null,
      originalUnitPrice: ONE,
      originalBasePrice: basePrice,
      threshold,
      reflectionRatio: ONE,
      reflectionMode: 'whole',
      direction,
    },
    basePrice,
    comparisonPrice,
  );
  const changeRate = new DisplayRatio(comparisonPrice.minus(basePrice)).dividedBy(basePrice);
  return {
    basePrice,
    comparisonPrice,
    changeRate: new DisplayRatio(changeRate),
    threshold,
    direction,
    outcome,
    remaining: outcome === 'triggered' ? ZERO : remainingOf(changeRate, threshold, direction),
    band: { lower: basePrice.times(ONE.minus(threshold)), upper: basePrice.times(ONE.plus(threshold)) },
  };
}

function remainingOf(rate: D, threshold: D, direction: Direction): D {
  const up = threshold.minus(rate);
  const down = threshold.plus(rate);
  switch (direction) {
    case 'riseOnly':
      return up;
    case 'fallOnly':
      return down;
    case 'both':
      return up.lte(down) ? up : down;
  }
}
