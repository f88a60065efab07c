import type { IsoDate } from '../../domain/dates';
import type { WorkbookGrids } from '../grid/grid';
import { findSheet } from '../input/read-workbook';
import { isBlankCell } from '../input/values';
import { dateCell, decimalCell, pointCell, textCell, type CellEdit, type SheetEdit } from './sheet-edits';
import type { PlannedRevision } from './import-plan';

/** Where a revised value's old value is kept (issue 13: revisions are never silent). */
export const HISTORY_SHEET = '가격 변경 이력';

const HEADERS = ['변경일', '시트', '셀', '기준지표·통화', '일자', '이전 값', '새 값', '이전 출처', '새 출처'];

/**
 * One row per revised value, appended below whatever the sheet already holds (a new sheet starts
 * with the header). Old rows are never touched: the sheet is the record of every change.
 */
export function historyEdit(
  grids: WorkbookGrids,
  revisions: readonly PlannedRevision[],
  on: IsoDate,
): SheetEdit | null {
  if (revisions.length === 0) return null;
  const grid = findSheet(grids, HISTORY_SHEET);
  const cells: CellEdit[] = [];
  let row = 1;
  if (grid) {
    grid.cells.forEach((rowCells, index) => {
      if (rowCells.some((cell) => !isBlankCell(cell))) row = grid.top + index + 1;
    });
  }
  if (!grid || row === 1) {
    HEADERS.forEach((header, index) =>
      cells.push({ row, column: index + 1, cell: { value: header, style: 'header' } }),
    );
    row += 1;
  }
  for (const revision of revisions) {
    const values = [
      dateCell(on),
      textCell(revision.sheet),
      textCell(revision.cell),
      textCell(revision.observation.series),
      pointCell(revision.observation.point),
      decimalCell(revision.before),
      decimalCell(revision.observation.value),
      textCell(revision.beforeSource ?? ''),
      textCell(revision.observation.source),
    ];
    values.forEach((cell, index) => cells.push({ row, column: index + 1, cell }));
    row += 1;
  }
  return { sheet: grid?.name ?? HISTORY_SHEET, create: !grid, cells };
}
