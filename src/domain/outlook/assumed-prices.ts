import { D, ONE } from '../decimal';
import { addDays, addMonthsToMonth, firstDayOfMonth, type IsoDate, monthOf } from '../dates';
import type { FxObservation, PriceObservation, RowOrigin } from '../types';

/** A price shock: from the as-of date on, the index's assumed prices are multiplied by 1 + rate. */
export interface Shock {
  readonly index: string;
  /** 0.1 for +10 %, −0.05 for −5 %. */
  readonly rate: D;
}

/** Where assumed rows "come from": no sheet row, so nothing can point a user at one. */
export const ASSUMED_ORIGIN: RowOrigin = { sheet: '전망 가정', row: 0, cells: {} };

/**
 * The dates an assumed price is needed on, for a series last observed on `last`, to compute
 * every adjustment up to `horizon` (docs/calculation.md, 전망): the 1st of each month after the
 * last observation's month through the month of the day before `horizon` (averaged windows end
 * with the month before an adjustment's), and that day before itself (point prices read it).
 */
export function assumedDates(last: IsoDate, horizon: IsoDate): IsoDate[] {
  const dayBefore = addDays(horizon, -1);
  const dates: IsoDate[] = [];
  for (let month = addMonthsToMonth(monthOf(last), 1); month <= monthOf(dayBefore);) {
    dates.push(firstDayOfMonth(month));
    month = addMonthsToMonth(month, 1);
  }
  if (dayBefore > last && !dates.includes(dayBefore)) dates.push(dayBefore);
  return dates;
}

/** The latest observation of each index (the last one listed for its latest date, as the book reads it). */
export function latestPrices(prices: readonly PriceObservation[]): Map<string, PriceObservation> {
  return latestBy(
    prices,
    (row) => row.index,
    (row) => row.point.date,
  );
}

function latestBy<T>(rows: readonly T[], key: (row: T) => string, date: (row: T) => IsoDate): Map<string, T> {
  const latest = new Map<string, T>();
  for (const row of rows) {
    const found = latest.get(key(row));
    if (found === undefined || date(row) >= date(found)) latest.set(key(row), row);
  }
  return latest;
}

/**
 * The observations appended for the outlook: each index's (and each FX rate's) latest value
 * repeated on its assumed dates up to `horizon`; an index's value times 1 + its shock on dates
 * from `asOf` on. Only the indices in `indices` and the currencies they are quoted in.
 */
export function assumedObservations(
  prices: readonly PriceObservation[],
  fxRates: readonly FxObservation[],
  scope: { readonly indices: ReadonlySet<string>; readonly horizon: IsoDate; readonly asOf: IsoDate },
  shocks: readonly Shock[],
): { prices: PriceObservation[]; fxRates: FxObservation[] } {
  const { indices, horizon, asOf } = scope;
  const used = prices.filter((observation) => indices.has(observation.index));
  const factors = new Map(shocks.map((shock) => [shock.index, ONE.plus(shock.rate)]));
  const assumedPrices: PriceObservation[] = [];
  const currencies = new Set<string>();
  for (const latest of latestBy(
    used,
    (row) => row.index,
    (row) => row.point.date,
  ).values()) {
    currencies.add(latest.currency);
    const factor = factors.get(latest.index) ?? ONE;
    for (const date of assumedDates(latest.point.date, horizon)) {
      const price = date >= asOf ? latest.price.times(factor) : latest.price;
      assumedPrices.push({ ...latest, origin: ASSUMED_ORIGIN, point: { date, granularity: 'day' }, price });
    }
  }
  const usedFx = fxRates.filter((rate) => currencies.has(rate.currency));
  const assumedFx: FxObservation[] = [];
  for (const latest of latestBy(
    usedFx,
    (row) => row.currency,
    (row) => row.point.date,
  ).values()) {
    for (const date of assumedDates(latest.point.date, horizon)) {
      assumedFx.push({ ...latest, origin: ASSUMED_ORIGIN, point: { date, granularity: 'day' } });
    }
  }
  return { prices: assumedPrices, fxRates: assumedFx };
}

/**
 * "+10%", "-5 %", "7.5%": the shock rate as a fraction; null when the text is not a percentage
 * or the rate is −100 % or below (no price falls to nothing or less).
 */
export function shockRateOf(text: string): D | null {
  const match = /^\s*([+-]?)(\d+(?:\.\d+)?)\s*%\s*$/.exec(text);
  if (!match) return null;
  const size = new D(match[2] ?? '0').dividedBy(100);
  const rate = match[1] === '-' ? size.negated() : size;
  return rate.lte(-1) ? null : rate;
}
