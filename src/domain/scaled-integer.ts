import { D, wordDigitCount } from './decimal';

/**
 * An exact decimal as `units · 10^−scale` with `units` a safe integer (|units| < 2⁵³): every
 * such number is exactly a double, and a product, a sum or a multiple by an exact power of ten
 * of such integers is exact whenever its true value is again a safe integer. Because rounding
 * is monotonic and 2⁵³ is a double, a true value of 2⁵³ or more always comes out as 2⁵³ or
 * more, so `Number.isSafeInteger` on the computed result tells exact results from the others.
 */
export interface Scaled {
  readonly units: number;
  readonly scale: number;
}

/**
 * A factor of δ in both forms: `units` as a safe integer (NaN when it is none) and `wide`, the
 * same integer as a bigint, for sums that outgrow safe integers. Canonical like Scaled.
 */
export interface ExactFactor {
  readonly units: number;
  readonly wide: bigint;
  readonly scale: number;
}

/** The most significant digits decimal.js keeps (D.precision): beyond, it would round. */
export const MAX_DIGITS = 40;
/** 10⁰ … 10⁸⁰ as bigints. */
const WIDE_POWERS = Array.from({ length: 2 * MAX_DIGITS + 1 }, (_, k) => 10n ** BigInt(k));

/** 10^k as a bigint (k ≤ 80; −1n past that, which no check accepts). */
export function widePowerOfTen(k: number): bigint {
  return WIDE_POWERS[k] ?? -1n;
}

/** 10⁰ … 10²², every one exactly a double. */
const POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);
/** decimal.js keeps digits in words of seven (base 10⁷). */
const WORD = 1e7;
const WORD_DIGITS = 7;
const WIDE_WORD = 10_000_000n;

/** 10^k as an exact double, or NaN past 10²² (which makes any result unsafe). */
export function powerOfTen(k: number): number {
  return POWERS[k] ?? NaN;
}

/**
 * `value` as a safe integer and a scale (no trailing zeros in the integer unless the scale is
 * 0), or null when its digits do not fit one.
 */
export function scaledOf(value: D): Scaled | null {
  const factor = exactFactorOf(value, false);
  return factor === null || Number.isNaN(factor.units) ? null : { units: factor.units, scale: factor.scale };
}

/**
 * `value` as an exact factor, or null when it has more than MAX_DIGITS digits (or is not
 * finite); without `withWide`, `wide` is left 0n (for scaledOf, which reads `units` only). Read from decimal.js's documented, read-only representation: the digits in
 * words of seven, the first word without leading zeros, no trailing zero words; `e` the
 * exponent of the first digit.
 */
export function exactFactorOf(value: D, withWide = true): ExactFactor | null {
  const { d, e, s } = value;
  const first = d?.[0];
  if (first === undefined) return null; // NaN, ±Infinity
  if (first === 0) return { units: 0, wide: 0n, scale: 0 };
  const lastIndex = d.length - 1;
  let last = d[lastIndex] ?? 0;
  // The last word's trailing zeros (it is never 0 itself) are not digits the integer needs.
  let lastDigits = lastIndex === 0 ? wordDigitCount(first) : WORD_DIGITS;
  while (last !== 0 && last % 10 === 0) {
    last /= 10;
    lastDigits -= 1;
  }
  // The value's last kept digit sits at 10^(e − digits + 1).
  const digits =
    lastIndex === 0 ? lastDigits : wordDigitCount(first) + WORD_DIGITS * (lastIndex - 1) + lastDigits;
  const exponent = e - digits + 1;
  if (digits + Math.max(exponent, 0) > MAX_DIGITS) return null;
  const scale = exponent >= 0 ? 0 : -exponent;
  let units = lastIndex === 0 ? last : first;
  for (let index = 1; index < lastIndex; index += 1) units = units * WORD + (d[index] ?? 0);
  if (lastIndex > 0) units = units * powerOfTen(lastDigits) + last;
  if (exponent > 0) units *= powerOfTen(exponent);
  // Each step above is exact while the result stays a safe integer, and past it stays past it.
  const safe = Number.isSafeInteger(units);
  const signed = s < 0 ? -units : units;
  if (!withWide) return { units: safe ? signed : NaN, wide: 0n, scale };
  if (safe) return { units: signed, wide: BigInt(signed), scale };
  let wide = BigInt(lastIndex === 0 ? last : first);
  for (let index = 1; index < lastIndex; index += 1) wide = wide * WIDE_WORD + BigInt(d[index] ?? 0);
  if (lastIndex > 0) wide = wide * widePowerOfTen(lastDigits) + BigInt(last);
  if (exponent > 0) wide *= widePowerOfTen(exponent);
  return { units: NaN, wide: s < 0 ? -wide : wide, scale };
}

/** The decimal `units · 10^−scale`, read by decimal.js from its exact digits (a safe integer is exactly its own digits). */
export function decimalOfScaled(units: number | bigint, scale: number): D {
  if (scale !== 0) return new D(`${units}e-${scale}`);
  return typeof units === 'number' ? new D(units) : new D(units.toString());
}
