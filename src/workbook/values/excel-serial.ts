import { fromDayNumber, type IsoDate, toDayNumber } from '../../domain/dates';

/** Serial of 9999-12-31, the last date Excel can hold. */
export const MAX_EXCEL_SERIAL = 2958465;
/** Excel's fictitious 1900-02-29 (a Lotus 1-2-3 leap-year bug Excel keeps for compatibility). */
export const FICTITIOUS_LEAP_DAY_SERIAL = 60;

const DAY_BEFORE_SERIAL_ONE = toDayNumber('1899-12-31');

export type SerialDate =
  | { readonly kind: 'date'; readonly date: IsoDate }
  | { readonly kind: 'fictitious' }
  | { readonly kind: 'outOfRange' };

/**
 * The calendar date of a serial in the 1900 date system (serial 1 = 1900-01-01). A time of
 * day (the fraction) is ignored. Serials after 60 are one ahead of the true day count.
 */
export function serialToDate(serial: number): SerialDate {
  if (!Number.isFinite(serial)) return { kind: 'outOfRange' };
  const day = Math.floor(serial);
  if (day < 1 || day > MAX_EXCEL_SERIAL) return { kind: 'outOfRange' };
  if (day === FICTITIOUS_LEAP_DAY_SERIAL) return { kind: 'fictitious' };
  const shift = day > FICTITIOUS_LEAP_DAY_SERIAL ? 1 : 0;
  return { kind: 'date', date: fromDayNumber(DAY_BEFORE_SERIAL_ONE + day - shift) };
}

/** The serial Excel stores for a date from 1900-01-01 on (used to write template dates). */
export function dateToSerial(date: IsoDate): number {
  const days = toDayNumber(date) - DAY_BEFORE_SERIAL_ONE;
  if (days < 1) throw new RangeError(`Excel cannot hold dates before 1900-01-01: ${date}`);
  return date >= '1900-03-01' ? days + 1 : days;
}
