import { addMonthsClamped, type IsoDate, splitDate } from './dates';

/** The longest schedule one row can produce: a century of monthly dates. */
const MAX_ADJUSTMENTS = 1200;

/**
 * Adjustment dates d_k = first + (k−1)·cycle months (DOMAIN §3.1), each counted from the first
 * date so that a 31st stays the 31st where the month has one; kept while d_k ≤ every limit.
 */
export function adjustmentDates(
  firstAdjustment: IsoDate,
  cycleMonths: number,
  limits: readonly (IsoDate | null)[],
): IsoDate[] {
  if (!Number.isInteger(cycleMonths) || cycleMonths < 1) {
    throw new RangeError(`cycle must be a whole number of months, got ${cycleMonths}`);
  }
  const present = limits.filter((limit): limit is IsoDate => limit !== null);
  const dates: IsoDate[] = [];
  const { year, month } = splitDate(firstAdjustment);
  const monthsLeftInCalendar = 9999 * 12 + 11 - (year * 12 + month - 1);
  for (let k = 0; k < MAX_ADJUSTMENTS && k * cycleMonths <= monthsLeftInCalendar; k += 1) {
    const date = addMonthsClamped(firstAdjustment, k * cycleMonths);
    if (present.some((limit) => date > limit)) {
      break;
    }
    dates.push(date);
  }
  return dates;
}
