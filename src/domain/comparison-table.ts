import type { D } from './decimal';
import type { IsoDate } from './dates';
import { floatOf } from './fast-threshold';
import type { PriceBook, PriceLookup, PriceReading } from './price-book';

/**
 * A price in force as a base, or read as a comparison: the exact price, what it was read at
 * ("2024-01-31", "2023-10~2023-12", "기준가격 직접 입력"), FX_b for F4 (null otherwise), and the
 * price as a double for the fast threshold test (NaN where that test must not be used).
 */
export interface PricePoint {
  readonly price: D;
  readonly reference: string;
  readonly fx: D | null;
  readonly float: number;
}

export function pricePoint(price: D, reference: string, fx: D | null = null): PricePoint {
  return { price, reference, fx, float: floatOf(price) };
}

/** A comparison price and the adjustment date it is read for. */
export interface ComparisonPoint extends PricePoint {
  readonly adjustmentDate: IsoDate;
}

/** A comparison price found at an adjustment date, or why it could not be. */
export type ComparisonEntry =
  | { readonly ok: true; readonly point: ComparisonPoint; readonly latestObservation?: IsoDate }
  | (PriceLookup & { readonly ok: false });

/**
 * The comparison prices of one index read one way (averaging, currency, day), by adjustment
 * date. Thousands of rows share a handful of indices and dates: each price is read once, and a
 * row holds its table so that an evaluation costs one lookup by date.
 */
export class ComparisonTable {
  private readonly entries = new Map<IsoDate, ComparisonEntry>();

  constructor(
    private readonly book: PriceBook,
    private readonly index: string,
    private readonly averagingMonths: number,
    private readonly reading: PriceReading,
  ) {}

  at(date: IsoDate): ComparisonEntry {
    const known = this.entries.get(date);
    if (known !== undefined) return known;
    const entry = entryOf(
      date,
      this.book.comparisonPrice(this.index, date, this.averagingMonths, this.reading),
    );
    this.entries.set(date, entry);
    return entry;
  }
}

function entryOf(adjustmentDate: IsoDate, lookup: PriceLookup): ComparisonEntry {
  if (!lookup.ok) return lookup;
  const point = { ...pricePoint(lookup.price, lookup.reference), adjustmentDate };
  return lookup.latestObservation === undefined
    ? { ok: true, point }
    : { ok: true, point, latestObservation: lookup.latestObservation };
}

/** One table per way of reading an index. */
export class ComparisonTables {
  private readonly tables = new Map<string, Map<number, ComparisonTable>>();

  constructor(private readonly book: PriceBook) {}

  tableFor(index: string, averagingMonths: number, reading: PriceReading): ComparisonTable {
    let byReading = this.tables.get(index);
    if (byReading === undefined) {
      byReading = new Map();
      this.tables.set(index, byReading);
    }
    const code = readingCode(averagingMonths, reading);
    let table = byReading.get(code);
    if (table === undefined) {
      table = new ComparisonTable(this.book, index, averagingMonths, reading);
      byReading.set(code, table);
    }
    return table;
  }
}

/** One number for a way of reading prices: the averaging months and the two reading flags. */
export function readingCode(averagingMonths: number, reading: PriceReading): number {
  return averagingMonths * 4 + (reading.inIndexCurrency ? 2 : 0) + (reading.onTheDay ? 1 : 0);
}
