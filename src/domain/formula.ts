import { D, ZERO } from './decimal';
import type { FormulaKind, ReflectionMode } from './types';

/** What one material contributes at one adjustment date (DOMAIN §3.3). */
export interface MaterialMove {
  readonly triggered: boolean;
  /** M: the reflected part of the move, before the ratio; 0 when not triggered. */
  readonly movedAmount: D;
  /** δ = q · M · ρ, unrounded; 0 when not triggered. */
  readonly unitPriceDelta: D;
}

export interface MaterialTerms {
  readonly formula: FormulaKind;
  /** 투입량: index units per item unit. */
  readonly quantityPerUnit: D | null;
  /** 비중: share of the original unit price, as a fraction. */
  readonly materialShare: D | null;
  /** U₀, the item's unit price before any adjustment. */
  readonly originalUnitPrice: D;
  /** B₀, the material's price at the original base point. */
  readonly originalBasePrice: D;
  readonly threshold: D;
  readonly reflectionRatio: D;
  readonly reflectionMode: ReflectionMode;
}

/** Inclusive trigger without division: |P − B| ≥ t · B ("이상 변동"). */
export function isTriggered(basePrice: D, comparisonPrice: D, threshold: D): boolean {
  return comparisonPrice.minus(basePrice).abs().gte(threshold.times(basePrice));
}

/** M for a triggered move: the whole move, or only the part beyond the threshold band. */
export function movedAmount(basePrice: D, comparisonPrice: D, threshold: D, mode: ReflectionMode): D {
  const move = comparisonPrice.minus(basePrice);
  if (mode === 'whole') {
    return move;
  }
  const beyond = move.abs().minus(threshold.times(basePrice));
  return move.isNegative() ? beyond.negated() : beyond;
}

/** q, the material content per item unit; for 비중 it is fixed at the original base point. */
export function materialContent(terms: MaterialTerms): D {
  if (terms.formula === 'quantity') {
    return requireTerm(terms.quantityPerUnit, 'quantityPerUnit');
  }
  const share = requireTerm(terms.materialShare, 'materialShare');
  return terms.originalUnitPrice.times(share).dividedBy(terms.originalBasePrice);
}

export function evaluateMove(terms: MaterialTerms, basePrice: D, comparisonPrice: D): MaterialMove {
  if (!isTriggered(basePrice, comparisonPrice, terms.threshold)) {
    return { triggered: false, movedAmount: ZERO, unitPriceDelta: ZERO };
  }
  const moved = movedAmount(basePrice, comparisonPrice, terms.threshold, terms.reflectionMode);
  return { triggered: true, movedAmount: moved, unitPriceDelta: unitPriceDelta(terms, moved) };
}

function unitPriceDelta(terms: MaterialTerms, moved: D): D {
  if (terms.formula === 'quantity') {
    return requireTerm(terms.quantityPerUnit, 'quantityPerUnit').times(moved).times(terms.reflectionRatio);
  }
  // U₀ · s · M · ρ / B₀ with the one division last, so no intermediate quotient is rounded.
  return terms.originalUnitPrice
    .times(requireTerm(terms.materialShare, 'materialShare'))
    .times(moved)
    .times(terms.reflectionRatio)
    .dividedBy(terms.originalBasePrice);
}

function requireTerm(value: D | null, name: string): D {
  if (value === null) {
    // The sheet reader rejects such rows; reaching this is a programming error.
    throw new Error(`formula term ${name} is missing`);
  }
  return value;
}
