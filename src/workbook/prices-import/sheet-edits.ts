import { type D, nearestDouble } from '../../domain/decimal';
import type { IsoDate } from '../../domain/dates';
import type { PointInTime } from '../../domain/types';
import { DATE_FORMAT } from '../output/formats';
import type { CellValue, InputCell, OutputCell, SheetGrid, WorkbookGrids } from '../grid/grid';
import { sheetNameKey } from '../grid/sheet-names';
import { dateToSerial } from '../input/values';

/** One cell to set, by 1-based worksheet row and column. */
export interface CellEdit {
  readonly row: number;
  readonly column: number;
  readonly cell: OutputCell;
}

/** The cells to set on one sheet; `create`: the sheet does not exist yet and is added. */
export interface SheetEdit {
  readonly sheet: string;
  readonly create: boolean;
  readonly cells: readonly CellEdit[];
}

/**
 * Text in a Text-formatted cell (as the template formats its text columns): Excel keeps it as
 * typed, so "2020=100" or "=SUM(A1)" stays text without an apostrophe that would show.
 */
export function textCell(text: string): OutputCell {
  return { value: text, numberFormat: TEXT_FORMAT };
}

const TEXT_FORMAT = '@';

export function dateCell(date: IsoDate): OutputCell {
  return { value: dateToSerial(date), numberFormat: DATE_FORMAT };
}

/** Shows only year and month: the sheet reader takes such a date as the whole month (as the template does). */
const MONTH_FORMAT = 'yyyy-mm';

/** A month as a date shown "2024-03", which DOMAIN §2.2 reads as that month; a day as a date. */
export function pointCell(point: PointInTime): OutputCell {
  return point.granularity === 'month'
    ? { value: dateToSerial(point.date), numberFormat: MONTH_FORMAT }
    : dateCell(point.date);
}

/**
 * A number cell where Excel holds the value exactly (15 significant digits or fewer), else the
 * exact decimal as text, which the sheet reader reads as the same number.
 */
export function decimalCell(value: D): OutputCell {
  return value.precision(true) <= 15 ? { value: nearestDouble(value) } : textCell(value.toFixed());
}

/**
 * The workbook as it will be once the edits are written: the same grids with those cells set
 * (and new sheets added), so the engine can compute on it before anything is written.
 */
export function applySheetEdits(grids: WorkbookGrids, edits: readonly SheetEdit[]): WorkbookGrids {
  const sheets = [...grids.sheets];
  for (const edit of edits) {
    const index = sheets.findIndex((sheet) => sheetNameKey(sheet.name) === sheetNameKey(edit.sheet));
    const base: SheetGrid =
      index >= 0 ? (sheets[index] as SheetGrid) : { name: edit.sheet, top: 1, left: 1, cells: [] };
    const edited = withCells(base, edit.cells);
    if (index >= 0) sheets[index] = edited;
    else sheets.push(edited);
  }
  return { ...grids, sheets };
}

function withCells(grid: SheetGrid, edits: readonly CellEdit[]): SheetGrid {
  // Folds, not Math.min(...edits): a spread of a large import overflows the stack.
  const top = edits.reduce((least, edit) => Math.min(least, edit.row), grid.top);
  const left = edits.reduce((least, edit) => Math.min(least, edit.column), grid.left);
  const rows: InputCell[][] = [];
  const put = (row: number, column: number, cell: InputCell) => {
    const cells = (rows[row - top] ??= []);
    while (cells.length < column - left) cells.push({ value: null });
    cells[column - left] = cell;
  };
  grid.cells.forEach((cells, r) => cells.forEach((cell, c) => put(grid.top + r, grid.left + c, cell)));
  for (const edit of edits) put(edit.row, edit.column, inputCellOf(edit.cell));
  for (let index = 0; index < rows.length; index += 1) rows[index] ??= [];
  return { ...grid, top, left, cells: rows };
}

function inputCellOf(cell: OutputCell): InputCell {
  const value: CellValue = cell.value ?? null;
  return cell.numberFormat === undefined ? { value } : { value, numberFormat: cell.numberFormat };
}
