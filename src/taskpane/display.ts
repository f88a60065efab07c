import type { D } from '../domain/decimal';

/** "1234567.5" → "1,234,567.5": grouping on the decimal's own digits, no float in between. */
function group(digits: string): string {
  const [whole = '', fraction] = digits.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const grouped = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${fraction}`;
}

/** A price or amount as shown: all its decimals, or `decimals` of them. */
export function formatAmount(value: D, decimals?: number): string {
  return group(decimals === undefined ? value.toFixed() : value.toFixed(decimals));
}

/** A fraction as a percentage with two decimals: 0.1234 → "12.34%". */
export function formatPercent(fraction: D): string {
  return `${fraction.times(100).toFixed(2)}%`;
}

/** Today's date in the user's time zone, as ISO "yyyy-mm-dd". */
export function isoToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
