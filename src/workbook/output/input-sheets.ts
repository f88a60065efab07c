import { displayWidth } from './column-widths';
import type { CellValue, InputCell, OutputCell, OutputSheet, WorkbookGrids } from '../grid/grid';
import { dateToSerial } from '../input/values';

const MIN_WIDTH = 8;
const MAX_WIDTH = 40;

/**
 * Input grids written back as plain sheets (values and number formats, header row frozen): the
 * input part of a per-supplier workbook. Dates become serials under their own date formats.
 */
export function inputSheetsOf(grids: WorkbookGrids): OutputSheet[] {
  return grids.sheets.map((grid) => {
    const pad: OutputCell[] = Array.from({ length: grid.left - 1 }, () => ({}));
    const rows = grid.cells.map((row, index) => [
      ...pad,
      ...row.map((cell) => outputCell(cell, index === 0 && grid.top === 1)),
    ]);
    // Folds, not Math.max(...rows): a spread of a sheet's rows overflows the stack past ~100,000.
    const columns = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
    const columnWidths = Array.from({ length: columns }, (_, column) =>
      Math.min(
        MAX_WIDTH,
        rows.reduce(
          (widest, row) => Math.max(widest, displayWidth(shown(row[column]?.value)) + 2),
          MIN_WIDTH,
        ),
      ),
    );
    return {
      name: grid.name,
      rows,
      columnWidths,
      merges: [],
      frozenRows: grid.top === 1 ? 1 : 0,
      print: { paperSize: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: [1, 1] },
    };
  });
}

function outputCell(cell: InputCell, header: boolean): OutputCell {
  const style = header ? ('header' as const) : undefined;
  const value = plainValue(cell.value);
  const numberFormat =
    cell.value instanceof Date && (cell.numberFormat === undefined || cell.numberFormat === 'General')
      ? 'yyyy-mm-dd'
      : cell.numberFormat;
  return {
    value,
    ...(numberFormat === undefined || numberFormat === 'General' ? {} : { numberFormat }),
    ...(style ? { style } : {}),
  };
}

function plainValue(value: CellValue): string | number | boolean | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : dateToSerial(value.toISOString().slice(0, 10));
  }
  if (value !== null && typeof value === 'object') return value.error;
  return value;
}

function shown(value: OutputCell['value']): string {
  return value === null || value === undefined ? '' : String(value);
}
