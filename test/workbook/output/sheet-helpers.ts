import { parseAddress } from '../../../src/workbook/grid/cells';
import { serialToIso } from '../../../src/workbook/input/values';
import type { InputCell, OutputCell, OutputSheet, SheetGrid } from '../../../src/workbook/grid/grid';

export function cellAt(sheet: OutputSheet, a1: string): OutputCell {
  const { row, column } = parseAddress(a1);
  return sheet.rows[row - 1]?.[column - 1] ?? {};
}

/** What a cell shows: the cached result of a formula, else the value. */
export function shown(sheet: OutputSheet, a1: string): OutputCell['value'] {
  const cell = cellAt(sheet, a1);
  return cell.formula === undefined ? cell.value : cell.result;
}

/** The 1-based row whose column A holds `text`. */
export function rowWith(sheet: OutputSheet, text: string, column = 0): number {
  const index = sheet.rows.findIndex((cells) => cells[column]?.value === text);
  if (index < 0) {
    throw new Error(`no row with "${text}"`);
  }
  return index + 1;
}

/**
 * The sheet as a file reader hands it back: formulas keep their cached results as the value.
 * `dates: 'date'` mimics exceljs, which turns date-formatted numbers into UTC Date objects.
 */
export function toSheetGrid(
  sheet: OutputSheet,
  options: { readonly dates?: 'serial' | 'date'; readonly copyMerged?: boolean } = {},
): SheetGrid {
  const cells: InputCell[][] = sheet.rows.map((row) =>
    row.map((cell) => {
      const value = cell.formula === undefined ? (cell.value ?? null) : (cell.result ?? null);
      const isDate = typeof value === 'number' && (cell.numberFormat ?? '').includes('yy');
      const iso = isDate ? serialToIso(value) : null;
      return {
        value: options.dates === 'date' && iso ? new Date(`${iso}T00:00:00Z`) : value,
        ...(cell.numberFormat === undefined ? {} : { numberFormat: cell.numberFormat }),
        ...(cell.formula === undefined ? {} : { formula: cell.formula }),
      };
    }),
  );
  if (options.copyMerged) {
    copyMergedMasters(cells, sheet.merges);
  }
  return { name: sheet.name, top: 1, left: 1, cells, merges: sheet.merges };
}

/** exceljs reports a merged cell's value in every cell of the range. */
function copyMergedMasters(cells: InputCell[][], merges: readonly string[]): void {
  for (const range of merges) {
    const [from = '', to = ''] = range.split(':');
    const start = parseAddress(from);
    const end = parseAddress(to);
    const master = cells[start.row - 1]?.[start.column - 1] ?? { value: null };
    for (let r = start.row; r <= end.row; r += 1) {
      const row = cells[r - 1] ?? [];
      for (let c = start.column; c <= end.column; c += 1) {
        row[c - 1] = master;
      }
      cells[r - 1] = row;
    }
  }
}

/** A copy of the grid with one cell replaced (as a reviewer typing over it would). */
export function withCell(grid: SheetGrid, a1: string, cell: InputCell): SheetGrid {
  const { row, column } = parseAddress(a1);
  const cells = grid.cells.map((cells, r) =>
    r === row - grid.top ? cells.map((existing, c) => (c === column - grid.left ? cell : existing)) : cells,
  );
  return { ...grid, cells };
}
