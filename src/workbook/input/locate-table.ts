import { ISSUE, type Issue } from '../../domain/issues';
import { parseAddress, rangeAddress } from '../grid/cells';
import type { InputCell, SheetGrid } from '../grid/grid';
import type { HeaderCell } from './headers';
import { sheetError, sheetWarning } from './messages';
import { isBlankCell } from './values';

/** How many non-empty rows, from the first, may be the header (a title block or notes above it). */
export const HEADER_SEARCH_ROWS = 50;

/** A non-empty row under the header. */
export interface DataRow {
  /** 1-based worksheet row. */
  readonly row: number;
  readonly cells: readonly InputCell[];
}

export interface LocatedTable {
  readonly sheet: string;
  /** 1-based worksheet row of the header. */
  readonly headerRow: number;
  /** The header row from its first to its last non-empty cell, blanks included. */
  readonly headerCells: readonly HeaderCell[];
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly dataRows: readonly DataRow[];
  /** Blank rows skipped, title rows skipped, merged cells. */
  readonly issues: readonly Issue[];
  /** Worksheet column of `cells[0]` of every row. */
  readonly left: number;
}

/** No row of those searched is accepted as the header. */
export interface HeaderNotFound {
  readonly headerNotFound: true;
  /** The rows searched, across the grid: "A1:F50". */
  readonly searchedRange: string;
}

/** The cell of a data row in a worksheet column (undefined = nothing there). */
export function cellAt(table: LocatedTable, row: DataRow, column: number): InputCell | undefined {
  return row.cells[column - table.left];
}

/**
 * Finds the table in a grid: the header is the first non-empty row or, when `looksLikeHeader` is
 * given, the first of the first HEADER_SEARCH_ROWS non-empty rows it accepts, so that a title
 * above the table is passed over. Returns null for a grid without any value, and HeaderNotFound
 * when `looksLikeHeader` accepts none of those rows.
 */
export function locateTable(grid: SheetGrid): LocatedTable | null;
export function locateTable(
  grid: SheetGrid,
  looksLikeHeader: (cells: readonly HeaderCell[]) => boolean,
): LocatedTable | HeaderNotFound | null;
export function locateTable(
  grid: SheetGrid,
  looksLikeHeader?: (cells: readonly HeaderCell[]) => boolean,
): LocatedTable | HeaderNotFound | null {
  const width = grid.cells.reduce((widest, cells) => Math.max(widest, cells.length), 0);
  const firstFilled = nextFilledRow(grid, 0, 0, width - 1);
  if (firstFilled === null) return null;
  const issues: Issue[] = [];
  const search = findHeaderIndex(grid, firstFilled, width, looksLikeHeader);
  if (search.headerIndex === null) {
    const lastSearched = grid.top + search.lastSearched;
    return {
      headerNotFound: true,
      searchedRange: rangeAddress(grid.top + firstFilled, grid.left, lastSearched, grid.left + width - 1),
    };
  }
  const headerIndex = search.headerIndex;
  if (headerIndex !== firstFilled) {
    issues.push(titleRowsWarning(grid, firstFilled, headerIndex, width));
  }
  const headerCells = grid.cells[headerIndex] ?? [];
  const firstIndex = headerCells.findIndex((cell) => !isBlankCell(cell));
  const lastIndex = findLastIndex(headerCells, (cell) => !isBlankCell(cell));
  const lastRowIndex = lastFilledRow(grid, headerIndex, firstIndex, lastIndex);
  const dataRows: DataRow[] = [];
  let blankRun: number[] = [];
  for (let index = headerIndex + 1; index <= lastRowIndex; index += 1) {
    const cells = grid.cells[index] ?? [];
    if (isBlankSpan(cells, firstIndex, lastIndex)) {
      blankRun.push(grid.top + index);
      continue;
    }
    if (blankRun.length > 0) {
      issues.push(blankRowsWarning(grid.name, blankRun, grid.left + firstIndex, grid.left + lastIndex));
      blankRun = [];
    }
    dataRows.push({ row: grid.top + index, cells });
  }
  const bounds: TableBounds = {
    top: grid.top + headerIndex,
    bottom: grid.top + lastRowIndex,
    left: grid.left + firstIndex,
    right: grid.left + lastIndex,
  };
  issues.push(...mergeErrors(grid, bounds));
  return {
    sheet: grid.name,
    headerRow: bounds.top,
    headerCells: spanCells(headerCells, firstIndex, lastIndex, grid.left),
    firstColumn: bounds.left,
    lastColumn: bounds.right,
    dataRows,
    issues,
    left: grid.left,
  };
}

/** A rectangle of worksheet rows and columns, 1-based and inclusive. */
interface TableBounds {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** The header's index in `grid.cells` (null when none is accepted) and the last row looked at. */
function findHeaderIndex(
  grid: SheetGrid,
  firstFilled: number,
  width: number,
  looksLikeHeader: ((cells: readonly HeaderCell[]) => boolean) | undefined,
): { readonly headerIndex: number | null; readonly lastSearched: number } {
  if (!looksLikeHeader) return { headerIndex: firstFilled, lastSearched: firstFilled };
  let candidate: number | null = firstFilled;
  let lastSearched = firstFilled;
  for (let tried = 0; candidate !== null && tried < HEADER_SEARCH_ROWS; tried += 1) {
    const cells = grid.cells[candidate] ?? [];
    if (looksLikeHeader(spanCells(cells, 0, cells.length - 1, grid.left))) {
      return { headerIndex: candidate, lastSearched: candidate };
    }
    lastSearched = candidate;
    candidate = nextFilledRow(grid, candidate + 1, 0, width - 1);
  }
  return { headerIndex: null, lastSearched };
}

function nextFilledRow(
  grid: SheetGrid,
  fromIndex: number,
  firstIndex: number,
  lastIndex: number,
): number | null {
  for (let index = fromIndex; index < grid.cells.length; index += 1) {
    if (!isBlankSpan(grid.cells[index] ?? [], firstIndex, lastIndex)) return index;
  }
  return null;
}

/** Scans from the bottom, so a sheet formatted down to row 50,000 costs one pass over empty rows. */
function lastFilledRow(grid: SheetGrid, headerIndex: number, firstIndex: number, lastIndex: number): number {
  for (let index = grid.cells.length - 1; index > headerIndex; index -= 1) {
    if (!isBlankSpan(grid.cells[index] ?? [], firstIndex, lastIndex)) return index;
  }
  return headerIndex;
}

function isBlankSpan(cells: readonly InputCell[], firstIndex: number, lastIndex: number): boolean {
  const end = Math.min(lastIndex, cells.length - 1);
  for (let index = Math.max(0, firstIndex); index <= end; index += 1) {
    if (!isBlankCell(cells[index])) return false;
  }
  return true;
}

function spanCells(
  cells: readonly InputCell[],
  firstIndex: number,
  lastIndex: number,
  left: number,
): HeaderCell[] {
  const span: HeaderCell[] = [];
  for (let index = firstIndex; index <= lastIndex; index += 1) {
    span.push({ column: left + index, cell: cells[index] ?? { value: null } });
  }
  return span;
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index -= 1) {
    if (test(items[index] as T)) return index;
  }
  return -1;
}

function blankRowsWarning(
  sheet: string,
  rows: readonly number[],
  firstColumn: number,
  lastColumn: number,
): Issue {
  const first = rows[0] ?? 0;
  const last = rows[rows.length - 1] ?? first;
  return sheetWarning({
    code: ISSUE.BLANK_ROWS_SKIPPED,
    at: { sheet, cell: rangeAddress(first, firstColumn, last, lastColumn) },
    text: {
      ko: `표 중간의 빈 행 ${rows.length}개를 건너뛰었습니다`,
      en: `skipped ${rows.length} blank row(s) inside the table`,
    },
  });
}

function titleRowsWarning(grid: SheetGrid, firstIndex: number, headerIndex: number, width: number): Issue {
  const range = rangeAddress(
    grid.top + firstIndex,
    grid.left,
    grid.top + headerIndex - 1,
    grid.left + Math.max(0, width - 1),
  );
  return sheetWarning({
    code: ISSUE.TITLE_ROWS_SKIPPED,
    at: { sheet: grid.name, cell: range },
    text: {
      ko: `머리글 위의 행(제목 등)은 읽지 않았습니다. 머리글은 ${grid.top + headerIndex}행입니다`,
      en: `rows above the header (a title or notes) were not read; the header is row ${grid.top + headerIndex}`,
    },
  });
}

/** A merged range inside the table makes its cells ambiguous: which row or column holds the value? */
function mergeErrors(grid: SheetGrid, table: TableBounds): Issue[] {
  const issues: Issue[] = [];
  for (const merge of grid.merges ?? []) {
    const box = parseRange(merge);
    const crosses =
      box !== null &&
      box.top <= table.bottom &&
      box.bottom >= table.top &&
      box.left <= table.right &&
      box.right >= table.left;
    if (!crosses) continue;
    issues.push(
      sheetError({
        code: ISSUE.MERGED_CELLS,
        at: { sheet: grid.name, cell: merge },
        text: {
          ko: `표 안에 병합된 셀(${merge})이 있습니다. 병합을 해제하고 각 셀에 값을 넣으세요`,
          en: `the table contains merged cells (${merge}); unmerge them and fill each cell`,
        },
      }),
    );
  }
  return issues;
}

function parseRange(range: string): TableBounds | null {
  const [from, to = from] = range.split(':');
  try {
    const a = parseAddress(from ?? '');
    const b = parseAddress(to ?? '');
    return {
      top: Math.min(a.row, b.row),
      bottom: Math.max(a.row, b.row),
      left: Math.min(a.column, b.column),
      right: Math.max(a.column, b.column),
    };
  } catch {
    return null;
  }
}
