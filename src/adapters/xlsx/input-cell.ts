import ExcelJS from 'exceljs';
import type { CellValue, InputCell } from '../../workbook/grid';

/**
 * One exceljs cell as the workbook layer reads it. Formula cells (shared ones included) keep
 * their formula and give their cached result as the value; rich text and hyperlinks become
 * their plain text. A merged cell other than the range's top-left one is empty, as in Excel.
 */
export function inputCellOf(cell: ExcelJS.Cell): InputCell {
  const numberFormat = cell.numFmt || undefined;
  const base = numberFormat === undefined ? {} : { numberFormat };
  switch (cell.type) {
    case ExcelJS.ValueType.Merge:
      return { value: null, ...base };
    case ExcelJS.ValueType.Formula: {
      // `cell.formula` is the master's formula moved to this cell for a shared-formula clone.
      const formula = cell.formula || undefined;
      const value = plainValue(cell.result);
      return formula === undefined ? { value, ...base } : { value, formula, ...base };
    }
    default:
      return { value: plainValue(cell.value), ...base };
  }
}

/** exceljs value shapes → the grid's value; anything unrecognised counts as empty. */
function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value !== 'object') return null;
  if ('error' in value && typeof value.error === 'string') return { error: value.error };
  if ('richText' in value && Array.isArray(value.richText)) return richTextOf(value.richText);
  // A hyperlink's text may itself be rich text.
  if ('hyperlink' in value && 'text' in value) return plainValue(value.text);
  // A formula inside a value (exceljs nests them in some hyperlink and result shapes).
  if ('result' in value) return plainValue(value.result);
  return null;
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
