import { D } from '../../src/domain/decimal';
import { compute } from '../../src/domain/engine';
import type { ComputeResult, FxObservation } from '../../src/domain/types';
import { agreementRow, dailyPrice, day, engineInput, month, monthlyPrices } from './builders';

/** DOMAIN.md §3.5 examples 9–16: the standard agreement's rules and the guidebook's own 작성예시. */

function pricesAfter(result: ComputeResult): string[] {
  return result.adjustments.map(
    (adjustment) => `${adjustment.adjustmentDate} ${adjustment.unitPriceAfter.toFixed()}`,
  );
}

function errorsOf(result: ComputeResult): string[] {
  return result.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.code);
}

function outcomes(result: ComputeResult): string[] {
  return result.evaluations.map((evaluation) => `${evaluation.adjustmentDate} ${evaluation.outcome}`);
}

function fxOn(date: string, rate: number): FxObservation {
  return {
    origin: { sheet: '환율', row: 2, cells: {} },
    currency: 'USD',
    point: day(date),
    rate: new D(rate),
  };
}

describe('DOMAIN.md §3.5 worked examples 9–12 (standard agreement rules)', () => {
  it('9. 0 % threshold: +1 % moves the price, an unchanged index does not, the fall comes back to 10,000', () => {
    const result = compute(
      engineInput({
        agreements: [agreementRow({ threshold: new D(0), cycleMonths: 1, firstAdjustment: '2024-03-01' })],
        prices: monthlyPrices('전기동', '2024-01', [9000, 9090, 9090, 9000]),
        asOf: '2024-05-01',
      }),
    );
    expect(errorsOf(result)).toEqual([]);
    expect(outcomes(result)).toEqual([
      '2024-03-01 triggered',
      '2024-04-01 priceUnchanged',
      '2024-05-01 triggered',
    ]);
    expect(result.evaluations[0]?.unitPriceDelta.toFixed()).toBe('180');
    expect(result.evaluations[1]?.unitPriceDelta.toFixed()).toBe('0');
    expect(result.evaluations[2]?.basePrice.toFixed()).toBe('9090');
    expect(result.evaluations[2]?.unitPriceDelta.toFixed()).toBe('-180');
    expect(pricesAfter(result)).toEqual(['2024-03-01 10180', '2024-05-01 10000']);
    expect(result.issues.map((issue) => issue.code)).toEqual([]);
  });

  it('10. 변동률 compounds on the price in force: 21,000 then 22,050 (비중 would give 22,100)', () => {
    const rate = agreementRow({
      unitPrice: new D(20000),
      formula: 'rate',
      quantityPerUnit: null,
      materialShare: new D('0.5'),
      threshold: new D('0.05'),
      cycleMonths: 1,
      firstAdjustment: '2024-03-01',
    });
    const prices = monthlyPrices('전기동', '2024-01', [1000, 1100, 1210]);
    const result = compute(engineInput({ agreements: [rate], prices, asOf: '2024-04-01' }));
    expect(errorsOf(result)).toEqual([]);
    expect(result.adjustments.map((a) => a.materials[0]?.unitPriceDelta.toFixed())).toEqual(['1000', '1050']);
    expect(result.adjustments[1]?.materials[0]?.basePrice.toFixed()).toBe('1100');
    expect(result.adjustments[1]?.materials[0]?.materialContent.toDecimalPlaces(6).toFixed()).toBe(
      '9.545455',
    );
    expect(pricesAfter(result)).toEqual(['2024-03-01 21000', '2024-04-01 22050']);

    const share = compute(
      engineInput({ agreements: [{ ...rate, formula: 'share' }], prices, asOf: '2024-04-01' }),
    );
    expect(pricesAfter(share)).toEqual(['2024-03-01 21000', '2024-04-01 22100']);
  });

  it('11. the base rolls only when the price changed: +10 % rounds away, +20 % against 9,000 gives 1,001', () => {
    const result = compute(
      engineInput({
        agreements: [
          agreementRow({
            unitPrice: new D(1000),
            quantityPerUnit: new D('0.0004'),
            threshold: new D('0.05'),
            cycleMonths: 1,
            firstAdjustment: '2024-03-01',
          }),
        ],
        prices: monthlyPrices('전기동', '2024-01', [9000, 9900, 10800]),
        asOf: '2024-04-01',
      }),
    );
    expect(outcomes(result)).toEqual(['2024-03-01 priceUnchanged', '2024-04-01 triggered']);
    expect(result.evaluations[0]?.unitPriceDelta.toFixed()).toBe('0.36');
    expect(result.evaluations[1]?.basePrice.toFixed()).toBe('9000');
    expect(result.evaluations[1]?.unitPriceDelta.toFixed()).toBe('0.72');
    expect(pricesAfter(result)).toEqual(['2024-04-01 1001']);
    expect(result.items[0]?.currentUnitPrice.toFixed()).toBe('1001');
  });

  it('12. 상승만: a −12 % fall is not reflected (base stays 9,000, with a warning); +12 % then gives 12,160', () => {
    const row = agreementRow({ direction: 'riseOnly', cycleMonths: 1, firstAdjustment: '2024-03-01' });
    const result = compute(
      engineInput({
        agreements: [row],
        prices: monthlyPrices('전기동', '2024-01', [9000, 7920, 10080]),
        asOf: '2024-04-01',
      }),
    );
    expect(errorsOf(result)).toEqual([]);
    expect(outcomes(result)).toEqual(['2024-03-01 wrongDirection', '2024-04-01 triggered']);
    expect(result.evaluations[1]?.basePrice.toFixed()).toBe('9000');
    expect(pricesAfter(result)).toEqual(['2024-04-01 12160']);
    const warning = result.issues.find((issue) => issue.code === 'ONE_DIRECTION_ONLY');
    expect(warning?.severity).toBe('warning');
    expect(warning?.text.ko).toMatch(/상승 때만/);
    expect(warning?.text.en).toMatch(/only when prices rise/);
  });

  it('12′. 하락만 mirrors it: a rise is not reflected, the fall is', () => {
    const row = agreementRow({ direction: 'fallOnly', cycleMonths: 1, firstAdjustment: '2024-03-01' });
    const result = compute(
      engineInput({
        agreements: [row],
        prices: monthlyPrices('전기동', '2024-01', [9000, 10080, 7920]),
        asOf: '2024-04-01',
      }),
    );
    expect(outcomes(result)).toEqual(['2024-03-01 wrongDirection', '2024-04-01 triggered']);
    expect(pricesAfter(result)).toEqual(['2024-04-01 7840']);
  });
});

describe('DOMAIN.md §3.5 examples 13–16: the guidebook 작성예시 1–4 with their published results', () => {
  it('13. 작성예시 1 (모든 경우): 동 2 kg + 5,000원, 0 %, 전월 평균 → 29,000 then 31,000', () => {
    const row = agreementRow({
      unitPrice: new D(25000),
      material: '동',
      index: '동',
      quantityPerUnit: new D(2),
      basePoint: month('2022-12'),
      threshold: new D(0),
      cycleMonths: 1,
      firstAdjustment: '2023-02-01',
      averagingMonths: 1,
      priceDecimals: 2,
      rounding: 'down',
    });
    const result = compute(
      engineInput({
        agreements: [row],
        prices: monthlyPrices('동', '2022-12', [10000, 12000, 13000]),
        asOf: '2023-03-01',
      }),
    );
    expect(errorsOf(result)).toEqual([]);
    expect(pricesAfter(result)).toEqual(['2023-02-01 29000', '2023-03-01 31000']);
  });

  it('14. 작성예시 2 (환율 in the formula): 30,000; no change on an FX move alone; 34,410', () => {
    const row = agreementRow({
      unitPrice: new D(29000),
      material: '니켈',
      index: 'LME 니켈',
      quantityPerUnit: new D('0.001'),
      basePoint: month('2022-12'),
      threshold: new D('0.03'),
      cycleMonths: 1,
      firstAdjustment: '2023-02-01',
      averagingMonths: 1,
      fxPlacement: 'formula',
    });
    const result = compute(
      engineInput({
        agreements: [row],
        prices: monthlyPrices('LME 니켈', '2022-12', [20000, 21000, 21300, 23100], 'USD'),
        fxRates: [fxOn('2022-12-01', 1000), fxOn('2023-03-01', 1080), fxOn('2023-04-01', 1100)],
        asOf: '2023-04-01',
      }),
    );
    expect(errorsOf(result)).toEqual([]);
    expect(outcomes(result)).toEqual([
      '2023-02-01 triggered',
      '2023-03-01 belowThreshold',
      '2023-04-01 triggered',
    ]);
    const [february, , april] = result.evaluations;
    expect(february?.currency).toBe('USD');
    expect([february?.basePrice.toFixed(), february?.comparisonPrice.toFixed()]).toEqual(['20000', '21000']);
    expect([february?.fx?.base.toFixed(), february?.fx?.comparison.toFixed()]).toEqual(['1000', '1000']);
    // March: +1.4 % in dollars while FX rose 8 %: no adjustment.
    expect(result.evaluations[1]?.changeRate.toDecimalPlaces(4).toFixed()).toBe('0.0143');
    expect([april?.basePrice.toFixed(), april?.comparisonPrice.toFixed()]).toEqual(['21000', '23100']);
    expect([april?.fx?.base.toFixed(), april?.fx?.comparison.toFixed()]).toEqual(['1000', '1100']);
    expect(april?.movedAmount.toFixed()).toBe('4410000');
    expect(april?.unitPriceDelta.toFixed()).toBe('4410');
    expect(pricesAfter(result)).toEqual(['2023-02-01 30000', '2023-04-01 34410']);
  });

  it('14′. with FX in the indicator (the default) the same FX move alone would trigger', () => {
    const row = agreementRow({
      unitPrice: new D(29000),
      index: 'LME 니켈',
      quantityPerUnit: new D('0.001'),
      basePoint: month('2022-12'),
      threshold: new D('0.03'),
      cycleMonths: 1,
      firstAdjustment: '2023-02-01',
    });
    const result = compute(
      engineInput({
        agreements: [row],
        prices: [
          dailyPrice('LME 니켈', '2022-12-01', 20000, 'USD'),
          dailyPrice('LME 니켈', '2023-02-01', 20000, 'USD'),
        ],
        fxRates: [fxOn('2022-12-01', 1000), fxOn('2023-02-15', 1080)],
        asOf: '2023-03-01',
      }),
    );
    expect(outcomes(result)).toEqual(['2023-02-01 belowThreshold', '2023-03-01 triggered']);
  });

  it('15. 작성예시 3 (분기, 3-month averages): Q4 10,000,000 → Q1 11,000,000 gives 21,000,000', () => {
    const row = agreementRow({
      unitPrice: new D(20_000_000),
      quantityPerUnit: new D(1),
      basePoint: month('2022-12'),
      threshold: new D('0.03'),
      cycleMonths: 3,
      firstAdjustment: '2023-04-01',
      averagingMonths: 3,
    });
    const result = compute(
      engineInput({
        agreements: [row],
        prices: monthlyPrices(
          '전기동',
          '2022-10',
          [9_500_000, 10_000_000, 10_500_000, 10_500_000, 11_000_000, 11_500_000],
        ),
        asOf: '2023-04-01',
      }),
    );
    expect(errorsOf(result)).toEqual([]);
    const [evaluation] = result.evaluations;
    expect([evaluation?.baseReference, evaluation?.comparisonReference]).toEqual([
      '2022-10~2022-12',
      '2023-01~2023-03',
    ]);
    expect([evaluation?.basePrice.toFixed(), evaluation?.comparisonPrice.toFixed()]).toEqual([
      '10000000',
      '11000000',
    ]);
    expect(pricesAfter(result)).toEqual(['2023-04-01 21000000']);
  });

  it('16. 작성예시 4 (수시): each new purchase-contract price is an adjustment date → 1,050,000 then 1,100,000', () => {
    const row = agreementRow({
      unitPrice: new D(1_000_000),
      material: '경강선재',
      index: '경강선재 구매계약',
      quantityPerUnit: new D(1),
      basePoint: day('2023-02-01'),
      threshold: new D(0),
      cycleMonths: 'event',
      firstAdjustment: null,
    });
    const result = compute(
      engineInput({
        agreements: [row],
        prices: [
          dailyPrice('경강선재 구매계약', '2023-02-01', 500_000),
          dailyPrice('경강선재 구매계약', '2023-06-01', 550_000),
          dailyPrice('경강선재 구매계약', '2023-09-01', 600_000),
        ],
        asOf: null,
      }),
    );
    expect(errorsOf(result)).toEqual([]);
    expect(result.asOf).toBe('2023-09-01');
    expect(
      result.evaluations.map((e) => [e.adjustmentDate, e.comparisonReference, e.comparisonPrice.toFixed()]),
    ).toEqual([
      ['2023-06-01', '2023-06-01', '550000'],
      ['2023-09-01', '2023-09-01', '600000'],
    ]);
    expect(pricesAfter(result)).toEqual(['2023-06-01 1050000', '2023-09-01 1100000']);
  });
});
