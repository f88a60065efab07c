import type { Issue } from '../domain/issues';
import type { EngineInput, RowOrigin } from '../domain/types';
import type { SheetGrid, WorkbookGrids } from './grid';
import { readAgreements } from './read-agreements';
import { checkCurrenciesConvertible, checkDeliveriesKnown, checkIndexesKnown } from './read-cross-checks';
import { readDeliveries } from './read-deliveries';
import { readFx } from './read-fx';
import { readPrices } from './read-prices';
import { parseAddress } from './cells';
import { SHEET } from './sheet-names';

export interface ReadResult {
  readonly input: Omit<EngineInput, 'asOf'>;
  readonly issues: readonly Issue[];
  /** The 1-based header row of each input sheet found, by sheet name (for per-supplier files). */
  readonly headerRows: Readonly<Record<string, number>>;
}

/**
 * The four input sheets → the engine's input. Rows with an error are left out of `input`; every
 * error of every row is in `issues`, in sheet order.
 */
export function readWorkbook(workbook: WorkbookGrids): ReadResult {
  const agreements = readAgreements(findSheet(workbook, SHEET.agreements));
  const prices = readPrices(findSheet(workbook, SHEET.prices));
  const fx = readFx(findSheet(workbook, SHEET.fx));
  const deliveries = readDeliveries(findSheet(workbook, SHEET.deliveries));
  const unknownIndexes = checkIndexesKnown(agreements.table, prices.table);
  const unknownCurrencies = checkCurrenciesConvertible(prices.table, fx.table);
  const unknownItems = checkDeliveriesKnown(deliveries.table, agreements.table);
  return {
    input: {
      agreements: withoutRows(agreements.agreements, unknownIndexes.rejected),
      prices: withoutRows(prices.prices, unknownCurrencies.rejected),
      fxRates: fx.fxRates,
      deliveries: withoutRows(deliveries.deliveries, unknownItems.rejected),
    },
    headerRows: headerRowsOf([agreements.table, prices.table, fx.table, deliveries.table]),
    issues: [
      ...agreements.issues,
      ...unknownIndexes.issues,
      ...prices.issues,
      ...unknownCurrencies.issues,
      ...fx.issues,
      ...deliveries.issues,
      ...unknownItems.issues,
    ],
  };
}

/**
 * The sheet of that name; failing an exact match, one whose name differs only in spaces or
 * width ("연동 약정"), since Excel users rename sheets by hand.
 */
export function findSheet(workbook: WorkbookGrids, name: string): SheetGrid | undefined {
  const exact = workbook.sheets.find((sheet) => sheet.name === name);
  if (exact) return exact;
  const loose = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  return workbook.sheets.find((sheet) => loose(sheet.name) === loose(name));
}

function headerRowsOf(tables: readonly { readonly headerRange: string }[]): Record<string, number> {
  const rows: Record<string, number> = {};
  INPUT_SHEET_NAMES.forEach((name, index) => {
    const range = tables[index]?.headerRange ?? '';
    if (range !== '') rows[name] = parseAddress(range.split(':')[0] ?? '').row;
  });
  return rows;
}

const INPUT_SHEET_NAMES = [SHEET.agreements, SHEET.prices, SHEET.fx, SHEET.deliveries] as const;

function withoutRows<T extends { readonly origin: RowOrigin }>(
  records: readonly T[],
  rows: ReadonlySet<number>,
): T[] {
  return records.filter((record) => !rows.has(record.origin.row));
}
