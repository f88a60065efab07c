import { ISSUE, type Issue } from '../../domain/issues';
import type { PriceObservation } from '../../domain/types';
import type { SheetGrid } from '../grid/grid';
import { checkRepeatedDates } from './observations';
import { sheetError } from './messages';
import { completeValues, readTable, type SheetTable } from './table';
import { PRICE_SCHEMA } from './schema';
import { HOME_CURRENCY } from './values';

type PriceFields = typeof PRICE_SCHEMA.fields;

export interface PricesRead {
  readonly table: SheetTable<PriceFields>;
  readonly prices: readonly PriceObservation[];
  readonly issues: readonly Issue[];
}

/** Sheet 원재료가격 → price observations; one currency per index, one price per index and date. */
export function readPrices(grid: SheetGrid | undefined): PricesRead {
  const table = readTable(grid, PRICE_SCHEMA);
  const candidates: PriceObservation[] = [];
  for (const row of table.rows) {
    const values = completeValues(row);
    if (!values) continue;
    candidates.push({
      origin: row.origin,
      index: values.index,
      point: values.date,
      price: values.price,
      currency: values.currency ?? HOME_CURRENCY,
      unit: values.unit,
    });
  }
  const currencies = checkOneCurrencyPerIndex(candidates);
  const kept = candidates.filter((price) => !currencies.dropped.has(price.origin.row));
  const repeats = checkRepeatedDates(
    kept.map((price) => ({
      origin: price.origin,
      series: price.index,
      date: price.point.date,
      value: price.price,
    })),
    'price',
  );
  return {
    table,
    prices: kept.filter((price) => !repeats.dropped.has(price.origin.row)),
    issues: [...table.issues, ...currencies.issues, ...repeats.issues],
  };
}

/** A series in two currencies cannot be compared with itself. */
function checkOneCurrencyPerIndex(prices: readonly PriceObservation[]): {
  issues: Issue[];
  dropped: Set<number>;
} {
  const firstSeen = new Map<string, PriceObservation>();
  const issues: Issue[] = [];
  const dropped = new Set<number>();
  for (const price of prices) {
    const first = firstSeen.get(price.index);
    if (!first) {
      firstSeen.set(price.index, price);
      continue;
    }
    if (first.currency === price.currency) continue;
    dropped.add(price.origin.row);
    issues.push(
      sheetError({
        code: ISSUE.MIXED_CURRENCY,
        at: {
          sheet: price.origin.sheet,
          cell: price.origin.cells.currency ?? price.origin.cells.price ?? '',
        },
        text: {
          ko: `'${price.index}'의 통화가 ${first.origin.row}행(${first.currency})과 다릅니다 (${price.currency}). 한 기준지표는 한 통화로 입력하세요`,
          en: `the currency of '${price.index}' differs from row ${first.origin.row} (${first.currency} vs ${price.currency}); keep one currency per index`,
        },
      }),
    );
  }
  return { issues, dropped };
}
