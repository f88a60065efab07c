import type { Direction, ReflectionMode, RoundingMode } from '../../domain/types';

/**
 * The live formulas of `납품단가 변동표`, built from A1 references. They restate DOMAIN §3.3–3.4
 * in Excel terms so a reviewer can audit the table in Excel itself.
 */

/**
 * Excel computes in binary floating point: 0.1 × 9,000 may come out a hair above 900. Rounding
 * to nine decimals before a comparison or a final rounding removes that noise, which is far below
 * any won or chon, so an exact tie (an inclusive threshold, a price of x.5) decides as in the engine.
 */
const NOISE_DECIMALS = 9;

/** 변동률 r = (P − B) / B. */
export function changeRateFormula(base: string, comparison: string): string {
  return `(${comparison}-${base})/${base}`;
}

/** q for a 비중 row, U₀ · s / B₀; for a 변동률 row, U_{k−1} · s / B. */
export function shareContentFormula(
  originalUnitPrice: string,
  share: string,
  originalBasePrice: string,
): string {
  return `${originalUnitPrice}*${share}/${originalBasePrice}`;
}

export interface DeltaRefs {
  readonly content: string;
  readonly base: string;
  readonly comparison: string;
  readonly threshold: string;
  readonly ratio: string;
  /** F4: FX_b and FX(d_k); the move is then P · FX − B · FX_b (전액 only). */
  readonly fx?: { readonly base: string; readonly comparison: string } | undefined;
}

/**
 * δ: q · M · ρ when |P − B| ≥ t · B (and, for a one-directional row, P − B points its way),
 * else 0; M is the whole move, only the part beyond t · B, or with FX in the formula
 * P · FX − B · FX_b.
 */
export function deltaFormula(mode: ReflectionMode, direction: Direction, refs: DeltaRefs): string {
  const { content: q, base: b, comparison: p, threshold: t, ratio: rho, fx } = refs;
  const beyondBand = `ABS(${p}-${b})-${t}*${b}`;
  const moved = fx
    ? `(${p}*${fx.comparison}-${b}*${fx.base})`
    : mode === 'whole'
      ? `(${p}-${b})`
      : `SIGN(${p}-${b})*(${beyondBand})`;
  const meets = `ROUND(${beyondBand},${NOISE_DECIMALS})>=0`;
  const condition =
    direction === 'both'
      ? meets
      : `AND(${meets},ROUND(${p}-${b},${NOISE_DECIMALS})${direction === 'riseOnly' ? '>' : '<'}0)`;
  return `IF(${condition},${q}*${moved}*${rho},0)`;
}

const ROUND_FUNCTION: Record<RoundingMode, string> = { halfUp: 'ROUND', down: 'ROUNDDOWN', up: 'ROUNDUP' };

/**
 * 조정 후 납품단가 = round(before + Σδ of the item's materials) with the item's decimals and
 * rounding; Excel's ROUND/ROUNDDOWN/ROUNDUP round half away from zero / toward / away from zero,
 * as 반올림 / 절사 / 올림 do in the engine.
 */
export function unitPriceAfterFormula(
  rounding: RoundingMode,
  decimals: number,
  before: string,
  deltaRange: string,
): string {
  return `${ROUND_FUNCTION[rounding]}(ROUND(${before}+SUM(${deltaRange}),${NOISE_DECIMALS}),${decimals})`;
}

/** 납품금액 = 수량 × 단가. */
export function amountFormula(quantity: string, unitPrice: string): string {
  return `${quantity}*${unitPrice}`;
}

/** 조정금액 = 조정 후 − 조정 전. */
export function differenceFormula(after: string, before: string): string {
  return `${after}-${before}`;
}

/** A plain reference to another cell, e.g. the previous adjustment's new price. */
export function referenceFormula(target: string): string {
  return target;
}
