import type { SheetVisibility } from '../../workbook/grid';
import { OPERATION_OVERHEAD_BYTES, PAYLOAD_BUDGET_BYTES } from './payload';

/**
 * What Excel shows of a sheet beyond its cells: the tab's visibility (ExcelApi 1.1) and the
 * hidden rows and columns of its used range (`Range.rowHidden` / `columnHidden`, ExcelApi 1.2).
 */

/** A used range with the flags loaded with it: true = all hidden, false = none, null = some. */
export interface HiddenFlags {
  readonly worksheet: Excel.Worksheet;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly rowHidden: boolean | null;
  readonly columnHidden: boolean | null;
}

export interface HiddenLines {
  /** 1-based worksheet rows. */
  readonly rows: readonly number[];
  /** 1-based worksheet columns. */
  readonly columns: readonly number[];
}

export function visibilityOf(visibility: string): SheetVisibility {
  switch (visibility) {
    case 'Hidden':
      return 'hidden';
    case 'VeryHidden':
      return 'veryHidden';
    default:
      return 'visible';
  }
}

/** Range properties that `range.load()` may ask for with the used range. */
export const HIDDEN_PROPERTIES = 'rowHidden,columnHidden';

/**
 * The hidden rows and columns of each area. A used range whose rows (or columns) are all shown
 * or all hidden says so itself; only where some are hidden is each row (or column) asked, in
 * requests kept under the payload budget — no request at all when nothing is hidden.
 */
export async function hiddenLines(
  context: Excel.RequestContext,
  areas: readonly HiddenFlags[],
): Promise<HiddenLines[]> {
  const probes: { area: number; kind: 'row' | 'column'; line: number; range: Excel.Range }[] = [];
  const lines = areas.map((area) => ({
    rows: area.rowHidden === true ? span(area.rowIndex, area.rowCount) : [],
    columns: area.columnHidden === true ? span(area.columnIndex, area.columnCount) : [],
  }));
  const perRequest = Math.max(1, Math.floor(PAYLOAD_BUDGET_BYTES / OPERATION_OVERHEAD_BYTES));
  const flush = async (): Promise<void> => {
    if (probes.length === 0) return;
    await context.sync();
    for (const probe of probes.splice(0)) {
      const hidden = probe.kind === 'row' ? probe.range.rowHidden : probe.range.columnHidden;
      if (hidden === true) lines[probe.area]?.[probe.kind === 'row' ? 'rows' : 'columns'].push(probe.line);
    }
  };
  for (const [index, area] of areas.entries()) {
    if (area.rowHidden === null) {
      for (const row of span(area.rowIndex, area.rowCount)) {
        const range = area.worksheet.getRangeByIndexes(row - 1, area.columnIndex, 1, 1);
        range.load('rowHidden');
        probes.push({ area: index, kind: 'row', line: row, range });
        if (probes.length >= perRequest) await flush();
      }
    }
    if (area.columnHidden === null) {
      for (const column of span(area.columnIndex, area.columnCount)) {
        const range = area.worksheet.getRangeByIndexes(area.rowIndex, column - 1, 1, 1);
        range.load('columnHidden');
        probes.push({ area: index, kind: 'column', line: column, range });
        if (probes.length >= perRequest) await flush();
      }
    }
  }
  await flush();
  return lines;
}

/** 1-based lines from a 0-based index and a count. */
function span(index: number, count: number): number[] {
  return Array.from({ length: count }, (_, offset) => index + offset + 1);
}
