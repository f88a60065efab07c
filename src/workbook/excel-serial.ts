import type { IsoDate } from '../domain/dates';
import { dateToSerial, serialToDate } from './values';

/**
 * Excel serial numbers (1900 system) for the output sheets. The calendar arithmetic — Lotus's
 * phantom 1900-02-29 included — lives with the input readers; these names are the output side's.
 */
export function isoToExcelSerial(date: IsoDate): number {
  return dateToSerial(date);
}

/** The calendar date of a serial (time of day ignored); null for 60, non-positive and too large serials. */
export function excelSerialToIso(serial: number): IsoDate | null {
  const read = serialToDate(serial);
  return read.kind === 'date' ? read.date : null;
}
