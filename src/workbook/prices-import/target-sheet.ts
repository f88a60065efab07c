import type { D } from '../../domain/decimal';
import { parseAddress } from '../grid/cells';
import type { SheetGrid, WorkbookGrids } from '../grid/grid';
import { headerText, normalizeHeader } from '../input/headers';
import { readFx } from '../input/fx';
import { readPrices } from '../input/prices';
import { resolveInputSheet } from '../input/read-workbook';
import { SHEET } from '../grid/sheet-names';
import { isBlankCell } from '../input/values';
import type { ObservationKind } from './types';

/** The columns an import writes: the sheet's own, then 출처 and 가져온 날짜 (extra columns the reader ignores). */
export type TargetColumn = 'series' | 'date' | 'value' | 'currency' | 'unit' | 'source' | 'importedOn';

/** Headers of the provenance columns; the first is written, all are recognised. */
export const PROVENANCE_HEADERS: Readonly<Record<'source' | 'importedOn', readonly string[]>> = {
  source: ['출처', 'source', '자료출처', '자료 출처'],
  importedOn: ['가져온 날짜', 'importedOn', '가져온날', '입력일', 'imported'],
};

/** A value already in the sheet, by series and date. */
interface ExistingValue {
  readonly row: number;
  readonly value: D;
  readonly currency: string;
  readonly source: string | null;
}

/** What an import needs to know of 원재료가격 or 환율 as the workbook has it. */
export interface TargetSheet {
  readonly kind: ObservationKind;
  readonly name: string;
  readonly exists: boolean;
  readonly headerRow: number;
  /** Column of each target column the sheet already has. */
  readonly columns: ReadonlyMap<TargetColumn, number>;
  /** The first column right of everything in the sheet. */
  readonly freeColumn: number;
  /** The first row below everything in the sheet. */
  readonly freeRow: number;
  /** `series \0 date` → the first readable row with that key. */
  readonly values: ReadonlyMap<string, ExistingValue>;
  /** A series → the currency its rows use (prices only). */
  readonly currencies: ReadonlyMap<string, string>;
}

export function observationKey(series: string, date: string): string {
  return `${series}\u0000${date}`;
}

/** The target sheet of a kind, or null when two sheets answer to its name (none is safe to write). */
export function targetSheet(grids: WorkbookGrids, kind: ObservationKind): TargetSheet | null {
  const name = kind === 'price' ? SHEET.prices : SHEET.fx;
  const resolved = resolveInputSheet(grids, name);
  if (resolved.ambiguous) return null;
  const grid = resolved.grid;
  const read = kind === 'price' ? pricesOf(grid) : ratesOf(grid);
  if (!grid || read.headerRange === '') return emptyTarget(kind, name, grid);
  const headerRow = parseAddress(read.headerRange.split(':')[0] ?? 'A1').row;
  const columns = new Map<TargetColumn, number>();
  const keys: Readonly<Record<string, TargetColumn>> =
    kind === 'price'
      ? { index: 'series', date: 'date', price: 'value', currency: 'currency', unit: 'unit' }
      : { currency: 'series', date: 'date', rate: 'value' };
  for (const [key, column] of read.columns) {
    const target = keys[key];
    if (target !== undefined) columns.set(target, column);
  }
  for (const [target, column] of provenanceColumns(grid, headerRow)) columns.set(target, column);
  const sourceColumn = columns.get('source');
  const values = new Map<string, ExistingValue>();
  const currencies = new Map<string, string>();
  for (const row of read.rows) {
    const key = observationKey(row.series, row.date);
    const sourceCell =
      sourceColumn === undefined ? undefined : grid.cells[row.row - grid.top]?.[sourceColumn - grid.left];
    const source = sourceCell && typeof sourceCell.value === 'string' ? sourceCell.value : null;
    if (!values.has(key)) values.set(key, { row: row.row, value: row.value, currency: row.currency, source });
    if (!currencies.has(row.series)) currencies.set(row.series, row.currency);
  }
  const extent = extentOf(grid);
  return {
    kind,
    name: grid.name,
    exists: true,
    headerRow,
    columns,
    freeColumn: extent.column + 1,
    freeRow: extent.row + 1,
    values,
    currencies,
  };
}

interface SheetRows {
  readonly headerRange: string;
  readonly columns: ReadonlyMap<string, number>;
  readonly rows: readonly { row: number; series: string; date: string; value: D; currency: string }[];
}

function pricesOf(grid: SheetGrid | undefined): SheetRows {
  const read = readPrices(grid);
  return {
    ...read.table,
    rows: read.prices.map((price) => ({
      row: price.origin.row,
      series: price.index,
      date: price.point.date,
      value: price.price,
      currency: price.currency,
    })),
  };
}

function ratesOf(grid: SheetGrid | undefined): SheetRows {
  const read = readFx(grid);
  return {
    ...read.table,
    rows: read.fxRates.map((fx) => ({
      row: fx.origin.row,
      series: fx.currency,
      date: fx.point.date,
      value: fx.rate,
      currency: fx.currency,
    })),
  };
}

function provenanceColumns(grid: SheetGrid, headerRow: number): Map<TargetColumn, number> {
  const found = new Map<TargetColumn, number>();
  const cells = grid.cells[headerRow - grid.top] ?? [];
  cells.forEach((cell, index) => {
    const name = normalizeHeader(headerText(cell));
    for (const target of ['source', 'importedOn'] as const) {
      if (!found.has(target) && PROVENANCE_HEADERS[target].some((alias) => normalizeHeader(alias) === name)) {
        found.set(target, grid.left + index);
      }
    }
  });
  return found;
}

/** The last row and column holding anything: new rows and columns go beyond both. */
function extentOf(grid: SheetGrid): { row: number; column: number } {
  let row = grid.top - 1;
  let column = grid.left - 1;
  grid.cells.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (isBlankCell(cell)) return;
      row = Math.max(row, grid.top + r);
      column = Math.max(column, grid.left + c);
    }),
  );
  return { row, column };
}

function emptyTarget(kind: ObservationKind, name: string, grid: SheetGrid | undefined): TargetSheet {
  const extent = grid ? extentOf(grid) : { row: 0, column: 0 };
  return {
    kind,
    name: grid?.name ?? name,
    exists: grid !== undefined,
    headerRow: extent.row + 1,
    columns: new Map(),
    freeColumn: 1,
    freeRow: extent.row + 2,
    values: new Map(),
    currencies: new Map(),
  };
}
