import { D } from '../../src/domain/decimal';
import { compute } from '../../src/domain/engine';
import { adjustmentDates } from '../../src/domain/schedule';
import type { ComputeResult } from '../../src/domain/types';
import { agreementRow, dailyPrice, delivery, engineInput, monthlyFx, monthlyPrices } from './builders';

function codes(result: ComputeResult, severity: 'error' | 'warning'): string[] {
  return result.issues.filter((issue) => issue.severity === severity).map((issue) => issue.code);
}

describe('schedule', () => {
  it('steps by calendar months from the first date, clamping to month end', () => {
    expect(adjustmentDates('2024-01-31', 1, ['2024-05-31'])).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
      '2024-05-31',
    ]);
    expect(adjustmentDates('2024-02-15', 3, ['2025-02-15', null])).toEqual([
      '2024-02-15',
      '2024-05-15',
      '2024-08-15',
      '2024-11-15',
      '2025-02-15',
    ]);
    expect(adjustmentDates('2024-02-15', 6, ['2024-08-14'])).toEqual(['2024-02-15']);
  });

  it('stops at the earlier of contract end and as-of date', () => {
    const row = agreementRow({ cycleMonths: 1, firstAdjustment: '2024-02-01', contractEnd: '2024-03-15' });
    const result = compute(
      engineInput({
        agreements: [row],
        prices: monthlyPrices('전기동', '2024-01', [9000, 9000, 9000, 9000, 9000]),
      }),
    );
    expect(result.asOf).toBe('2024-05-01');
    expect(result.evaluations.map((evaluation) => evaluation.adjustmentDate)).toEqual([
      '2024-02-01',
      '2024-03-01',
    ]);
  });
});

describe('prices at a point', () => {
  it('takes the latest observation on or before the day before the adjustment date', () => {
    const row = agreementRow({
      basePoint: { date: '2024-01-10', granularity: 'day' },
      firstAdjustment: '2024-03-05',
    });
    const prices = [
      dailyPrice('전기동', '2024-01-09', 8000),
      dailyPrice('전기동', '2024-01-10', 9000),
      dailyPrice('전기동', '2024-01-11', 9999),
      dailyPrice('전기동', '2024-03-01', 10000),
      dailyPrice('전기동', '2024-03-04', 10800),
      dailyPrice('전기동', '2024-03-05', 20000),
      dailyPrice('전기동', '2024-06-30', 20000),
    ];
    const result = compute(engineInput({ agreements: [row], prices, asOf: '2024-03-31' }));
    const [evaluation] = result.evaluations;
    expect(evaluation?.basePrice.toFixed()).toBe('9000');
    expect(evaluation?.comparisonPrice.toFixed()).toBe('10800');
    expect(evaluation?.comparisonReference).toBe('2024-03-04');
    expect(result.adjustments[0]?.unitPriceAfter.toFixed()).toBe('13600');
  });

  it('converts a point price at the FX rate in force on the reference date', () => {
    const row = agreementRow({ index: 'LME', quantityPerUnit: new D('0.001'), unitPrice: new D(30000) });
    const result = compute(
      engineInput({
        agreements: [row],
        prices: monthlyPrices('LME', '2024-01', [9000, 9500, 10000], 'USD'),
        fxRates: monthlyFx('USD', '2024-01', [1300, 1310, 1320]),
        asOf: '2024-04-01',
      }),
    );
    const [evaluation] = result.evaluations;
    expect(evaluation?.basePrice.toFixed()).toBe('11700000');
    expect(evaluation?.comparisonPrice.toFixed()).toBe('13200000');
    expect(evaluation?.unitPriceDelta.toFixed()).toBe('1500');
  });
});

describe('averaged prices', () => {
  it('averages monthly means over N months ending with the base month and with the month before d', () => {
    const row = agreementRow({ averagingMonths: 3, basePoint: { date: '2024-03-01', granularity: 'month' } });
    // January has two daily observations: its monthly mean is 9,000.
    const prices = [
      dailyPrice('전기동', '2024-01-05', 8000),
      dailyPrice('전기동', '2024-01-25', 10000),
      ...monthlyPrices('전기동', '2024-02', [9000, 9300, 10000, 10500, 11000, 11400]),
    ];
    const result = compute(engineInput({ agreements: [row], prices, asOf: '2024-07-01' }));
    expect(codes(result, 'error')).toEqual([]);
    // firstAdjustment 2024-04-01 is before the base window ends in March: the workbook reader
    // rejects that; the engine still evaluates it against the window Jan–Mar.
    const evaluationsByDate = new Map(
      result.evaluations.map((evaluation) => [evaluation.adjustmentDate, evaluation]),
    );
    const april = evaluationsByDate.get('2024-04-01');
    expect(april?.baseReference).toBe('2024-01~2024-03');
    expect(april?.basePrice.toFixed()).toBe('9100');
    expect(april?.comparisonReference).toBe('2024-01~2024-03');
    const july = evaluationsByDate.get('2024-07-01');
    expect(july?.comparisonReference).toBe('2024-04~2024-06');
    expect(july?.comparisonPrice.toFixed()).toBe('10500');
    expect(july?.triggered).toBe(true);
    expect(july?.unitPriceDelta.toFixed()).toBe('2800');
  });

  it('keeps an averaged mean exact to 40 digits and rounds only the unit price', () => {
    const row = agreementRow({
      averagingMonths: 3,
      firstAdjustment: '2024-07-01',
      quantityPerUnit: new D(1),
    });
    const prices = monthlyPrices('전기동', '2023-11', [1000, 1000, 1001, 1100, 1100, 1200, 1200, 1401]);
    const result = compute(engineInput({ agreements: [row], prices, asOf: '2024-07-01' }));
    const [evaluation] = result.evaluations;
    expect(evaluation?.basePrice.toFixed()).toBe('1000.333333333333333333333333333333333333');
    expect(evaluation?.comparisonPrice.toFixed()).toBe('1267');
    expect(result.adjustments[0]?.unitPriceAfter.toFixed()).toBe('10267');
  });

  it('reports a month of the window without observations, naming index and month', () => {
    const row = agreementRow({ averagingMonths: 3 });
    const prices = [
      ...monthlyPrices('전기동', '2023-11', [1000, 1000, 1000]),
      ...monthlyPrices('전기동', '2024-03', [1000, 1000, 1000]),
    ];
    const result = compute(engineInput({ agreements: [row], prices, asOf: '2024-04-01' }));
    const problem = result.issues.find((issue) => issue.code === 'MONTH_WITHOUT_PRICE');
    expect(problem?.severity).toBe('error');
    expect(problem?.sheet).toBe('연동약정');
    expect(problem?.cell).toBe(row.origin.cells['index']);
    expect(problem?.text.ko).toContain('2024-02월');
    expect(problem?.text.ko).toContain('전기동');
    expect(problem?.text.en).toContain('2024-02');
    expect(result.items[0]?.complete).toBe(false);
  });

  it('reports a missing FX month for a foreign index', () => {
    const row = agreementRow({ index: 'LME', averagingMonths: 2, quantityPerUnit: new D('0.001') });
    const result = compute(
      engineInput({
        agreements: [row],
        prices: monthlyPrices('LME', '2023-12', [8800, 9000, 9500, 10000], 'USD'),
        fxRates: [...monthlyFx('USD', '2023-12', [1290, 1300]), ...monthlyFx('USD', '2024-03', [1320])],
        asOf: '2024-04-01',
      }),
    );
    expect(codes(result, 'error')).toEqual(['FX_MISSING']);
    expect(result.issues[0]?.text.ko).toContain('2024-02월 환율');
  });

  it('waits for the FX rate: by default no adjustment is evaluated before every rate is there', () => {
    const row = agreementRow({ index: 'LME', averagingMonths: 1, quantityPerUnit: new D('0.001') });
    const result = compute(
      engineInput({
        agreements: [row],
        prices: monthlyPrices('LME', '2024-01', [9000, 9500, 10000], 'USD'),
        fxRates: monthlyFx('USD', '2024-01', [1300, 1310]),
      }),
    );
    expect(result.asOf).toBe('2024-02-01');
    expect(result.evaluations).toEqual([]);
    expect(result.issues).toEqual([]);
  });
});

describe('errors', () => {
  it('a currency without any FX series is an error, not a crash', () => {
    const row = agreementRow({ index: 'LME' });
    const result = compute(
      engineInput({
        agreements: [row],
        prices: monthlyPrices('LME', '2024-01', [1, 2, 3], 'EUR'),
        asOf: '2024-04-01',
      }),
    );
    expect(codes(result, 'error')).toEqual(['FX_MISSING']);
    expect(result.adjustments).toEqual([]);
  });

  it('an as-of date beyond the prices uses the last price and warns, naming the dates', () => {
    const result = compute(
      engineInput({
        agreements: [agreementRow()],
        prices: monthlyPrices('전기동', '2024-01', [9000, 9000, 10080]),
        asOf: '2024-07-01',
      }),
    );
    expect(result.adjustments.map((adjustment) => adjustment.unitPriceAfter.toFixed())).toEqual(['12160']);
    // 2024-04-01 compares against 2024-03-31, inside March's observation: no warning for it.
    expect(result.evaluations.map((evaluation) => evaluation.adjustmentDate)).toEqual([
      '2024-04-01',
      '2024-07-01',
    ]);
    expect(result.issues.map((issue) => [issue.severity, issue.code])).toEqual([
      ['warning', 'PRICE_BEYOND_DATA'],
    ]);
    expect(result.issues[0]?.text.ko).toContain('2024-06-30');
    expect(result.issues[0]?.text.ko).toContain('2024-03-01');
  });

  it('a base point before the first price is an error at the 기준시점 cell', () => {
    const row = agreementRow({ basePoint: { date: '2023-06-01', granularity: 'month' } });
    const result = compute(
      engineInput({ agreements: [row], prices: monthlyPrices('전기동', '2024-01', [1, 2, 3]) }),
    );
    const problem = result.issues.find((issue) => issue.severity === 'error');
    expect(problem?.code).toBe('PRICE_BEFORE_SERIES');
    expect(problem?.cell).toBe(row.origin.cells['basePoint']);
  });

  it('rows of one item that disagree on unit price stop that item only', () => {
    const rows = [
      agreementRow({ item: '브래킷', material: '강판' }),
      agreementRow({ item: '브래킷', material: '수지', unitPrice: new D(10001) }),
      agreementRow({ item: '하우징' }),
    ];
    const result = compute(
      engineInput({
        agreements: rows,
        prices: monthlyPrices('전기동', '2024-01', [9000, 9000, 10080]),
        asOf: '2024-04-01',
      }),
    );
    const problem = result.issues.find((issue) => issue.code === 'ITEM_ROWS_DISAGREE');
    expect(problem?.cell).toBe(rows[1]?.origin.cells['unitPrice']);
    expect(result.adjustments.map((adjustment) => adjustment.item)).toEqual(['하우징']);
    expect(result.items.map((item) => [item.item, item.complete])).toEqual([
      ['브래킷', false],
      ['하우징', true],
    ]);
  });

  it('an adjustment that would make the price zero or negative is an error', () => {
    const row = agreementRow({ unitPrice: new D(1000) });
    const result = compute(
      engineInput({
        agreements: [row],
        prices: monthlyPrices('전기동', '2024-01', [9000, 9000, 8000]),
        asOf: '2024-04-01',
      }),
    );
    expect(codes(result, 'error')).toEqual(['UNIT_PRICE_NOT_POSITIVE']);
    expect(result.adjustments).toEqual([]);
  });
});

describe('legal warnings (never a refusal)', () => {
  it('flags the four exemptions, a threshold over 10 % and a share under 10 %, and still computes', () => {
    const row = agreementRow({
      buyerSize: 'small',
      contractStart: '2024-01-01',
      contractEnd: '2024-03-30',
      contractAmount: new D(80_000_000),
      optedOut: true,
      threshold: new D('0.12'),
      quantityPerUnit: new D('0.1'),
      firstAdjustment: '2024-03-01',
      cycleMonths: 1,
    });
    const result = compute(
      engineInput({ agreements: [row], prices: monthlyPrices('전기동', '2024-01', [9000, 10800, 10800]) }),
    );
    expect(codes(result, 'error')).toEqual([]);
    expect(codes(result, 'warning').sort()).toEqual(
      [
        'EXEMPT_OPTED_OUT',
        'EXEMPT_SHORT_CONTRACT',
        'EXEMPT_SMALL_AMOUNT',
        'EXEMPT_SMALL_BUYER',
        'MATERIAL_SHARE_BELOW_KEY',
        'THRESHOLD_ABOVE_LEGAL',
      ].sort(),
    );
    // 0.1 kg × 9,000 = 900 of 10,000: 9 %, which still meets the Gyeonggi programme's 5 %.
    expect(result.issues.find((issue) => issue.code === 'MATERIAL_SHARE_BELOW_KEY')?.text.ko).toContain('9%');
    expect(result.adjustments.map((adjustment) => adjustment.unitPriceAfter.toFixed())).toEqual(['10180']);
  });

  it('says nothing for a compliant agreement', () => {
    const row = agreementRow({
      buyerSize: 'large',
      contractStart: '2024-01-01',
      contractEnd: '2025-12-31',
      contractAmount: new D(500_000_000),
    });
    const result = compute(
      engineInput({ agreements: [row], prices: monthlyPrices('전기동', '2024-01', [9000]) }),
    );
    expect(result.issues).toEqual([]);
  });
});

describe('effective dates and deliveries', () => {
  it('prices each delivery at the adjustment in effect on its date', () => {
    const row = agreementRow({ cycleMonths: 1, firstAdjustment: '2024-02-01', effectiveLagDays: 14 });
    const prices = monthlyPrices('전기동', '2024-01', [9000, 10000, 10000, 9000]);
    const deliveries = [
      delivery('동 케이블', '2024-02-10', 100),
      delivery('동 케이블', '2024-03-15', 200),
      delivery('동 케이블', '2024-04-20', 50),
      delivery('동 케이블', '2024-05-20', 10),
    ];
    const result = compute(engineInput({ agreements: [row], prices, deliveries, asOf: '2024-05-01' }));
    expect(
      result.adjustments.map((adjustment) => [
        adjustment.adjustmentDate,
        adjustment.effectiveDate,
        adjustment.unitPriceBefore.toFixed(),
        adjustment.unitPriceAfter.toFixed(),
      ]),
    ).toEqual([
      ['2024-03-01', '2024-03-15', '10000', '12000'],
      ['2024-05-01', '2024-05-15', '12000', '10000'],
    ]);
    const [rise, fall] = result.adjustments;
    expect(
      rise?.deliveries.map((d) => [
        d.date,
        d.amountBefore.toFixed(),
        d.amountAfter.toFixed(),
        d.adjustmentAmount.toFixed(),
      ]),
    ).toEqual([
      ['2024-03-15', '2000000', '2400000', '400000'],
      ['2024-04-20', '500000', '600000', '100000'],
    ]);
    expect(fall?.deliveries.map((d) => d.adjustmentAmount.toFixed())).toEqual(['-20000']);
  });

  it('leaves a delivery of an unknown item unpriced (the sheet reader reports it, once)', () => {
    const result = compute(
      engineInput({
        agreements: [agreementRow()],
        prices: monthlyPrices('전기동', '2024-01', [9000, 9500, 10080]),
        deliveries: [delivery('없는 물품', '2024-05-01', 5), delivery('동 케이블', '2024-05-01', 5)],
        asOf: '2024-04-01',
      }),
    );
    expect(result.issues).toEqual([]);
    expect(result.adjustments[0]?.deliveries.map((d) => d.adjustmentAmount.toFixed())).toEqual(['10800']);
  });
});
