import { D } from './decimal';
import {
  addDays,
  addMonthsToMonth,
  type IsoDate,
  type IsoMonth,
  lastDayOfMonth,
  minDate,
  monthOf,
  monthsEndingWith,
} from './dates';
import { type Bilingual, engineIssue, engineText, type EngineFields, type Issue } from './issues';
import { placeOf } from './origin';
import { Series } from './series';
import type { FxObservation, PointInTime, PriceObservation } from './types';

export const KRW = 'KRW';

/**
 * A price found (in KRW per index unit), or why it could not be. `latestObservation` is set when
 * the reference date lies beyond the series' (or its FX rate's) last observation: the price is
 * then the last one known, which DOMAIN §3.2 allows but a reader should be told about.
 */
export type PriceLookup =
  | { readonly ok: true; readonly price: D; readonly reference: string; readonly latestObservation?: IsoDate }
  | { readonly ok: false; readonly code: LookupCode; readonly text: Bilingual };

type LookupCode = 'UNKNOWN_INDEX' | 'PRICE_BEFORE_SERIES' | 'MONTH_WITHOUT_PRICE' | 'FX_MISSING';

/**
 * How a price is read: converted to KRW (FX inside the indicator, the default) or left in the
 * index's own currency (F4, FX in the formula); and for 수시 the comparison is the observation
 * on the adjustment date itself instead of the day before.
 */
export interface PriceReading {
  readonly inIndexCurrency: boolean;
  readonly onTheDay: boolean;
}

const KRW_READING: PriceReading = { inIndexCurrency: false, onTheDay: false };

interface IndexSeries {
  readonly currency: string;
  readonly unit: string | null;
  readonly series: Series;
}

/** Every price and FX series of the workbook, answering the questions of DOMAIN §3.2. */
export class PriceBook {
  private constructor(
    private readonly indices: ReadonlyMap<string, IndexSeries>,
    private readonly fxRates: ReadonlyMap<string, Series>,
  ) {}

  static build(
    prices: readonly PriceObservation[],
    fxRates: readonly FxObservation[],
  ): { book: PriceBook; issues: Issue[] } {
    const issues: Issue[] = [];
    const byIndex = new Map<string, PriceObservation[]>();
    for (const observation of prices) {
      const list = byIndex.get(observation.index);
      if (list) {
        list.push(observation);
      } else {
        byIndex.set(observation.index, [observation]);
      }
    }
    const indices = new Map<string, IndexSeries>();
    for (const [index, observations] of byIndex) {
      const currency = observations[0]?.currency ?? KRW;
      const stray = observations.find((observation) => observation.currency !== currency);
      if (stray) {
        issues.push(
          engineIssue({
            severity: 'error',
            code: 'MIXED_CURRENCY',
            at: placeOf(stray.origin, 'currency'),
            fields: { index, first: currency, stray: stray.currency },
          }),
        );
        continue;
      }
      indices.set(index, {
        currency,
        unit: observations.find((observation) => observation.unit !== null)?.unit ?? null,
        series: new Series(
          observations.map((observation) => ({ point: observation.point, value: observation.price })),
        ),
      });
    }
    const fxByCurrency = new Map<string, { point: PointInTime; value: D }[]>();
    for (const rate of fxRates) {
      const list = fxByCurrency.get(rate.currency) ?? [];
      list.push({ point: rate.point, value: rate.rate });
      fxByCurrency.set(rate.currency, list);
    }
    const fx = new Map<string, Series>();
    for (const [currency, observations] of fxByCurrency) {
      fx.set(currency, new Series(observations));
    }
    return { book: new PriceBook(indices, fx), issues };
  }

  /** The unit the index is quoted per (shown in the output only). */
  unitOf(index: string): string | null {
    return this.indices.get(index)?.unit ?? null;
  }

  hasIndex(index: string): boolean {
    return this.indices.has(index);
  }

  /** The currency the index is quoted in; null for an unknown index. */
  currencyOf(index: string): string | null {
    return this.indices.get(index)?.currency ?? null;
  }

  /** Every observation date of the index, ascending (the adjustment dates of a 수시 row). */
  observationDates(index: string): readonly IsoDate[] {
    return this.indices.get(index)?.series.observationDates ?? [];
  }

  /** The FX rate in force on `date` for the index's currency ("연동일 고시 환율": latest rate dated ≤ date). */
  fxRateOn(index: string, date: IsoDate): PriceLookup {
    const found = this.indices.get(index);
    if (!found) {
      return unknownIndex(index);
    }
    const fx = this.fxRates.get(found.currency);
    if (found.currency === KRW) {
      return { ok: true, price: new D(1), reference: date };
    }
    if (!fx) {
      return missingFxSeries(index, found.currency);
    }
    const rate = fx.valueOnOrBefore(date);
    if (rate === null) {
      return fxMissingOn(index, found.currency, date);
    }
    return {
      ok: true,
      price: rate,
      reference: date,
      ...(date > fx.lastDate ? { latestObservation: fx.lastDate } : {}),
    };
  }

  /**
   * The date of the index's latest observation, or of its FX rate's if that is earlier;
   * null when the index or its FX series is unknown.
   */
  lastObservation(index: string): IsoDate | null {
    const found = this.indices.get(index);
    if (!found) {
      return null;
    }
    if (found.currency === KRW) {
      return found.series.lastDate;
    }
    const fx = this.fxRates.get(found.currency);
    return fx ? minDate(found.series.lastDate, fx.lastDate) : null;
  }

  /** B₀ read from the series: at the base point (a month means its last day) or the N months ending with it. */
  basePrice(
    index: string,
    basePoint: PointInTime,
    averagingMonths: number,
    reading: PriceReading = KRW_READING,
  ): PriceLookup {
    if (averagingMonths > 0) {
      return this.averagedPrice(index, monthsEndingWith(monthOf(basePoint.date), averagingMonths), reading);
    }
    return this.pointPrice(index, baseReferenceDay(basePoint), reading);
  }

  /** P at adjustment date d: the day before d, or the N months ending with the month before d's. */
  comparisonPrice(
    index: string,
    adjustmentDate: IsoDate,
    averagingMonths: number,
    reading: PriceReading = KRW_READING,
  ): PriceLookup {
    if (averagingMonths > 0) {
      const lastMonth = addMonthsToMonth(monthOf(adjustmentDate), -1);
      return this.averagedPrice(index, monthsEndingWith(lastMonth, averagingMonths), reading);
    }
    return this.pointPrice(index, reading.onTheDay ? adjustmentDate : addDays(adjustmentDate, -1), reading);
  }

  /** The latest observation on or before `date`, converted at the FX rate in force that day (unless F4). */
  pointPrice(index: string, date: IsoDate, reading: PriceReading = KRW_READING): PriceLookup {
    const found = this.indices.get(index);
    if (!found) {
      return unknownIndex(index);
    }
    const latest = this.lastObservation(index);
    if (latest === null) {
      return missingFxSeries(index, found.currency);
    }
    const beyond = date > latest ? { latestObservation: latest } : {};
    const price = found.series.valueOnOrBefore(date);
    if (price === null) {
      return failed('PRICE_BEFORE_SERIES', { index, date, firstDate: found.series.firstDate });
    }
    if (found.currency === KRW || reading.inIndexCurrency) {
      return { ok: true, price, reference: date, ...beyond };
    }
    const rate = this.fxRates.get(found.currency)?.valueOnOrBefore(date) ?? null;
    if (rate === null) {
      return fxMissingOn(index, found.currency, date);
    }
    return { ok: true, price: price.times(rate), reference: date, ...beyond };
  }

  /** Mean of N monthly values; a foreign monthly value is converted at that month's mean rate first. */
  averagedPrice(
    index: string,
    months: readonly IsoMonth[],
    reading: PriceReading = KRW_READING,
  ): PriceLookup {
    const found = this.indices.get(index);
    if (!found) {
      return unknownIndex(index);
    }
    const fx = found.currency === KRW || reading.inIndexCurrency ? null : this.fxRates.get(found.currency);
    if (fx === undefined) {
      return missingFxSeries(index, found.currency);
    }
    const window = windowLabel(months);
    let total = new D(0);
    for (const month of months) {
      const mean = found.series.monthlyMean(month);
      if (mean === null) {
        return failed('MONTH_WITHOUT_PRICE', { index, month, window });
      }
      if (fx === null) {
        total = total.plus(mean);
        continue;
      }
      const rate = fx.monthlyMean(month);
      if (rate === null) {
        return failed('FX_MISSING', { index, currency: found.currency, missing: { month, window } });
      }
      total = total.plus(mean.times(rate));
    }
    return { ok: true, price: total.dividedBy(months.length), reference: window };
  }
}

/** The day a base point refers to: the day itself, or the last day of its month (DOMAIN §3.2). */
export function baseReferenceDay(point: PointInTime): IsoDate {
  return point.granularity === 'month' ? lastDayOfMonth(monthOf(point.date)) : point.date;
}

function fxMissingOn(index: string, currency: string, date: IsoDate): PriceLookup {
  return failed('FX_MISSING', { index, currency, missing: { onOrBefore: date } });
}

function windowLabel(months: readonly IsoMonth[]): string {
  const first = months[0] ?? '';
  const last = months[months.length - 1] ?? '';
  return first === last ? first : `${first}~${last}`;
}

function unknownIndex(index: string): PriceLookup {
  return failed('UNKNOWN_INDEX', { index });
}

function missingFxSeries(index: string, currency: string): PriceLookup {
  return failed('FX_MISSING', { index, currency, missing: 'series' });
}

function failed<C extends LookupCode>(code: C, fields: EngineFields<C>): PriceLookup {
  return { ok: false, code, text: engineText(code, fields) };
}
