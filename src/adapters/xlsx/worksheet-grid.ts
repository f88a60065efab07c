import ExcelJS from 'exceljs';
import { address, rangeAddress } from '../../workbook/grid';
import type { InputCell, SheetGrid } from '../../workbook/grid';
import { inputCellOf } from './input-cell';
import { EXCEL_MAX_COLUMN, EXCEL_MAX_ROW } from './range-limits';
import { sheetDisplay } from './sheet-display';
import { UnreadableWorkbookError } from './unreadable-workbook-error';

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const EMPTY: InputCell = { value: null };
/** Shared by every row that holds nothing. */
const EMPTY_ROW: readonly InputCell[] = Object.freeze([]);

/**
 * The most grid entries one sheet may expand to (a row counts from the used range's left
 * column to its own last cell): 200 MB of references. Ten thousand agreement rows of 28 columns
 * are 280,000; a thousand rows that each reach column XFD are 16 million.
 */
export const MAX_GRID_CELLS = 25_000_000;

/** Rows that may hold the header (locate-table looks among the first 50 non-empty rows). */
const HEADER_CANDIDATE_ROWS = 50;

export interface GridOptions {
  /** The workbook's date1904 property (Excel's 1904 date system). */
  readonly date1904?: boolean;
  /** MAX_GRID_CELLS unless given (tests show the rule at small sizes). */
  readonly maxCells?: number;
}

/**
 * A worksheet's used range as a grid: from the first to the last row, and from the first
 * column, of the cells that hold something. Each row ends at its own last such cell, and a row
 * of none is one shared empty row: a stray cell at XFD40000 costs one long row and 40,000
 * references, not 40,000 × 16,384 cells. Cells that are only formatted do not count, so 50,000
 * formatted empty rows under a table cost one pass and no grid rows.
 *
 * Should the rows still come to more than MAX_GRID_CELLS entries (far cells on thousands of
 * rows), rows after the first 50 non-empty ones end at the last column of those 50: the header
 * is among them, and no table is wider than its header. A sheet over the limit even so is refused
 * (UnreadableWorkbookError).
 */
export function worksheetGrid(worksheet: ExcelJS.Worksheet, options: GridOptions = {}): SheetGrid {
  const header = sheetHeader(worksheet, options);
  const { filled, used } = filledCells(worksheet);
  if (used === null)
    return { ...header, top: 1, left: 1, cells: [], merges: [], ...sheetDisplay(worksheet, null) };
  const ends = rowEnds(worksheet.name, filled, used, options.maxCells ?? MAX_GRID_CELLS);
  const read = (cell: ExcelJS.Cell): InputCell => inputCellOf(cell, options);
  const cells: (readonly InputCell[])[] = [];
  for (let row = used.top; row <= used.bottom; row += 1) {
    const rowCells = filled.get(row);
    const end = ends.get(row);
    if (!rowCells || end === undefined) {
      cells.push(EMPTY_ROW);
      continue;
    }
    const gridRow: InputCell[] = new Array<InputCell>(end - used.left + 1).fill(EMPTY);
    for (const [column, cell] of rowCells) if (column <= end) gridRow[column - used.left] = read(cell);
    cells.push(gridRow);
  }
  return {
    ...header,
    top: used.top,
    left: used.left,
    cells,
    merges: mergedRanges(filled, used),
    ...sheetDisplay(worksheet, used),
  };
}

/** Name, visibility and date system: what a sheet says about itself without its cells. */
export function sheetHeader(
  worksheet: ExcelJS.Worksheet,
  options: GridOptions = {},
): Pick<SheetGrid, 'name' | 'state' | 'date1904'> {
  const state = worksheet.state;
  return {
    name: worksheet.name,
    ...(state === 'hidden' || state === 'veryHidden' ? { state } : {}),
    ...(options.date1904 ? { date1904: true } : {}),
  };
}

type FilledCells = Map<number, Map<number, ExcelJS.Cell>>;

/** Cells that hold something, by row then column, and the rectangle around them. */
function filledCells(worksheet: ExcelJS.Worksheet): { filled: FilledCells; used: Bounds | null } {
  const filled: FilledCells = new Map();
  const scan: { used: Bounds | null } = { used: null };
  // eachRow and eachCell skip rows and cells that exceljs holds only for their formatting.
  worksheet.eachRow((row, rowNumber) => {
    if (rowNumber > EXCEL_MAX_ROW) return;
    row.eachCell((cell, columnNumber) => {
      if (columnNumber > EXCEL_MAX_COLUMN || !holdsSomething(cell)) return;
      let cells = filled.get(rowNumber);
      if (!cells) filled.set(rowNumber, (cells = new Map()));
      cells.set(columnNumber, cell);
      scan.used = widen(scan.used, rowNumber, columnNumber);
    });
  });
  return { filled, used: scan.used };
}

function lastColumn(cells: ReadonlyMap<number, unknown>): number {
  let last = 0;
  for (const column of cells.keys()) last = Math.max(last, column);
  return last;
}

/**
 * The last column each non-empty row is kept to: its own last cell, or, when that would come to
 * more than `limit` entries, at most the last column of the header candidates for the
 * rows after them. Throws when even that is too many.
 */
function rowEnds(sheet: string, filled: FilledCells, used: Bounds, limit: number): Map<number, number> {
  const rows = [...filled.keys()].sort((a, b) => a - b);
  const ends = new Map(rows.map((row) => [row, lastColumn(filled.get(row) ?? new Map())]));
  const entries = (): number =>
    used.bottom - used.top + 1 + [...ends.values()].reduce((sum, end) => sum + end - used.left + 1, 0);
  if (entries() <= limit) return ends;
  const candidates = rows.slice(0, HEADER_CANDIDATE_ROWS);
  const widest = Math.max(...candidates.map((row) => ends.get(row) ?? used.left));
  for (const row of rows.slice(HEADER_CANDIDATE_ROWS)) {
    const kept = [...(filled.get(row)?.keys() ?? [])].filter((column) => column <= widest);
    if (kept.length === 0) ends.delete(row);
    else ends.set(row, Math.max(...kept));
  }
  const total = entries();
  if (total <= limit) return ends;
  const farthest = rows.reduce((far, row) => ((ends.get(row) ?? 0) > (ends.get(far) ?? 0) ? row : far));
  const at = address(farthest, ends.get(farthest) ?? used.left);
  const span = rangeAddress(used.top, used.left, used.bottom, used.right);
  // The file's path is not known here; the message names the sheet.
  throw new UnreadableWorkbookError({
    path: '',
    text: {
      ko: `'${sheet}' 시트의 셀이 ${span} 범위에 너무 넓게 흩어져 있어 읽지 않았습니다 (셀 ${total.toLocaleString('en-US')}개 분량, 한도 ${limit.toLocaleString('en-US')}개). 표 밖의 먼 셀(예: ${at})을 지우고 다시 실행하세요.`,
      en: `the cells of sheet '${sheet}' are strewn too widely over ${span} to be read (${total.toLocaleString('en-US')} cells' worth, the limit is ${limit.toLocaleString('en-US')}); delete the far cells outside the table (e.g. ${at}) and run again.`,
    },
  });
}

/** A merge's other cells count too: the range belongs to the table it sits in. */
function holdsSomething(cell: ExcelJS.Cell): boolean {
  return cell.type !== ExcelJS.ValueType.Null;
}

function widen(bounds: Bounds | null, row: number, column: number): Bounds {
  if (bounds === null) return { top: row, left: column, bottom: row, right: column };
  return {
    top: Math.min(bounds.top, row),
    left: Math.min(bounds.left, column),
    bottom: Math.max(bounds.bottom, row),
    right: Math.max(bounds.right, column),
  };
}

/**
 * Merged ranges, found from the public cell API: every cell of a merge but the top-left one
 * names that master, so a merge spans from its master to its farthest member.
 */
function mergedRanges(filled: FilledCells, used: Bounds): string[] {
  const spans = new Map<string, Bounds>();
  for (const [row, cells] of filled) {
    for (const [column, cell] of cells) {
      if (cell.type !== ExcelJS.ValueType.Merge) continue;
      const master = cell.master;
      // exceljs types row/col as strings; they are numbers at run time.
      const start = spans.get(master.address) ?? widen(null, Number(master.row), Number(master.col));
      spans.set(master.address, widen(start, row, column));
    }
  }
  return [...spans.values()]
    .filter((span) => span.top >= used.top && span.left >= used.left)
    .sort((a, b) => a.top - b.top || a.left - b.left)
    .map((span) => rangeAddress(span.top, span.left, span.bottom, span.right));
}
