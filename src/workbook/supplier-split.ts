import type { RowOrigin } from '../domain/types';
import { KRW } from '../domain/price-book';
import type { InputCell, SheetGrid, WorkbookGrids } from './grid/grid';
import { findSheet, readWorkbook, type ReadResult } from './input/read-workbook';
import { type RunOptions, type RunOutcome, runWorkbook } from './run';
import { SHEET } from './grid/sheet-names';

/** One supplier's share of a workbook (DOMAIN §4.6). */
export interface SupplierInputs {
  readonly supplier: string;
  /** The four input sheets holding only this supplier's rows under their header rows. */
  readonly grids: WorkbookGrids;
}

/**
 * Splits the input sheets by 수탁기업: each supplier gets its agreement rows, the price rows of
 * the indices those rows use, the FX rows of their currencies and its deliveries, under the
 * sheets' header rows — nothing else, so that no other supplier's name, item, price or quantity
 * reaches its file. Formulas are left behind as their values: a formula may point at rows of
 * another supplier. Needs a read without errors (the rows in `read.input` are the ones kept).
 */
export function splitBySupplier(workbook: WorkbookGrids, read: ReadResult): SupplierInputs[] {
  // Grouped once, so that 300 suppliers over 100,000 price rows cost one pass, not one per supplier.
  const byKey = <T>(records: readonly T[], key: (record: T) => string): Map<string, T[]> => {
    const groups = new Map<string, T[]>();
    for (const record of records) {
      const group = groups.get(key(record));
      if (group) group.push(record);
      else groups.set(key(record), [record]);
    }
    return groups;
  };
  const agreementsOf = byKey(read.input.agreements, (row) => row.supplier);
  const pricesOf = byKey(read.input.prices, (price) => price.index);
  const fxOf = byKey(read.input.fxRates, (rate) => rate.currency);
  const deliveriesOf = byKey(read.input.deliveries, (delivery) => delivery.agreementId);
  return [...agreementsOf].map(([supplier, agreements]) => {
    const agreementIds = [...new Set(agreements.map((row) => row.agreementId))];
    const indices = [...new Set(agreements.map((row) => row.index))];
    const prices = indices.flatMap((index) => pricesOf.get(index) ?? []);
    const currencies = [
      ...new Set(prices.map((price) => price.currency).filter((currency) => currency !== KRW)),
    ];
    const fxRates = currencies.flatMap((currency) => fxOf.get(currency) ?? []);
    const deliveries = agreementIds.flatMap((id) => deliveriesOf.get(id) ?? []);
    const kept: [string, readonly { readonly origin: RowOrigin }[]][] = [
      [SHEET.agreements, agreements],
      [SHEET.prices, prices],
      [SHEET.fx, fxRates],
      [SHEET.deliveries, deliveries],
    ];
    const sheets = kept.flatMap(([name, records]) => {
      const grid = findSheet(workbook, name);
      const header = read.headerRows[name];
      return grid && header !== undefined ? [keepRows(grid, name, header, records)] : [];
    });
    return { supplier, grids: { sheets } };
  });
}

/** The header row and the given records' rows, renumbered from row 1; values only. */
function keepRows(
  grid: SheetGrid,
  name: string,
  headerRow: number,
  records: readonly { readonly origin: RowOrigin }[],
): SheetGrid {
  const rows = [headerRow, ...new Set(records.map((record) => record.origin.row))].sort((a, b) => a - b);
  const cells = rows.map((row) => (grid.cells[row - grid.top] ?? []).map(valueOnly));
  return { name, top: 1, left: grid.left, cells };
}

function valueOnly(cell: InputCell): InputCell {
  return cell.numberFormat === undefined
    ? { value: cell.value }
    : { value: cell.value, numberFormat: cell.numberFormat };
}

/**
 * A file name for a supplier: its name as written (Korean kept), without characters that
 * paths or Windows refuse, trimmed; numbered when two suppliers come out the same.
 */
export function supplierFileNames(suppliers: readonly string[]): string[] {
  const taken = new Set<string>();
  return suppliers.map((supplier) => {
    const base = safeName(supplier);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base} (${n})`;
    taken.add(name.toLowerCase());
    return `${name}.xlsx`;
  });
}

/** Characters a path or Windows refuses, and invisible ones that could disguise a name. */
const PATH_CHARACTERS = new Set(['<', '>', ':', '"', '/', '\\', '|', '?', '*']);

function isUnsafe(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
  const bidi = (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
  return control || bidi || PATH_CHARACTERS.has(char);
}

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_NAME = 80;

function safeName(supplier: string): string {
  const kept = [...supplier.normalize('NFC')].filter((char) => !isUnsafe(char)).join('');
  const cleaned = trimDotsAndSpaces(kept.replace(/\s+/g, ' '));
  const short = [...cleaned].slice(0, MAX_NAME).join('').trim();
  if (short === '' || RESERVED.test(short)) return `수탁기업 ${short}`.trim();
  return short;
}

/** Without leading or trailing dots and spaces (Windows drops them); a loop, not a backtracking pattern. */
function trimDotsAndSpaces(text: string): string {
  const edge = (char: string | undefined): boolean => char === '.' || char === ' ';
  let start = 0;
  let end = text.length;
  while (start < end && edge(text[start])) start += 1;
  while (end > start && edge(text[end - 1])) end -= 1;
  return text.slice(start, end);
}

/**
 * The run for one 수탁기업 alone (the pane's "this supplier only"): its rows computed by
 * themselves, to the whole workbook's as-of date so that every supplier's table has the same
 * date. Null when no agreement row names that supplier or the workbook has errors.
 */
export function supplierRun(
  workbook: WorkbookGrids,
  options: RunOptions,
  supplier: string,
): RunOutcome | null {
  const whole = runWorkbook(workbook, options);
  if (whole.hasErrors) return null;
  const part = splitBySupplier(workbook, readWorkbook(workbook)).find((entry) => entry.supplier === supplier);
  return part ? runWorkbook(part.grids, { ...options, asOf: whole.result.asOf }) : null;
}
