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
  const [x, y] = [a.d as readonly number[] | null, b.d as readonly number[] | null];
  if (x && y && a.s === b.s && a.e === b.e && x.length === y.length && x.every((word, i) => word === y[i])) {
    return true;
  }
  return a.eq(b);
}
