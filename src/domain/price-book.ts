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
import { error, type Issue } from './issues';
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
  | { readonly ok: false; readonly code: string; readonly message: string; readonly messageEn: string };

/**
 * How a price is read: converted to KRW (FX inside the indicator, the default) or left in the
 * index's own currency (F4, FX in the formula); and for 수시 the comparison is the observation
 * on the adjustment date itself instead of the day before.
 */
export interface PriceReading {
  readonly inIndexCurrency: boolean;
  readonly onTheDay: boolean;
}

export const KRW_READING: PriceReading = { inIndexCurrency: false, onTheDay: false };

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
          error(
            stray.origin.sheet,
            stray.origin.cells['currency'] ?? `A${stray.origin.row}`,
            'INDEX_CURRENCY_MIXED',
            `기준지표 "${index}"의 통화가 행마다 다릅니다 (${currency}, ${stray.currency}). 한 기준지표는 한 통화로 적어야 합니다.`,
            `Index "${index}" mixes currencies (${currency}, ${stray.currency}); one index must use one currency.`,
          ),
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
      return {
        ok: false,
        code: 'PRICE_BEFORE_SERIES',
        message: `기준지표 "${index}"에 ${date} 이전(당일 포함) 가격이 없습니다. 가격은 ${found.series.firstDate}부터 있습니다.`,
        messageEn: `Index "${index}" has no price on or before ${date}; its prices start on ${found.series.firstDate}.`,
      };
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
        return {
          ok: false,
          code: 'MONTH_WITHOUT_PRICE',
          message: `기준지표 "${index}"에 ${month}월 가격이 없습니다 (평균 구간 ${window}).`,
          messageEn: `Index "${index}" has no price for ${month} (averaging window ${window}).`,
        };
      }
      if (fx === null) {
        total = total.plus(mean);
        continue;
      }
      const rate = fx.monthlyMean(month);
      if (rate === null) {
        return {
          ok: false,
          code: 'FX_MISSING',
          message: `통화 ${found.currency}의 ${month}월 환율이 없습니다 (기준지표 "${index}", 평균 구간 ${window}).`,
          messageEn: `No ${found.currency} FX rate for ${month} (index "${index}", averaging window ${window}).`,
        };
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
  return {
    ok: false,
    code: 'FX_MISSING',
    message: `통화 ${currency}의 환율이 ${date} 이전(당일 포함)에 없습니다 (기준지표 "${index}").`,
    messageEn: `No ${currency} FX rate on or before ${date} (index "${index}").`,
  };
}

function windowLabel(months: readonly IsoMonth[]): string {
  const first = months[0] ?? '';
  const last = months[months.length - 1] ?? '';
  return first === last ? first : `${first}~${last}`;
}

function unknownIndex(index: string): PriceLookup {
  return {
    ok: false,
    code: 'UNKNOWN_INDEX',
    message: `기준지표 "${index}"가 원재료가격 시트에 없습니다.`,
    messageEn: `Index "${index}" does not appear in the 원재료가격 sheet.`,
  };
}

function missingFxSeries(index: string, currency: string): PriceLookup {
  return {
    ok: false,
    code: 'FX_MISSING',
    message: `기준지표 "${index}"는 ${currency}로 고시되지만 환율 시트에 ${currency} 환율이 없습니다.`,
    messageEn: `Index "${index}" is quoted in ${currency} but the 환율 sheet has no ${currency} rate.`,
  };
}
