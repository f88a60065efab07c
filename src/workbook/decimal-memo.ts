import type { D } from '../domain/decimal';

/**
 * A decimal as a JS number for a cell, and its decimal places for a number format, worked out
 * once per decimal object: an output sheet shows the same few prices, rates and terms in
 * thousands of cells (evaluations share their price points), and every sheet is made twice
 * (widths, then rows). Weakly held, so nothing is kept past the values themselves.
 */
const numbers = new WeakMap<D, number>();
const places = new WeakMap<D, number>();

export function numberOf(value: D): number {
  let shown = numbers.get(value);
  if (shown === undefined) {
    shown = value.toNumber();
    numbers.set(value, shown);
  }
  return shown;
}

export function decimalPlacesOf(value: D): number {
  let count = places.get(value);
  if (count === undefined) {
    count = value.decimalPlaces();
    places.set(value, count);
  }
  return count;
}
