import { type D, wordDigitCount } from './decimal';
import type { Direction } from './types';

/**
 * The threshold test |P − B| ≥ t · B decided in binary floating point where the answer is clear,
 * so that most evaluations need no decimal arithmetic at all; null sends the evaluation to the
 * exact decimal test (DOMAIN §3.3), which remains the definition.
 *
 * Why a clear float answer is the exact answer. Let u = 2⁻⁵³. p, b and τ are P, B and t as
 * doubles from floatOf, each within ε = 7u of its own size of the true value (see floatOf), and
 * all of them normal numbers (between 1e-300 and 1e300; 0 ≤ t ≤ 1). Then
 *   | fl(|p − b|) − |P − B| | ≤ 8.1u · (P + B)   and   | fl(τ · b) − t · B | ≤ 15.1u · t · B,
 * and P + B ≤ (1 + 8u)(p + b), t · B ≤ (1 + 16u) fl(τ · b). So the float difference d − m is
 * within 16u · (p + b + m) of the true |P − B| − t · B. The margin used here,
 * 2⁻⁴⁵ · (p + b + m) = 256u · (…), covers that bound and the few roundings of computing the
 * margin and the comparisons themselves (each at most u of numbers no larger than the margin's
 * own terms) many times over. Outside the margin the sign of d − m, and for a one-directional row
 * the sign of p − b (|p − b| > margin there), are the true ones. Inside it, or with t = 0 and
 * P = B (d = m = 0), the decimal test decides. With t = 0 the float test can only ever answer
 * "met", never "below": m = 0 ≤ d.
 */
const MARGIN = 2 ** -45;
const SMALLEST = 1e-300;
const LARGEST = 1e300;
/** 10⁰ … 10²², every one exactly a double. */
const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);
/** decimal.js keeps digits in words of seven (base 10⁷). */
const WORD = 1e7;
const WORD_DIGITS = 7;
/** Four words are 22 to 28 significant digits: the words left out change less than 10⁻²¹ of the value. */
const WORDS_READ = 4;

export type FastOutcome = 'triggered' | 'belowThreshold' | 'wrongDirection';

/**
 * A positive price as a double within 7u of its own size, or NaN where that or the range above
 * cannot be promised (the decimal test then decides). Read from decimal.js's documented,
 * read-only representation (digits in words of seven, exponent, sign) rather than through a
 * decimal string: the first four words give an integer mantissa with at most four roundings,
 * the words left out change it by less than 10⁻²¹, and at most two exact powers of ten scale it,
 * one rounding each: 6u + 10⁻²¹ < 7u.
 */
export function floatOf(value: D): number {
  const { d, e, s } = value;
  // NaN and ±Infinity have no digits; zero and negative numbers are never prices.
  const first = d?.[0];
  if (s !== 1 || first === undefined || first === 0) return NaN;
  const words = Math.min(d.length, WORDS_READ);
  let mantissa = first;
  for (let index = 1; index < words; index += 1) mantissa = mantissa * WORD + (d[index] ?? 0);
  const shift = e - wordDigitCount(first) + 1 - WORD_DIGITS * (words - 1);
  const largest = EXACT_POWERS.length - 1;
  let magnitude = Math.abs(shift);
  let float = mantissa;
  if (magnitude > largest) {
    float = shift >= 0 ? float * 10 ** largest : float / 10 ** largest;
    magnitude -= largest;
  }
  const power = EXACT_POWERS[magnitude];
  if (power === undefined) return NaN;
  float = shift >= 0 ? float * power : float / power;
  return float >= SMALLEST && float <= LARGEST ? float : NaN;
}

/** A threshold as a double: 0 ≤ t ≤ 1, NaN otherwise. */
export function thresholdFloatOf(threshold: D): number {
  if (threshold.isZero()) return 0;
  const float = floatOf(threshold);
  return float <= 1 ? float : NaN;
}

/**
 * The outcome of a move from base `b` to comparison `p` (doubles from floatOf) against the
 * threshold `t` (from thresholdFloatOf), or null when the float numbers cannot tell for certain.
 */
export function fastOutcome(b: number, p: number, t: number, direction: Direction): FastOutcome | null {
  // NaN compares false everywhere below, so an out-of-range number always falls through to null.
  const move = p - b;
  const distance = move < 0 ? -move : move;
  const reach = t * b;
  const margin = MARGIN * (p + b + reach);
  if (distance < reach - margin) return 'belowThreshold';
  if (!(distance - margin >= reach)) return null;
  switch (direction) {
    case 'both':
      return 'triggered';
    case 'riseOnly':
      return move > 0 ? 'triggered' : 'wrongDirection';
    case 'fallOnly':
      return move < 0 ? 'triggered' : 'wrongDirection';
  }
}

/**
 * True when q · B · FX / U ≥ `bound` is certain from doubles (B and U as floatOf gives them; FX
 * null meaning 1), so that an exact
 * share need not be divided out only to find it above a warning line. Each of the four numbers
 * is within 7u of its own size as a double (floatOf) and each of the three operations adds at most
 * u, so the double quotient is within 32u of the true one, which the decimal quotient (rounded at
 * 40 digits) follows within 10⁻³⁹; a relative margin of 2⁻⁴⁰ covers both. False when unsure.
 */
export function shareClearlyAtLeast(
  content: D,
  base: number,
  fx: D | null,
  unitPrice: number,
  bound: number,
): boolean {
  const share = (floatOf(content) * base * (fx === null ? 1 : floatOf(fx))) / unitPrice;
  return share >= bound * (1 + MARGIN_SHARE);
}

const MARGIN_SHARE = 2 ** -40;
