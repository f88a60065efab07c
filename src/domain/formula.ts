import { D, ZERO } from './decimal';
import { type DeltaPlan, NO_PLAN } from './delta-plan';
import type { Direction, FormulaKind, ReflectionMode } from './types';

/** What one material contributes at one adjustment date (DOMAIN §3.3). */
export interface MaterialMove {
  /** 'triggered' when the move meets the threshold in the agreed direction. */
  readonly outcome: 'triggered' | 'belowThreshold' | 'wrongDirection';
  /** q at this date: fixed for 투입량 and 비중, U_{k−1} · s / B for 변동률. */
  readonly content: D;
  /** M: the reflected part of the move in KRW per index unit, before the ratio; 0 when not triggered. */
  readonly movedAmount: D;
  /** δ = q · M · ρ, unrounded; 0 when not triggered. */
  readonly unitPriceDelta: D;
}

export interface MaterialTerms {
  readonly formula: FormulaKind;
  /** 투입량: index units per item unit. */
  readonly quantityPerUnit: D | null;
  /** 비중 and 변동률: share of the unit price, as a fraction. */
  readonly materialShare: D | null;
  /** U₀, the item's unit price before any adjustment. */
  readonly originalUnitPrice: D;
  /** B₀, the material's price at the original base point (in the index's currency for F4). */
  readonly originalBasePrice: D;
  readonly threshold: D;
  readonly reflectionRatio: D;
  readonly reflectionMode: ReflectionMode;
  readonly direction: Direction;
}

/** What the move is measured against at one date, beyond B and P. */
export interface MoveContext {
  /** U_{k−1}, the unit price in force before this date (변동률 applies to it). */
  readonly unitPriceBefore: D;
  /** F4 (FX in the formula): FX_b of the base in force and FX(d_k); null when FX is in the index. */
  readonly fx: { readonly base: D; readonly comparison: D } | null;
}

/** Inclusive threshold test without division: |P − B| ≥ t · B ("이상 변동"); t = 0 always meets it. */
function meetsThreshold(basePrice: D, comparisonPrice: D, threshold: D): boolean {
  return comparisonPrice.minus(basePrice).abs().gte(threshold.times(basePrice));
}

/** A one-directional agreement reflects only a strict move its way (DOMAIN §3.3). */
function pointsAgreedWay(basePrice: D, comparisonPrice: D, direction: Direction): boolean {
  switch (direction) {
    case 'both':
      return true;
    case 'riseOnly':
      return comparisonPrice.gt(basePrice);
    case 'fallOnly':
      return comparisonPrice.lt(basePrice);
  }
}

/** M for a triggered move: the whole move, or only the part beyond the threshold band. */
function movedAmount(basePrice: D, comparisonPrice: D, threshold: D, mode: ReflectionMode): D {
  const move = comparisonPrice.minus(basePrice);
  if (mode === 'whole') {
    return move;
  }
  const beyond = move.abs().minus(threshold.times(basePrice));
  return move.isNegative() ? beyond.negated() : beyond;
}

/** q of a 투입량 or 비중 row, fixed for the life of the agreement (비중: at the original base point). */
export function fixedContent(terms: MaterialTerms): D | null {
  switch (terms.formula) {
    case 'quantity':
      return requireTerm(terms.quantityPerUnit, 'quantityPerUnit');
    case 'share':
      return terms.originalUnitPrice
        .times(requireTerm(terms.materialShare, 'materialShare'))
        .dividedBy(terms.originalBasePrice);
    case 'rate':
      return null;
  }
}

/** q at a date: the fixed content, or for 변동률 the price in force × s over the base in force. */
export function contentAt(terms: MaterialTerms, basePrice: D, context: MoveContext): D {
  return (
    fixedContent(terms) ??
    context.unitPriceBefore.times(requireTerm(terms.materialShare, 'materialShare')).dividedBy(basePrice)
  );
}

export function evaluateMove(
  terms: MaterialTerms,
  basePrice: D,
  comparisonPrice: D,
  context: MoveContext,
): MaterialMove {
  const content = contentAt(terms, basePrice, context);
  const outcome = moveOutcome(terms, basePrice, comparisonPrice);
  if (outcome !== 'triggered') {
    return { outcome, content, movedAmount: ZERO, unitPriceDelta: ZERO };
  }
  return { outcome, content, ...triggeredMove(terms, basePrice, comparisonPrice, context) };
}

/** The exact decimal test: the threshold met in the agreed direction (DOMAIN §3.3). */
export function moveOutcome(terms: MaterialTerms, basePrice: D, comparisonPrice: D): MaterialMove['outcome'] {
  if (!meetsThreshold(basePrice, comparisonPrice, terms.threshold)) {
    return 'belowThreshold';
  }
  if (!pointsAgreedWay(basePrice, comparisonPrice, terms.direction)) {
    // No move at all (t = 0, P = B) is not a move the wrong way.
    return comparisonPrice.eq(basePrice) ? 'belowThreshold' : 'wrongDirection';
  }
  return 'triggered';
}

/**
 * M and δ of a move already known to trigger (the threshold and the direction were met); `plan`
 * holds the row's products worked out once (the same numbers, see delta-plan.ts).
 */
export function triggeredMove(
  terms: MaterialTerms,
  basePrice: D,
  comparisonPrice: D,
  context: MoveContext,
  plan: DeltaPlan = NO_PLAN,
): { readonly movedAmount: D; readonly unitPriceDelta: D } {
  if (context.fx !== null) {
    // F4: the threshold read the foreign price; FX converts each side at its own rate (전액 only).
    const moved = comparisonPrice.times(context.fx.comparison).minus(basePrice.times(context.fx.base));
    const delta = requireTerm(terms.quantityPerUnit, 'quantityPerUnit')
      .times(moved)
      .times(terms.reflectionRatio);
    return { movedAmount: moved, unitPriceDelta: delta };
  }
  const moved = movedAmount(basePrice, comparisonPrice, terms.threshold, terms.reflectionMode);
  return { movedAmount: moved, unitPriceDelta: unitPriceDelta(terms, basePrice, moved, context, plan) };
}

/** δ of a triggered move whose M is known (not F4): the formula's own operations on M. */
export function unitPriceDelta(
  terms: MaterialTerms,
  basePrice: D,
  moved: D,
  context: MoveContext,
  plan: DeltaPlan,
): D {
  switch (terms.formula) {
    case 'quantity':
      if (plan.quantityTimesRatio !== null && moved.sd() <= plan.maxMoveDigits) {
        return plan.quantityTimesRatio.times(moved);
      }
      return requireTerm(terms.quantityPerUnit, 'quantityPerUnit').times(moved).times(terms.reflectionRatio);
    case 'share':
      // U₀ · s · M · ρ / B₀ with the one division last, so no intermediate quotient is rounded.
      return (
        plan.originalTimesShare ??
        terms.originalUnitPrice.times(requireTerm(terms.materialShare, 'materialShare'))
      )
        .times(moved)
        .times(terms.reflectionRatio)
        .dividedBy(terms.originalBasePrice);
    case 'rate':
      // U_{k−1} · s · M · ρ / B: against the base in force, on the price in force, so it compounds.
      return context.unitPriceBefore
        .times(requireTerm(terms.materialShare, 'materialShare'))
        .times(moved)
        .times(terms.reflectionRatio)
        .dividedBy(basePrice);
  }
}

function requireTerm(value: D | null, name: string): D {
  if (value === null) {
    // The sheet reader rejects such rows; reaching this is a programming error.
    throw new Error(`formula term ${name} is missing`);
  }
  return value;
}
