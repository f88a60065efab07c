import { D } from './decimal';
import { type IsoDate, type IsoMonth, monthOf } from './dates';
import type { PointInTime } from './types';

/**
 * One time series (a price index or an FX rate), sorted by date, with its monthly means.
 * A month observation ("2024-03") is dated its first day (DOMAIN §2.2), like any other.
 */
export class Series {
  private readonly dates: IsoDate[];
  private readonly values: D[];
  private readonly monthly = new Map<IsoMonth, D>();
  /** The date of the latest observation. */
  readonly lastDate: IsoDate;

  constructor(observations: readonly { readonly point: PointInTime; readonly value: D }[]) {
    if (observations.length === 0) {
      throw new Error('a series needs at least one observation');
    }
    const sorted = [...observations].sort((a, b) => compareText(a.point.date, b.point.date));
    this.dates = sorted.map((observation) => observation.point.date);
    this.values = sorted.map((observation) => observation.value);
    const sums = new Map<IsoMonth, { total: D; count: number }>();
    for (const { point, value } of sorted) {
      const month = monthOf(point.date);
      const sum = sums.get(month);
      sums.set(
        month,
        sum ? { total: sum.total.plus(value), count: sum.count + 1 } : { total: value, count: 1 },
      );
    }
    for (const [month, { total, count }] of sums) {
      this.monthly.set(month, total.dividedBy(count));
    }
    this.lastDate = this.dates[this.dates.length - 1] ?? '';
  }

  /** The observation dates, ascending (a date observed twice appears twice). */
  get observationDates(): readonly IsoDate[] {
    return this.dates;
  }

  get firstDate(): IsoDate {
    return this.dates[0] ?? '';
  }

  /** The latest observation dated on or before `date`, or null if none is. */
  valueOnOrBefore(date: IsoDate): D | null {
    let low = 0;
    let high = this.dates.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((this.dates[middle] ?? '') <= date) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found < 0 ? null : (this.values[found] ?? null);
  }

  /** The mean of the month's observations (월평균), or null when the month has none. */
  monthlyMean(month: IsoMonth): D | null {
    return this.monthly.get(month) ?? null;
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
