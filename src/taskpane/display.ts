import type { D } from '../domain/decimal';
import { groupThousands } from '../workbook/display-text';

/** A price or amount as shown: all its decimals, or `decimals` of them (no float in between). */
export function formatAmount(value: D, decimals?: number): string {
  return groupThousands(decimals === undefined ? value.toFixed() : value.toFixed(decimals));
}

/** Today's date in the user's time zone, as ISO "yyyy-mm-dd". */
export function isoToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
