import { address } from '../grid/cells';
import { cellDate, cellText, normalizeLabel } from '../input/grid-reading';
import type { InputCell, OutputCell, SheetGrid } from '../grid/grid';
import type { SheetBuilder } from './sheet-builder';
import type { IsoDate } from '../../domain/dates';

/** Labels of the title block both output sheets start with; verify and archiving read them back. */
export const TITLE_LABEL = {
  buyer: '위탁기업',
  supplier: '수탁기업',
  agreementIds: '약정번호',
  createdOn: '작성일',
  asOf: '기준일',
  fingerprint: '입력 지문',
} as const;

export interface TitleEntry {
  readonly label: string;
  readonly cell: OutputCell;
}

const LABEL_LAST_COLUMN = 2;
const VALUE_LAST_COLUMN = 8;

/**
 * Row 1: the title across `lastColumn`; then one row per entry, the label in A:B and the value
 * in C:H. Returns the last row written.
 */
export function writeTitleBlock(
  sheet: SheetBuilder,
  title: string,
  entries: readonly TitleEntry[],
  lastColumn: number,
): number {
  sheet.setMerged(1, 1, lastColumn, { value: title, style: 'title' });
  entries.forEach((entry, index) => {
    const row = 2 + index;
    sheet.setMerged(row, 1, LABEL_LAST_COLUMN, { value: entry.label, style: 'label' });
    sheet.setMerged(
      row,
      LABEL_LAST_COLUMN + 1,
      Math.max(LABEL_LAST_COLUMN + 1, Math.min(VALUE_LAST_COLUMN, lastColumn)),
      {
        ...entry.cell,
        style: entry.cell.style ?? 'body',
      },
    );
  });
  return 1 + entries.length;
}

/** Only the top of a sheet is searched, so a data cell that happens to say "작성일" is not taken. */
const TITLE_SEARCH_ROWS = 20;

export interface TitleCell {
  readonly cell: InputCell;
  /** A1 address in the worksheet. */
  readonly address: string;
}

/**
 * The cell right of a title-block label: the first non-empty cell of the label's row that does
 * not merely repeat the label (readers may copy a merged label into every cell of its range).
 */
export function findTitleCell(grid: SheetGrid, label: string): TitleCell | null {
  const wanted = normalizeLabel(label);
  for (const [rowIndex, rowCells] of grid.cells.slice(0, TITLE_SEARCH_ROWS).entries()) {
    const labelAt = rowCells.findIndex((cell) => normalizeLabel(cellText(cell)) === wanted);
    if (labelAt < 0) {
      continue;
    }
    const valueAt = rowCells.findIndex((cell, index) => {
      const text = normalizeLabel(cellText(cell));
      return index > labelAt && text !== '' && text !== wanted;
    });
    const cell = rowCells[valueAt];
    return cell ? { cell, address: address(grid.top + rowIndex, grid.left + valueAt) } : null;
  }
  return null;
}

export function findTitleDate(grid: SheetGrid, label: string): IsoDate | null {
  const found = findTitleCell(grid, label);
  return found ? cellDate(found.cell) : null;
}
