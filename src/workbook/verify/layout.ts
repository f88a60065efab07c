import {
  ALL_CHANGE_COLUMNS,
  KEY_COLUMNS,
  type ChangeColumn,
  type ChangeColumnKey,
} from '../output/change-table';
import { cellNumber, cellText, isEmptyCell, normalizeLabel } from '../input/grid-reading';
import type { InputCell, SheetGrid } from '../grid/grid';

/** Where a `납품단가 변동표` grid keeps its header and its columns. */
export interface TableLayout {
  /** Index into `grid.cells` of the header row. */
  readonly headerIndex: number;
  /** Index into a row of `grid.cells` for each column found. */
  readonly columns: ReadonlyMap<ChangeColumnKey, number>;
}

/** Every spelling of a header that identifies a column: as written, without "(q)", the English key. */
function headerSpellings(column: ChangeColumn): string[] {
  const withoutSymbol = column.header.replace(/\([^)]*\)\s*$/, '');
  return [column.header, withoutSymbol, column.key].map(normalizeLabel);
}

const COLUMN_BY_HEADER = new Map<string, ChangeColumnKey>(
  ALL_CHANGE_COLUMNS.flatMap((column) =>
    headerSpellings(column).map((spelling) => [spelling, column.key] as const),
  ),
);

/** The first row that names all key columns is the header, wherever it is (title block or not). */
export function findTableLayout(grid: SheetGrid): TableLayout | null {
  for (let headerIndex = 0; headerIndex < grid.cells.length; headerIndex += 1) {
    const columns = new Map<ChangeColumnKey, number>();
    (grid.cells[headerIndex] ?? []).forEach((cell, index) => {
      const key = COLUMN_BY_HEADER.get(normalizeLabel(cellText(cell)));
      if (key !== undefined && !columns.has(key)) {
        columns.set(key, index);
      }
    });
    if (KEY_COLUMNS.every((key) => columns.has(key))) {
      return { headerIndex, columns };
    }
  }
  return null;
}

export function cellIn(
  row: readonly InputCell[],
  layout: TableLayout,
  key: ChangeColumnKey,
): InputCell | undefined {
  const index = layout.columns.get(key);
  return index === undefined ? undefined : row[index];
}

/**
 * A data row has a number in 연번. Rows with text there are the table's own labels (section
 * subtitles, totals, signatures, notes). In a hand-typed table without 연번 a data row fills all
 * key cells, unlike signature lines, and not with one merged label; a row that leaves a key out
 * is not taken, and the recomputed row it should have been is then reported missing.
 */
export function isDataRow(row: readonly InputCell[], layout: TableLayout): boolean {
  const serial = cellIn(row, layout, 'serial');
  if (!isEmptyCell(serial)) {
    return cellNumber(serial) !== null;
  }
  const keys = KEY_COLUMNS.map((key) => cellText(cellIn(row, layout, key)));
  return keys.every((text) => text !== '') && new Set(keys).size > 1;
}
