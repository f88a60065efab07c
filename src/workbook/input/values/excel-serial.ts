import { fromDayNumber, type IsoDate, toDayNumber } from '../../../domain/dates';

/** Serial of 9999-12-31, the last date Excel can hold. */
export const MAX_EXCEL_SERIAL = 2958465;
/** The same day in the 1904 date system, where serial 0 is 1904-01-01. */
export const MAX_EXCEL_SERIAL_1904 = 2957003;

/** Which date system a workbook's serial numbers count in (its date1904 property). */
export interface DateSystem {
  readonly date1904?: boolean;
}
/** Excel's fictitious 1900-02-29 (a Lotus 1-2-3 leap-year bug Excel keeps for compatibility). */
const FICTITIOUS_LEAP_DAY_SERIAL = 60;

const DAY_BEFORE_SERIAL_ONE = toDayNumber('1899-12-31');
const DAY_OF_SERIAL_ZERO_1904 = toDayNumber('1904-01-01');

export type SerialDate =
  | { readonly kind: 'date'; readonly date: IsoDate }
  | { readonly kind: 'fictitious' }
  | { readonly kind: 'outOfRange' };

/**
 * The calendar date of a serial in the 1900 date system (serial 1 = 1900-01-01; serials after
 * 60 are one ahead of the true day count), or in the 1904 system (serial 0 = 1904-01-01, no
 * fictitious day) when the workbook uses it. A time of day (the fraction) is ignored.
 */
export function serialToDate(serial: number, system: DateSystem = {}): SerialDate {
  if (!Number.isFinite(serial)) return { kind: 'outOfRange' };
  const day = Math.floor(serial);
  if (system.date1904) {
    if (day < 0 || day > MAX_EXCEL_SERIAL_1904) return { kind: 'outOfRange' };
    return { kind: 'date', date: fromDayNumber(DAY_OF_SERIAL_ZERO_1904 + day) };
  }
  if (day < 1 || day > MAX_EXCEL_SERIAL) return { kind: 'outOfRange' };
  if (day === FICTITIOUS_LEAP_DAY_SERIAL) return { kind: 'fictitious' };
  const shift = day > FICTITIOUS_LEAP_DAY_SERIAL ? 1 : 0;
  return { kind: 'date', date: fromDayNumber(DAY_BEFORE_SERIAL_ONE + day - shift) };
}

/** The serial Excel stores for a date from 1900-01-01 on (used to write template dates). */
export function dateToSerial(date: IsoDate): number {
  let serial = SERIALS.get(date);
  if (serial === undefined) {
    const days = toDayNumber(date) - DAY_BEFORE_SERIAL_ONE;
    if (days < 1) throw new RangeError(`Excel cannot hold dates before 1900-01-01: ${date}`);
    serial = date >= '1900-03-01' ? days + 1 : days;
    if (SERIALS.size >= MAX_REMEMBERED_SERIALS) SERIALS.clear();
    SERIALS.set(date, serial);
  }
  return serial;
}

/** Serials already worked out: an output of a million rows has a few thousand dates at most. */
const SERIALS = new Map<IsoDate, number>();
const MAX_REMEMBERED_SERIALS = 100_000;

/** The calendar date of a serial (time of day ignored); null for 60, non-positive and too large serials. */
export function serialToIso(serial: number): IsoDate | null {
  const read = serialToDate(serial);
  return read.kind === 'date' ? read.date : null;
}
