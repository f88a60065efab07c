import type { D } from './decimal';
import {
  decimalOfScaled,
  type ExactFactor,
  MAX_DIGITS,
  powerOfTen,
  type Scaled,
  widePowerOfTen,
} from './scaled-integer';
import type { RoundingMode } from './types';

/** Not exact: the caller sums in decimal.js. */
const OFF = 0;
/** In safe integers (scaled-integer.ts). */
const SAFE = 1;
/** In bigints, once a term or a partial sum outgrew safe integers. */
const WIDE = 2;
type Mode = typeof OFF | typeof SAFE | typeof WIDE;

const LIMIT = widePowerOfTen(MAX_DIGITS);

/**
 * U_{k−1} + Σ (q · ρ) · M as an integer and a scale, in safe integers while every term and
 * partial sum is one and in bigints from the first that is not. Either way each is exact, and
 * is kept only while it has at most 40 digits (MAX_DIGITS): decimal.js, working at 40
 * significant digits, would have rounded none of those products and sums either, so `total()`
 * is the very number the decimal sum gives. A move with more digits than the row's
 * `maxMoveDigits` (delta-plan.ts: where the formula's own order is used), a term with a factor
 * that has none of these forms, or a number past 40 digits turns the sum off, and the caller
 * sums in decimal.js instead. One per walk, reused per date.
 *
 * `roundedTo` rounds the sum as roundUnitPrice does (decimal.js's toDecimalPlaces with
 * ROUND_HALF_UP, ROUND_DOWN or ROUND_UP), in the same integers: a quotient and a remainder by
 * a power of ten, both checked exact, and the remainder decides.
 */
export class ExactSum {
  private mode: Mode = OFF;
  private units = 0;
  private wide = 0n;
  private scale = 0;

  get exact(): boolean {
    return this.mode !== OFF;
  }

  start(from: Scaled | null): void {
    this.mode = from === null ? OFF : SAFE;
    this.units = from?.units ?? 0;
    this.scale = from?.scale ?? 0;
  }

  /** A term that is no exact product: the caller sums in decimal.js. */
  abandon(): void {
    this.mode = OFF;
  }

  /** Adds a · b, where b (M) has at most `maxMoveDigits` significant digits; otherwise turns off. */
  addProduct(a: ExactFactor, b: ExactFactor, maxMoveDigits: number): void {
    if (this.mode === SAFE && this.addSafe(a, b, maxMoveDigits)) return;
    if (this.mode === SAFE) {
      this.mode = WIDE;
      this.wide = BigInt(this.units);
    }
    if (this.mode === WIDE) this.addWide(a, b, maxMoveDigits);
  }

  private addSafe(a: ExactFactor, b: ExactFactor, maxMoveDigits: number): boolean {
    // Any safe integer has at most 16 digits: only a tighter limit needs the test.
    if (maxMoveDigits < 16 && !(Math.abs(b.units) < powerOfTen(maxMoveDigits))) return false;
    const units = a.units * b.units;
    const scale = a.scale + b.scale;
    let sum = this.units;
    let term = units;
    if (scale > this.scale) sum *= powerOfTen(scale - this.scale);
    else term *= powerOfTen(this.scale - scale);
    const total = sum + term;
    if (
      !Number.isSafeInteger(units) ||
      !Number.isSafeInteger(sum) ||
      !Number.isSafeInteger(term) ||
      !Number.isSafeInteger(total)
    ) {
      return false;
    }
    this.units = total;
    this.scale = Math.max(scale, this.scale);
    return true;
  }

  private addWide(a: ExactFactor, b: ExactFactor, maxMoveDigits: number): void {
    const term = a.wide * b.wide;
    const scale = a.scale + b.scale;
    const power = widePowerOfTen(Math.abs(scale - this.scale));
    const total = scale > this.scale ? this.wide * power + term : this.wide + term * power;
    if (
      power < 0n || // the scales are further apart than any sum kept here
      !(magnitude(b.wide) < widePowerOfTen(maxMoveDigits)) ||
      !(magnitude(term) < LIMIT) ||
      !(magnitude(total) < LIMIT)
    ) {
      this.mode = OFF;
      return;
    }
    this.wide = total;
    this.scale = Math.max(scale, this.scale);
  }

  /**
   * The sum rounded to `decimals` places with `mode`, in canonical form (no trailing zeros unless
   * the scale is 0: one form per value, as scaledOf gives); null when not exact, when the
   * division cannot be shown exact, or when the result is no safe integer (the caller then
   * rounds in decimal.js).
   */
  roundedTo(decimals: number, mode: RoundingMode): Scaled | null {
    if (this.mode === WIDE) return this.wideRoundedTo(decimals, mode);
    if (this.mode !== SAFE) return null;
    const { units, scale } = this;
    if (scale <= decimals) return canonical(units, scale);
    const divisor = powerOfTen(scale - decimals);
    const sign = units < 0 ? -1 : 1;
    const size = sign * units;
    let quotient = Math.trunc(size / divisor);
    const product = quotient * divisor;
    if (!Number.isSafeInteger(product)) return null;
    let remainder = size - product;
    // The double quotient may be one off next to an integer: the exact remainder puts it right.
    if (remainder < 0) {
      quotient -= 1;
      remainder += divisor;
    } else if (remainder >= divisor) {
      quotient += 1;
      remainder -= divisor;
    }
    const away = mode === 'up' ? remainder > 0 : mode === 'halfUp' ? 2 * remainder >= divisor : false;
    return canonical(sign * (away ? quotient + 1 : quotient), decimals);
  }

  private wideRoundedTo(decimals: number, mode: RoundingMode): Scaled | null {
    const { wide, scale } = this;
    let rounded = wide;
    if (scale > decimals) {
      const divisor = widePowerOfTen(scale - decimals);
      if (divisor < 0n) return null;
      const size = magnitude(wide);
      const quotient = size / divisor;
      const remainder = size % divisor;
      const away = mode === 'up' ? remainder > 0n : mode === 'halfUp' ? 2n * remainder >= divisor : false;
      const result = away ? quotient + 1n : quotient;
      rounded = wide < 0n ? -result : result;
    }
    const units = Number(rounded);
    // Number() of a bigint is exact when the result is a safe integer.
    if (!Number.isSafeInteger(units)) return null;
    return canonical(units, Math.min(scale, decimals));
  }

  /** The sum as a decimal; only while `exact`. */
  total(): D {
    return this.mode === WIDE
      ? decimalOfScaled(this.wide, this.scale)
      : decimalOfScaled(this.units, this.scale);
  }
}

function magnitude(value: bigint): bigint {
  return value < 0n ? -value : value;
}

function canonical(units: number, scale: number): Scaled {
  let digits = units;
  let places = scale;
  while (places > 0 && digits % 10 === 0) {
    digits /= 10;
    places -= 1;
  }
  // −0 (a negative sum rounded to zero) is 0.
  return { units: digits === 0 ? 0 : digits, scale: places };
}
