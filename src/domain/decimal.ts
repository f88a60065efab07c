import Decimal from 'decimal.js';

/**
 * The one Decimal constructor of the project. 40 significant digits keep averaged prices
 * (means of many observations, 1/3 and the like) far beyond any won or chon that is ever shown,
 * and half-up is the rounding Korean contracts write as 반올림.
 */
export const D = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type D = Decimal;

/**
 * For ratios that are only shown (the change rate): 20 digits is far past any displayed
 * decimal, and dividing at 40 digits was a sixth of the engine's time.
 */
export const DisplayRatio = D.clone({ precision: 20 });

export const ZERO = new D(0);
export const ONE = new D(1);

/**
 * a = b, without the copy decimal.js's comparison makes of its argument: decimal.js keeps a
 * finite value in one normal form (sign, exponent, digits without trailing zero words), so equal
 * forms are equal values; anything else (another form, a zero's sign) is left to its `eq`.
 */
export function sameValue(a: Decimal, b: Decimal): boolean {
  // NaN and ±Infinity have no digits (null at run time, whatever the declarations say).
  const x = a.d as readonly number[] | null;
  const y = b.d as readonly number[] | null;
  if (!x || !y || a.s !== b.s || a.e !== b.e || x.length !== y.length) return a.eq(b);
  for (let index = 0; index < x.length; index += 1) {
    if (x[index] !== y[index]) return a.eq(b);
  }
  return true;
}

/** The digits of a word of decimal.js's representation (0 ≤ word < 10⁷, seven digits a word). */
export function wordDigitCount(word: number): number {
  if (word < 1e3) return word < 10 ? 1 : word < 100 ? 2 : 3;
  return word < 1e4 ? 4 : word < 1e5 ? 5 : word < 1e6 ? 6 : 7;
}

/** Digits a double holds exactly (10¹⁵ < 2⁵³), and the powers of ten it holds exactly (≤ 10²²). */
const EXACT_DIGITS = 15;
/** 10⁰ … 10²², written out: each literal is the exact double (Math.pow need not be exact). */
const EXACT_POWERS = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
  1e20, 1e21, 1e22,
] as const;

/**
 * d as the nearest double, as d.toNumber() gives it, without decimal.js's round trip through
 * text when d has at most 15 digits: the digits as an exact integer, then one multiplication or
 * division by an exact power of ten, which IEEE rounds correctly, as parsing the text would.
 * Millions of cells are written per run; anything else goes through toNumber().
 */
export function nearestDouble(d: Decimal): number {
  const words = d.d as readonly number[] | null;
  const first = words?.[0];
  if (!words || first === undefined) return d.toNumber();
  if (first === 0) return d.s < 0 ? -0 : 0;
  const digits = wordDigitCount(first) + 7 * (words.length - 1);
  const power = d.e - digits + 1;
  const scale = EXACT_POWERS[Math.abs(power)];
  if (digits > EXACT_DIGITS || scale === undefined) return d.toNumber();
  let integer = 0;
  for (let index = 0; index < words.length; index += 1) integer = integer * 1e7 + (words[index] ?? 0);
  const magnitude = power >= 0 ? integer * scale : integer / scale;
  return d.s < 0 ? -magnitude : magnitude;
}
