import type { ReflectionMode, RoundingMode } from '../domain/types';

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

/** q for a 비중 row: U₀ · s / B₀. */
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
}

/** δ: q · M · ρ when |P − B| ≥ t · B, else 0; M is the whole move or only the part beyond t · B. */
export function deltaFormula(mode: ReflectionMode, refs: DeltaRefs): string {
  const { content: q, base: b, comparison: p, threshold: t, ratio: rho } = refs;
  const beyondBand = `ABS(${p}-${b})-${t}*${b}`;
  const moved = mode === 'whole' ? `(${p}-${b})` : `SIGN(${p}-${b})*(${beyondBand})`;
  return `IF(ROUND(${beyondBand},${NOISE_DECIMALS})>=0,${q}*${moved}*${rho},0)`;
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
