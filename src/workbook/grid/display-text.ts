import type { D } from '../../domain/decimal';

/** "12160.5" → "12,160.5": thousands separators on a plain decimal string. */
export function groupThousands(plain: string): string {
  const negative = plain.startsWith('-');
  const unsigned = negative ? plain.slice(1) : plain;
  const [whole = '', fraction] = unsigned.split('.');
  const grouped = /^\d+$/.test(whole) ? commaEveryThreeDigits(whole) : whole;
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** A comma before every third digit from the right, in one pass (a look-ahead pattern would rescan the rest at each digit). */
function commaEveryThreeDigits(digits: string): string {
  let grouped = '';
  for (let index = 0; index < digits.length; index += 1) {
    if (index > 0 && (digits.length - index) % 3 === 0) grouped += ',';
    grouped += digits.charAt(index);
  }
  return grouped;
}

/** Won as people write it: "2,160", "10.5" (at most `maxDecimals`, no trailing zeros). */
export function wonText(value: D, maxDecimals = 2): string {
  return groupThousands(value.toDecimalPlaces(maxDecimals).toFixed());
}

/** Won with exactly `decimals` decimals, as a '#,##0.00'-style format shows it. */
export function fixedWonText(value: D, decimals: number): string {
  return groupThousands(value.toDecimalPlaces(decimals).toFixed(decimals));
}

/** "+2,160" / "-2,160" / "0". */
export function signedWonText(value: D, maxDecimals = 2): string {
  const text = wonText(value, maxDecimals);
  return value.toDecimalPlaces(maxDecimals).greaterThan(0) ? `+${text}` : text;
}

/** A fraction as a percentage: 0.12 → "12.00%". */
export function percentText(fraction: D, decimals = 2): string {
  return `${shownPercent(fraction, decimals).toFixed(decimals)}%`;
}

/** 0.12 → "+12.00%", -0.12 → "-12.00%". */
export function signedPercentText(fraction: D, decimals = 2): string {
  const shown = shownPercent(fraction, decimals);
  const text = `${shown.toFixed(decimals)}%`;
  return shown.greaterThan(0) ? `+${text}` : text;
}

/** The percentage as shown, rounded first: a tiny negative does not print as "-0.00%". */
function shownPercent(fraction: D, decimals: number): D {
  return fraction.times(100).toDecimalPlaces(decimals);
}
