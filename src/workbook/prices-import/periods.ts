import { isValidYmd, makeDate } from '../../domain/dates';
import type { PointInTime } from '../../domain/types';

/**
 * An ECOS `TIME` → the observation's point. A period is dated on its first day, as DOMAIN §2.2
 * dates a month ("2024-03" = that month's observation, dated its first day): a quarter
 * "2024Q2" → 2024-04, a half "2024S2" → 2024-07, a year "2024" → 2024-01, each written as that
 * month. A point price (평균개월 0) read at a reference date then takes the latest period begun
 * by that date, exactly as it takes the latest month of a monthly series. Averaging (평균개월 N)
 * needs a value in every month, so quarterly and annual series are for point prices only.
 * Null when the text is none of YYYY, YYYYMM, YYYYQn, YYYYSn, YYYYMMDD.
 */
export function ecosPeriod(time: string): PointInTime | null {
  const text = time.trim();
  let match = /^(\d{4})$/.exec(text);
  if (match) return month(Number(match[1]), 1);
  match = /^(\d{4})(\d{2})$/.exec(text);
  if (match) return month(Number(match[1]), Number(match[2]));
  match = /^(\d{4})Q([1-4])$/i.exec(text);
  if (match) return month(Number(match[1]), 3 * Number(match[2]) - 2);
  match = /^(\d{4})S([12])$/i.exec(text);
  if (match) return month(Number(match[1]), 6 * Number(match[2]) - 5);
  match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (match) {
    const [year, monthNumber, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return isValidYmd(year, monthNumber, day)
      ? { date: makeDate(year, monthNumber, day), granularity: 'day' }
      : null;
  }
  return null;
}

function month(year: number, monthNumber: number): PointInTime | null {
  if (year < 1900 || monthNumber < 1 || monthNumber > 12) return null;
  return { date: makeDate(year, monthNumber, 1), granularity: 'month' };
}

/** A period written as something other than its day or month ("2024Q2", "2024"): worth naming in 출처. */
export function isCoarsePeriod(time: string): boolean {
  return /^\d{4}([QS]\d)?$/i.test(time.trim());
}
