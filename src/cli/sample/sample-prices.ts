import { addMonthsToMonth, type IsoMonth } from '../../domain/dates';
import type { SampleCell } from './sample-cell';

/**
 * Two years of monthly price indices (2024-01 … 2025-12). The paths are invented but shaped
 * like the real markets: copper rises about 15 % into mid-2024 and falls back, hot-rolled
 * steel drifts down, PP resin peaks in spring 2024, aluminium climbs slowly.
 */
const SAMPLE_FIRST_MONTH: IsoMonth = '2024-01';
const SAMPLE_MONTHS: readonly IsoMonth[] = Array.from({ length: 24 }, (_, at) =>
  addMonthsToMonth(SAMPLE_FIRST_MONTH, at),
);

export const INDEX = {
  copper: 'LME 전기동 (USD/t)',
  steel: '열연강판 (원/kg)',
  resin: 'PP 수지 (원/kg)',
  aluminium: '알루미늄 잉곳 (원/kg)',
  electricity: '산업용 전력 (원/kWh)',
} as const;

interface Series {
  readonly index: string;
  readonly currency: string;
  readonly unit: string;
  readonly prices: readonly number[];
  /** How the month is written in the 일자 column, to exercise every accepted form. */
  readonly dateAs: (month: IsoMonth) => SampleCell;
  /** How the price is written. */
  readonly priceAs: (price: number) => SampleCell;
}

const asNumber = (format: string) => (price: number) => ({ number: price, format });

const SERIES: readonly Series[] = [
  {
    index: INDEX.copper,
    currency: 'USD',
    unit: 't',
    // prettier-ignore
    prices: [8350, 8300, 8650, 9450, 10100, 9650, 9300, 9000, 9250, 9550, 9100, 8950,
             9000, 9150, 9400, 9100, 9250, 9350, 9500, 9400, 9600, 9900, 10100, 10300],
    dateAs: (month) => month,
    priceAs: asNumber('#,##0.00'),
  },
  {
    index: INDEX.steel,
    currency: 'KRW',
    unit: 'kg',
    // prettier-ignore
    prices: [1010, 1000, 985, 975, 960, 950, 940, 925, 915, 905, 900, 890,
             880, 875, 885, 895, 905, 900, 890, 880, 870, 860, 855, 850],
    dateAs: (month) => ({ month }),
    // Some people paste prices as text with thousands separators.
    priceAs: (price) => (price >= 1000 ? price.toLocaleString('en-US') : price),
  },
  {
    index: INDEX.resin,
    currency: 'KRW',
    unit: 'kg',
    // prettier-ignore
    prices: [1450, 1480, 1560, 1620, 1590, 1540, 1510, 1490, 1520, 1550, 1530, 1500,
             1480, 1460, 1440, 1420, 1450, 1470, 1440, 1410, 1390, 1380, 1400, 1420],
    dateAs: (month) => month.replace('-', '.'),
    priceAs: asNumber('#,##0'),
  },
  {
    index: INDEX.aluminium,
    currency: '',
    unit: 'kg',
    // prettier-ignore
    prices: [3150, 3120, 3200, 3450, 3600, 3520, 3400, 3300, 3350, 3500, 3550, 3480,
             3500, 3560, 3650, 3480, 3420, 3500, 3580, 3620, 3650, 3720, 3800, 3850],
    // Dated on the first day, like a monthly bulletin.
    dateAs: (month) => ({ date: `${month}-01` }),
    priceAs: asNumber('#,##0'),
  },
  {
    index: INDEX.electricity,
    currency: 'KRW',
    unit: 'kWh',
    // Industrial tariff per kWh: flat for months, then a tariff rise in 2024-10 and 2025-07.
    // prettier-ignore
    prices: [153.7, 153.7, 153.7, 153.7, 153.7, 153.7, 153.7, 153.7, 153.7, 168.2, 168.2, 168.2,
             168.2, 168.2, 168.2, 168.2, 168.2, 168.2, 172.5, 172.5, 172.5, 172.5, 172.5, 172.5],
    dateAs: (month) => month,
    priceAs: asNumber('#,##0.0'),
  },
];

/** KRW per USD, monthly averages. */
// prettier-ignore
const USD_KRW = [1323.45, 1331.02, 1330.56, 1367.81, 1365.39, 1379.94, 1383.12, 1354.71, 1334.78, 1361.05, 1393.82, 1434.42,
                 1455.79, 1445.88, 1456.95, 1444.31, 1394.92, 1365.16, 1375.84, 1389.46, 1392.38, 1423.65, 1458.03, 1470.27];

/** Rows of 원재료가격, keyed by field key. */
export function samplePriceRows(): Record<string, SampleCell>[] {
  return SERIES.flatMap((series) =>
    SAMPLE_MONTHS.map((month, at) => ({
      index: series.index,
      date: series.dateAs(month),
      price: series.priceAs(valueAt(series.prices, at)),
      currency: series.currency === '' ? null : series.currency,
      unit: series.unit,
    })),
  );
}

/** Rows of 환율. */
export function sampleFxRows(): Record<string, SampleCell>[] {
  return SAMPLE_MONTHS.map((month, at) => ({
    currency: 'USD',
    date: { month },
    rate: { number: valueAt(USD_KRW, at), format: '#,##0.00' },
  }));
}

function valueAt(values: readonly number[], at: number): number {
  const value = values[at];
  if (value === undefined) throw new RangeError(`sample series too short: no value #${at + 1}`);
  return value;
}
