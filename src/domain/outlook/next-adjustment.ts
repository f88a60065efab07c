import { addMonthsClamped, type IsoDate, splitDate } from '../dates';
import type { AgreementRow } from '../types';

/**
 * A row's next adjustment after the as-of date: a date of its calendar schedule (DOMAIN §3.1),
 * 'event' for a 수시 row (its next date is whenever the index is next observed: unknown), or
 * null when the schedule has ended (past 계약종료일) or has no first date.
 */
export function nextAdjustmentOf(row: AgreementRow, asOf: IsoDate): IsoDate | 'event' | null {
  const { cycleMonths, firstAdjustment, contractEnd } = row;
  if (cycleMonths === 'event') return 'event';
  if (firstAdjustment === null) return null;
  const next = firstScheduleDateAfter(firstAdjustment, cycleMonths, asOf);
  return contractEnd !== null && next > contractEnd ? null : next;
}

/** The first d_k = first + k·cycle months (counted from the first date, as the schedule is) after `asOf`. */
function firstScheduleDateAfter(first: IsoDate, cycleMonths: number, asOf: IsoDate): IsoDate {
  if (first > asOf) return first;
  const from = splitDate(first);
  const to = splitDate(asOf);
  const monthsApart = (to.year - from.year) * 12 + (to.month - from.month);
  // Start one cycle short of the as-of month: a clamped day may still fall before the as-of date.
  let k = Math.max(0, Math.floor(monthsApart / cycleMonths) - 1);
  let date = addMonthsClamped(first, k * cycleMonths);
  while (date <= asOf) {
    k += 1;
    date = addMonthsClamped(first, k * cycleMonths);
  }
  return date;
}

/** The item's next date: the earliest next date of its calendar rows; null when none has one. */
export function earliestDate(dates: readonly (IsoDate | 'event' | null)[]): IsoDate | null {
  let earliest: IsoDate | null = null;
  for (const date of dates) {
    if (date !== null && date !== 'event' && (earliest === null || date < earliest)) earliest = date;
  }
  return earliest;
}
