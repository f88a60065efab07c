import { D } from '../../domain/decimal';
import type { IsoDate } from '../../domain/dates';
import type { CellValue, InputCell } from '../grid/grid';
import { parseDateCell, readNumberText } from './values';

/**
 * Reading back the cells of an output sheet (for verify and archiving), with the input sheets'
 * value parsers underneath so that both sides read a date or "1,234원" alike.
 */

export function isEmptyCell(cell: InputCell | undefined): boolean {
  const value = cell?.value ?? null;
  return value === null || (typeof value === 'string' && value.trim() === '');
}

export function isErrorValue(value: CellValue): value is { readonly error: string } {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

/** What the cell holds, as text: "" for empty, the error code for an error value. */
export function cellText(cell: InputCell | undefined): string {
  const value = cell?.value ?? null;
  if (value === null) {
    return '';
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  }
  if (isErrorValue(value)) {
    return value.error;
  }
  return String(value).trim();
}

/** A calendar date from a serial number, a JS Date or text, read as the input sheets read dates. */
export function cellDate(cell: InputCell | undefined): IsoDate | null {
  if (cell === undefined) {
    return null;
  }
  const read = parseDateCell(cell);
  return read.ok ? read.value : null;
}

export interface CellNumber {
  readonly value: D;
  /** The text carried a trailing '%' ("12.5%"): `value` is already the fraction. */
  readonly percentText: boolean;
}

/** A number from a number cell or from text such as "1,234.5", "12,160원" or "12.5%". */
export function cellNumber(cell: InputCell | undefined): CellNumber | null {
  const value = cell?.value ?? null;
  if (typeof value === 'number') {
    // String(n) is the shortest text that round-trips the stored double.
    return Number.isFinite(value) ? { value: new D(String(value)), percentText: false } : null;
  }
  if (typeof value !== 'string') {
    return null;
  }
  const text = readNumberText(value);
  if (text === null) {
    return null;
  }
  const parsed = new D(text.digits);
  return { value: text.percent ? parsed.dividedBy(100) : parsed, percentText: text.percent };
}

/** Header and label matching ignores spaces and case (DOMAIN §2). */
export function normalizeLabel(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}
