import type { D } from '../../domain/decimal';
import { hasPercentFormat } from '../input/values';
import { formatCodes } from '../input/values/cell-basics';

/** Excel number formats of the output sheets. */
export const DATE_FORMAT = 'yyyy-mm-dd';
export const PERCENT_FORMAT = '0.00%';
/** Decimals shown for prices and deltas that are not whole won (averaged or converted prices). */
const FRACTION_WON_DECIMALS = 2;
/** Decimals shown for material content q and delivered quantities that are not whole. */
const MAX_QUANTITY_DECIMALS = 6;

/** '#,##0' for whole won, '#,##0.00' for two decimals. */
export function wonFormat(decimals: number): string {
  return (WON_FORMATS[decimals] ??= decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0');
}

/** The formats by decimals, each string made once (millions of cells ask for one of a few). */
const WON_FORMATS: string[] = [];

/**
 * Won with at least `minDecimals`, and two decimals when the value has a fraction, so that
 * 10.5 is not shown as 11. A per-value choice, because '#,##0.##' would print "2,160." in Excel.
 */
export function wonFormatFor(value: D, minDecimals: number): string {
  const fraction = value.decimalPlaces() > 0 ? FRACTION_WON_DECIMALS : 0;
  return wonFormat(Math.max(minDecimals, fraction));
}

/** A quantity shown with exactly the decimals it has (up to six): 2 → "2", 0.0005 → "0.0005". */
export function quantityFormatFor(value: D): string {
  return wonFormat(Math.min(value.decimalPlaces(), MAX_QUANTITY_DECIMALS));
}

/** True when the format shows numbers as percentages (the stored value is a fraction). */
export function isPercentFormat(format: string | undefined): boolean {
  return hasPercentFormat(format);
}

/**
 * How many decimals of the stored value a number format shows: '#,##0' → 0, '0.####' → 4,
 * '0.00%' → 4 (two of the percentage, i.e. four of the fraction). Null for General / no format.
 */
export function displayedDecimals(format: string | undefined): number | null {
  // The first section is the one for positive numbers; the others mirror it.
  const section = formatCodes(format).split(';')[0] ?? '';
  if (!/[0#?]/.test(section)) {
    return null;
  }
  const point = section.indexOf('.');
  const fractionDigits = point < 0 ? 0 : (/^[0#?]*/.exec(section.slice(point + 1))?.[0].length ?? 0);
  return fractionDigits + (section.includes('%') ? 2 : 0);
}
