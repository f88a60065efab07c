import { ISSUE } from '../../../src/domain/issues';
import { readWorkbook } from '../../../src/workbook/input/read-workbook';
import { fmt, workbook } from './grid-helpers';
import { AGREEMENT, agreementSheet, priceSheet, type Row, tableSheet } from './sample-sheets';

const COPPER_USD: readonly Row[] = [
  { 기준지표: '구리지수', 일자: '2024-01', 가격: '8,000', 통화: 'usd', 단위: 't' },
  { 기준지표: '구리지수', 일자: '2024-03', 가격: '8,800', 통화: 'USD', 단위: 't' },
];
const USD_RATES: readonly Row[] = [
  { 통화: 'USD', 일자: '2024-01', 환율: '1,300' },
  { 통화: 'USD', 일자: '2024-03', 환율: 1350 },
];

function errorsOf(result: ReturnType<typeof readWorkbook>) {
  return result.issues
    .filter((issue) => issue.severity === 'error')
    .map((issue) => [issue.sheet, issue.cell, issue.code]);
}

describe('원재료가격', () => {
  it('reads prices with their currency (KRW by default) and unit', () => {
    const result = readWorkbook(
      workbook(
        agreementSheet(),
        priceSheet([
          { 기준지표: '구리지수', 일자: '2024-01', 가격: 9000, 통화: '', 단위: 'kg' },
          { 기준지표: '구리지수', 일자: fmt(45366, 'yyyy-mm-dd'), 가격: '₩10,080', 통화: '원', 단위: null },
        ]),
      ),
    );
    expect(result.issues).toEqual([]);
    const [first, second] = result.input.prices;
    expect(first).toMatchObject({
      index: '구리지수',
      point: { date: '2024-01-01', granularity: 'month' },
      currency: 'KRW',
      unit: 'kg',
    });
    expect(second).toMatchObject({
      point: { date: '2024-03-15', granularity: 'day' },
      currency: 'KRW',
      unit: null,
    });
    expect(second?.price.toFixed()).toBe('10080');
  });

  it('refuses a second, different price for the same index and date at its price cell', () => {
    const result = readWorkbook(
      workbook(
        agreementSheet(),
        priceSheet([
          { 기준지표: '구리지수', 일자: '2024-01', 가격: 9000 },
          { 기준지표: '구리지수', 일자: '2024-01-01', 가격: 9100 },
          { 기준지표: '구리지수', 일자: '2024.1', 가격: '9,000' },
        ]),
      ),
    );
    expect(result.issues.map((issue) => [issue.severity, issue.cell, issue.code])).toEqual([
      ['error', 'C3', ISSUE.DUPLICATE_OBSERVATION],
      ['warning', 'C4', ISSUE.REPEATED_OBSERVATION],
    ]);
    expect(result.issues[0]?.text.ko).toContain('2행');
    expect(result.input.prices.map((price) => price.origin.row)).toEqual([2]);
  });

  it('refuses a price that is not above zero', () => {
    const result = readWorkbook(
      workbook(agreementSheet(), priceSheet([{ 기준지표: '구리지수', 일자: '2024-01', 가격: 0 }])),
    );
    expect(errorsOf(result)).toEqual([['원재료가격', 'C2', ISSUE.OUT_OF_RANGE]]);
  });

  it('refuses one index in two currencies', () => {
    const result = readWorkbook(
      workbook(
        agreementSheet(),
        priceSheet([...COPPER_USD, { 기준지표: '구리지수', 일자: '2024-02', 가격: 11000000 }]),
        tableSheet('환율', USD_RATES),
      ),
    );
    expect(errorsOf(result)).toEqual([['원재료가격', 'D4', ISSUE.MIXED_CURRENCY]]);
  });

  it('refuses an invalid currency code', () => {
    const result = readWorkbook(
      workbook(
        agreementSheet(),
        priceSheet([{ 기준지표: '구리지수', 일자: '2024-01', 가격: 1, 통화: 'US Dollar' }]),
      ),
    );
    expect(errorsOf(result)).toEqual([['원재료가격', 'D2', ISSUE.INVALID_CURRENCY]]);
  });

  it('needs rates for a foreign currency', () => {
    const result = readWorkbook(workbook(agreementSheet(), priceSheet(COPPER_USD)));
    expect(errorsOf(result)).toEqual([
      ['원재료가격', 'D2', ISSUE.UNKNOWN_CURRENCY],
      ['원재료가격', 'D3', ISSUE.UNKNOWN_CURRENCY],
    ]);
    expect(result.input.prices).toEqual([]);
    // The index is still known: the agreement is not reported a second time.
    expect(result.input.agreements).toHaveLength(1);
  });
});

describe('환율', () => {
  it('reads KRW per unit of a currency', () => {
    const result = readWorkbook(
      workbook(agreementSheet(), priceSheet(COPPER_USD), tableSheet('환율', USD_RATES)),
    );
    expect(result.issues).toEqual([]);
    expect(result.input.prices.map((price) => price.currency)).toEqual(['USD', 'USD']);
    expect(
      result.input.fxRates.map((fx) => [fx.currency, fx.point.date, fx.rate.toFixed(), fx.origin.cells.rate]),
    ).toEqual([
      ['USD', '2024-01-01', '1300', 'C2'],
      ['USD', '2024-03-01', '1350', 'C3'],
    ]);
  });

  it('refuses rates that are not above zero and repeated dates with other rates', () => {
    const result = readWorkbook(
      workbook(
        agreementSheet(),
        priceSheet(),
        tableSheet('환율', [
          ...USD_RATES,
          { 통화: 'USD', 일자: '2024-03', 환율: 1351 },
          { 통화: 'EUR', 일자: '2024-03', 환율: -1 },
        ]),
      ),
    );
    expect(errorsOf(result)).toEqual([
      ['환율', 'C5', ISSUE.OUT_OF_RANGE],
      ['환율', 'C4', ISSUE.DUPLICATE_OBSERVATION],
    ]);
    expect(result.input.fxRates).toHaveLength(2);
  });
});

describe('납품실적', () => {
  const delivery: Row = { 약정번호: 'A-1', 물품명: '하우징', 납품일: '2024-03-20', 수량: '1,000' };

  it('reads deliveries', () => {
    const result = readWorkbook(workbook(agreementSheet(), priceSheet(), tableSheet('납품실적', [delivery])));
    expect(result.issues).toEqual([]);
    expect(result.input.deliveries).toEqual([
      expect.objectContaining({
        agreementId: 'A-1',
        item: '하우징',
        date: '2024-03-20',
        origin: expect.objectContaining({ row: 2 }),
      }),
    ]);
    expect(result.input.deliveries[0]?.quantity.toFixed()).toBe('1000');
  });

  it('refuses zero quantities and deliveries of unknown items', () => {
    const result = readWorkbook(
      workbook(
        agreementSheet(AGREEMENT),
        priceSheet(),
        tableSheet('납품실적', [
          { ...delivery, 수량: 0 },
          { ...delivery, 물품명: '커버' },
          { ...delivery, 약정번호: 'B-9' },
          delivery,
        ]),
      ),
    );
    expect(errorsOf(result)).toEqual([
      ['납품실적', 'D2', ISSUE.OUT_OF_RANGE],
      ['납품실적', 'B3', ISSUE.UNKNOWN_DELIVERY_ITEM],
      ['납품실적', 'A4', ISSUE.UNKNOWN_DELIVERY_ITEM],
    ]);
    expect(result.input.deliveries.map((row) => row.origin.row)).toEqual([5]);
  });

  it('refuses a month where a delivery day is needed', () => {
    const result = readWorkbook(
      workbook(agreementSheet(), priceSheet(), tableSheet('납품실적', [{ ...delivery, 납품일: '2024-03' }])),
    );
    expect(errorsOf(result)).toEqual([['납품실적', 'C2', ISSUE.INVALID_DATE]]);
  });
});
