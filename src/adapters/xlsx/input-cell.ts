import ExcelJS from 'exceljs';
import type { CellValue, InputCell } from '../../workbook/grid';

/**
 * One exceljs cell as the workbook layer reads it. Formula cells (shared ones included) keep
 * their formula and give their cached result as the value; rich text and hyperlinks become
 * their plain text. A merged cell other than the range's top-left one is empty, as in Excel.
 */
export function inputCellOf(cell: ExcelJS.Cell, options: { readonly date1904?: boolean } = {}): InputCell {
  const numberFormat = cell.numFmt || undefined;
  const base = numberFormat === undefined ? {} : { numberFormat };
  const date1904 = options.date1904 === true;
  switch (cell.type) {
    case ExcelJS.ValueType.Merge:
      return { value: null, ...base };
    case ExcelJS.ValueType.Formula: {
      // `cell.formula` is the master's formula moved to this cell for a shared-formula clone.
      const formula = cell.formula || undefined;
      const value = plainValue(cell.result, date1904);
      return formula === undefined ? { value, ...base } : { value, formula, ...base };
    }
    default:
      return { value: plainValue(cell.value, date1904), ...base };
  }
}

/** exceljs value shapes → the grid's value; anything unrecognised counts as empty. */
function plainValue(value: unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // exceljs reads date-formatted serials in the workbook's own date system.
  if (value instanceof Date) return date1904 ? value : dateOrSerial(value);
  if (typeof value !== 'object') return null;
  if ('error' in value && typeof value.error === 'string') return { error: value.error };
  if ('richText' in value && Array.isArray(value.richText)) return richTextOf(value.richText);
  // A hyperlink's text may itself be rich text.
  if ('hyperlink' in value && 'text' in value) return plainValue(value.text, date1904);
  // A formula inside a value (exceljs nests them in some hyperlink and result shapes).
  if ('result' in value) return plainValue(value.result, date1904);
  return null;
}

/** exceljs turns a date-formatted serial s into the instant (s − 25569) days after 1970-01-01 UTC. */
const EXCELJS_EPOCH_SERIAL = 25569;
const DAY_MS = 86_400_000;
/** From serial 61 (1900-03-01) on, exceljs's dates are Excel's. */
const FIRST_TRUE_SERIAL = 61;

/**
 * In the 1900 date system, exceljs ignores Excel's fictitious 1900-02-29: it reads serial 60 as 1900-02-28 and every
 * serial below as one day early. Those cells go back to their serial, which the workbook layer
 * reads as Excel does (and refuses 60); later dates stay dates.
 */
function dateOrSerial(value: Date): Date | number {
  const serial = value.getTime() / DAY_MS + EXCELJS_EPOCH_SERIAL;
  return serial < FIRST_TRUE_SERIAL ? serial : value;
}

function richTextOf(runs: readonly unknown[]): string {
  return runs
    .map((run) =>
      typeof run === 'object' && run !== null && 'text' in run && typeof run.text === 'string'
        ? run.text
        : '',
    )
    .join('');
}
