import { D, ONE, sameValue } from './decimal';
import type { MaterialTerms } from './formula';
import { type ExactFactor, exactFactorOf } from './scaled-integer';

/**
 * Products every δ of a row starts with, worked out once per row instead of once per
 * adjustment date. Each gives exactly the number the formula's own order of operations gives:
 *
 * - 비중: U₀ · s is the first product of U₀ · s · M · ρ / B₀ as written, so it is the same
 *   operation on the same numbers.
 * - 투입량: q · M · ρ is computed as (q · ρ) · M only where no product is rounded. decimal.js
 *   rounds a product only beyond its precision (40 significant digits), and a product of
 *   numbers with a and b significant digits has at most a + b. With sd(q) + sd(ρ) + sd(M) ≤ 40,
 *   q · M, (q · M) · ρ, q · ρ and (q · ρ) · M are all exact: both orders give the exact product.
 *   For a move M with more digits the formula's order is used.
 * - 투입량, as an exact integer and scale (scaled-integer.ts): q · ρ, for exact-sum.ts to work
 *   out (q · ρ) · M in integers where M is within `maxMoveDigits`.
 */
export interface DeltaPlan {
  /** 투입량: q · ρ, and the most significant digits a move may have for (q · ρ) · M to be exact. */
  readonly quantityTimesRatio: D | null;
  readonly maxMoveDigits: number;
  /** 투입량: q · ρ as an exact integer and scale; null where it has more than 40 digits. */
  readonly exactQuantityTimesRatio: ExactFactor | null;
  /** 비중: U₀ · s. */
  readonly originalTimesShare: D | null;
}

export const NO_PLAN: DeltaPlan = {
  quantityTimesRatio: null,
  maxMoveDigits: 0,
  exactQuantityTimesRatio: null,
  originalTimesShare: null,
};

export function deltaPlanOf(terms: MaterialTerms): DeltaPlan {
  switch (terms.formula) {
    case 'quantity': {
      const q = terms.quantityPerUnit;
      if (q === null) return NO_PLAN;
      const room = D.precision - q.sd() - terms.reflectionRatio.sd();
      if (room < 1) return NO_PLAN;
      // ρ = 100 % (the usual case): q · ρ is q itself, exactly (q has at most 39 digits here).
      const quantityTimesRatio = sameValue(terms.reflectionRatio, ONE) ? q : q.times(terms.reflectionRatio);
      return {
        quantityTimesRatio,
        maxMoveDigits: room,
        exactQuantityTimesRatio: exactFactorOf(quantityTimesRatio),
        originalTimesShare: null,
      };
    }
    case 'share':
      return terms.materialShare === null
        ? NO_PLAN
        : {
            quantityTimesRatio: null,
            maxMoveDigits: 0,
            exactQuantityTimesRatio: null,
            originalTimesShare: terms.originalUnitPrice.times(terms.materialShare),
          };
    case 'rate':
      return NO_PLAN;
  }
}
