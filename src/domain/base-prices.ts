import { type PricePoint, pricePoint, readingCode } from './comparison-table';
import type { IsoDate } from './dates';
import type { PriceBook, PriceLookup, PriceReading } from './price-book';
import type { PointInTime } from './types';

/** B₀ found, as one point shared by every row that reads it alike, or why it could not be. */
export type BaseEntry =
  { readonly ok: true; readonly point: PricePoint } | (PriceLookup & { readonly ok: false });

/** B₀ of every row, read from the book once per (index, base point, way of reading): rows share them. */
export class BasePrices {
  private readonly byIndex = new Map<string, Map<IsoDate, Map<number, BaseEntry>>>();

  constructor(private readonly book: PriceBook) {}

  basePrice(
    index: string,
    basePoint: PointInTime,
    averagingMonths: number,
    reading: PriceReading,
  ): BaseEntry {
    let byDate = this.byIndex.get(index);
    if (byDate === undefined) {
      byDate = new Map();
      this.byIndex.set(index, byDate);
    }
    let byReading = byDate.get(basePoint.date);
    if (byReading === undefined) {
      byReading = new Map();
      byDate.set(basePoint.date, byReading);
    }
    const code = readingCode(averagingMonths, reading) * 2 + (basePoint.granularity === 'month' ? 1 : 0);
    const known = byReading.get(code);
    if (known !== undefined) return known;
    const found = this.book.basePrice(index, basePoint, averagingMonths, reading);
    const entry: BaseEntry = found.ok ? { ok: true, point: pricePoint(found.price, found.reference) } : found;
    byReading.set(code, entry);
    return entry;
  }
}
