import type { SheetGrid, WorkbookGrids, InputCell } from '../../workbook/grid';
import { columnLetters, rangeAddress } from '../../workbook/grid';
import { inputCell } from './input-cell';
import {
  isPayloadTooLarge,
  OPERATION_OVERHEAD_BYTES,
  packBySize,
  PAYLOAD_BUDGET_BYTES,
  READ_BYTES_PER_CELL,
} from './payload';
import { HIDDEN_PROPERTIES, hiddenLines, visibilityOf, type HiddenLines } from './sheet-display';

/** Where one sheet's used range sits (0-based, as Office.js gives it). */
interface UsedArea {
  readonly name: string;
  readonly worksheet: Excel.Worksheet;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly visibility: string;
  readonly rowHidden: boolean | null;
  readonly columnHidden: boolean | null;
}

/** A band of rows of one used range, loaded in one request. */
interface RowSlice {
  readonly area: UsedArea;
  readonly firstRow: number;
  readonly rowCount: number;
}

interface LoadedSlice extends RowSlice {
  readonly range: Excel.Range;
}

export interface ReadOptions {
  readonly budgetBytes?: number;
}

/**
 * Reads the named sheets (those that exist) with values, number formats and formulas: one
 * context.sync() for the used ranges of all of them, then as few as the response size allows
 * for their content — one for a template of any ordinary size. Excel tables and plain ranges
 * read alike: a table is part of its sheet's used range. The first sync also lists every sheet's
 * name and visibility, and whether the used ranges hide rows or columns (which, only when some
 * do, takes one more).
 */
export async function readSheetGrids(
  context: Excel.RequestContext,
  names: readonly string[],
  options: ReadOptions = {},
): Promise<WorkbookGrids> {
  const budget = options.budgetBytes ?? PAYLOAD_BUDGET_BYTES;
  const tabs = context.workbook.worksheets;
  tabs.load('items/name,items/visibility');
  const probes = names.map((name) => {
    const worksheet = context.workbook.worksheets.getItemOrNullObject(name);
    worksheet.load('name,visibility');
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load(`rowIndex,columnIndex,rowCount,columnCount,${HIDDEN_PROPERTIES}`);
    return { worksheet, used };
  });
  await context.sync();

  const areas: UsedArea[] = [];
  for (const { worksheet, used } of probes) {
    if (worksheet.isNullObject || used.isNullObject) continue;
    areas.push({
      name: worksheet.name,
      worksheet,
      rowIndex: used.rowIndex,
      columnIndex: used.columnIndex,
      rowCount: used.rowCount,
      columnCount: used.columnCount,
      visibility: worksheet.visibility,
      rowHidden: used.rowHidden,
      columnHidden: used.columnHidden,
    });
  }
  const hidden = await hiddenLines(context, areas);

  const slices = areas.flatMap((area) => sliceRows(area, budget));
  const cost = (slice: RowSlice): number =>
    slice.rowCount * slice.area.columnCount * READ_BYTES_PER_CELL + OPERATION_OVERHEAD_BYTES;
  const loaded: LoadedSlice[] = [];
  for (const group of packBySize(slices, cost, budget)) {
    loaded.push(...(await loadSlices(context, group)));
  }
  return {
    sheets: areas.map((area, index) =>
      gridOf(
        area,
        loaded.filter((slice) => slice.area === area).sort((a, b) => a.firstRow - b.firstRow),
        hidden[index] ?? { rows: [], columns: [] },
      ),
    ),
    tabs: tabs.items.map((tab) => ({ name: tab.name, visibility: visibilityOf(tab.visibility) })),
  };
}

/**
 * Loads a group of slices in one request. Should the response still be too large (cells
 * longer than the estimate), the group is halved and each half loaded on its own.
 */
async function loadSlices(context: Excel.RequestContext, group: readonly RowSlice[]): Promise<LoadedSlice[]> {
  const loads = group.map((slice) => {
    const range = slice.area.worksheet.getRangeByIndexes(
      slice.area.rowIndex + slice.firstRow,
      slice.area.columnIndex,
      slice.rowCount,
      slice.area.columnCount,
    );
    range.load('values,numberFormat,formulas');
    return { ...slice, range };
  });
  try {
    await context.sync();
    return loads;
  } catch (error) {
    const halves = halve(group);
    if (!isPayloadTooLarge(error) || halves === null) throw error;
    return [...(await loadSlices(context, halves[0])), ...(await loadSlices(context, halves[1]))];
  }
}

/** Two halves of a group (by slices, or by rows of a single slice); null for a single row. */
function halve(group: readonly RowSlice[]): [RowSlice[], RowSlice[]] | null {
  if (group.length > 1) {
    const middle = Math.ceil(group.length / 2);
    return [group.slice(0, middle), group.slice(middle)];
  }
  const only = group[0];
  if (!only || only.rowCount < 2) return null;
  const upper = Math.ceil(only.rowCount / 2);
  return [
    [{ area: only.area, firstRow: only.firstRow, rowCount: upper }],
    [{ area: only.area, firstRow: only.firstRow + upper, rowCount: only.rowCount - upper }],
  ];
}

/**
 * The most cells one sheet's used range may hold to be read: a hundred thousand rows of the
 * template's columns fit several times over. The used range runs to the farthest value, so a
 * stray value at XFD40000 would make Excel send 655 million cells, request after request.
 */
export const MAX_READ_CELLS = 10_000_000;

/** Rows of one used range in bands small enough for one response each. */
function sliceRows(area: UsedArea, budget: number): RowSlice[] {
  refuseOversize(area);
  const rowBytes = Math.max(1, area.columnCount * READ_BYTES_PER_CELL);
  const rowsPerSlice = Math.max(1, Math.floor((budget - OPERATION_OVERHEAD_BYTES) / rowBytes));
  const slices: RowSlice[] = [];
  for (let first = 0; first < area.rowCount; first += rowsPerSlice) {
    slices.push({ area, firstRow: first, rowCount: Math.min(rowsPerSlice, area.rowCount - first) });
  }
  return slices;
}

function gridOf(area: UsedArea, slices: readonly LoadedSlice[], hidden: HiddenLines): SheetGrid {
  const cells: InputCell[][] = [];
  for (const { range } of slices) {
    range.values.forEach((row, r) => {
      cells.push(row.map((value, c) => inputCell(value, range.numberFormat[r]?.[c], range.formulas[r]?.[c])));
    });
  }
  return {
    name: area.name,
    top: area.rowIndex + 1,
    left: area.columnIndex + 1,
    cells,
    visibility: visibilityOf(area.visibility),
    hiddenRows: hidden.rows,
    hiddenColumns: hidden.columns,
  };
}

/** A used range over MAX_READ_CELLS is refused before any of it is loaded, naming its far corner. */
function refuseOversize(area: UsedArea): void {
  const cells = area.rowCount * area.columnCount;
  if (cells <= MAX_READ_CELLS) return;
  const bottom = area.rowIndex + area.rowCount;
  const right = area.columnIndex + area.columnCount;
  const range = rangeAddress(area.rowIndex + 1, area.columnIndex + 1, bottom, right);
  const corner = `${columnLetters(right)}${bottom}`;
  const count = cells.toLocaleString('en-US');
  const limit = MAX_READ_CELLS.toLocaleString('en-US');
  throw new Error(
    `'${area.name}' 시트의 사용 범위 ${range}가 너무 커서(셀 ${count}개, 한도 ${limit}개) 읽지 않았습니다. 표 밖의 먼 셀(${corner} 근처)의 값을 지우고 다시 실행하세요. ` +
      `(The used range ${range} of sheet '${area.name}' is too large to read: ${count} cells, the limit is ${limit}. Clear the far cells outside the table, near ${corner}, and run again.)`,
  );
}
