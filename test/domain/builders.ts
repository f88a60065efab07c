import { D } from '../../src/domain/decimal';
import type {
  AgreementRow,
  Delivery,
  EngineInput,
  FxObservation,
  PointInTime,
  PriceObservation,
  RowOrigin,
} from '../../src/domain/types';

let nextRow = 2;

function origin(sheet: string): RowOrigin {
  const row = nextRow++;
  const columns = ['agreementId', 'item', 'unitPrice', 'index', 'basePoint', 'threshold', 'firstAdjustment'];
  return {
    sheet,
    row,
    cells: Object.fromEntries(columns.map((field, i) => [field, `${String.fromCharCode(65 + i)}${row}`])),
  };
}

export function month(value: string): PointInTime {
  return { date: `${value}-01`, granularity: 'month' };
}

export function day(value: string): PointInTime {
  return { date: value, granularity: 'day' };
}

export type RowOverrides = Partial<Omit<AgreementRow, 'origin'>>;

/** A 투입량 copper row of DOMAIN §3.5 example 1, with any field overridden. */
export function agreementRow(overrides: RowOverrides = {}): AgreementRow {
  return {
    origin: origin('연동약정'),
    agreementId: 'A-001',
    buyer: '한빛전자',
    supplier: '대성정밀',
    item: '동 케이블',
    partNo: 'CC-001',
    signedOn: '2023-12-15',
    contractStart: null,
    contractEnd: null,
    contractAmount: null,
    buyerSize: null,
    optedOut: false,
    unitPrice: new D(10000),
    material: '전기동',
    index: '전기동',
    costKind: 'material',
    formula: 'quantity',
    quantityPerUnit: new D(2),
    materialShare: null,
    basePoint: month('2024-01'),
    basePrice: null,
    threshold: new D('0.1'),
    cycleMonths: 3,
    firstAdjustment: '2024-04-01',
    reflectionRatio: new D(1),
    reflectionMode: 'whole',
    direction: 'both',
    fxPlacement: 'index',
    averagingMonths: 0,
    effectiveLagDays: 0,
    priceDecimals: 0,
    rounding: 'halfUp',
    ...overrides,
  };
}

/** Monthly observations of one index from `firstMonth` on, one per month. */
export function monthlyPrices(
  index: string,
  firstMonth: string,
  prices: readonly (number | string)[],
  currency = 'KRW',
): PriceObservation[] {
  const [year, monthNumber] = firstMonth.split('-').map(Number) as [number, number];
  return prices.map((price, offset) => {
    const total = year * 12 + (monthNumber - 1) + offset;
    const label = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
    return {
      origin: origin('원재료가격'),
      index,
      point: month(label),
      price: new D(price),
      currency,
      unit: 'kg',
    };
  });
}

export function dailyPrice(
  index: string,
  date: string,
  price: number | string,
  currency = 'KRW',
): PriceObservation {
  return { origin: origin('원재료가격'), index, point: day(date), price: new D(price), currency, unit: 'kg' };
}

export function monthlyFx(
  currency: string,
  firstMonth: string,
  rates: readonly (number | string)[],
): FxObservation[] {
  return monthlyPrices(currency, firstMonth, rates).map((observation) => ({
    origin: { ...observation.origin, sheet: '환율' },
    currency,
    point: observation.point,
    rate: observation.price,
  }));
}

export function delivery(item: string, date: string, quantity: number, agreementId = 'A-001'): Delivery {
  return { origin: origin('납품실적'), agreementId, item, date, quantity: new D(quantity) };
}

export function engineInput(parts: Partial<EngineInput>): EngineInput {
  return { agreements: [], prices: [], fxRates: [], deliveries: [], asOf: null, ...parts };
}
