import { D } from '../../src/domain/decimal';
import { compute } from '../../src/domain/engine';
import type { ComputeResult } from '../../src/domain/types';
import { agreementRow, engineInput, monthlyFx, monthlyPrices } from './builders';

/** Unit prices after each adjustment of the first item, as plain strings. */
function pricesAfter(result: ComputeResult): string[] {
  return result.adjustments.map((adjustment) => adjustment.unitPriceAfter.toFixed());
}

function errorsOf(result: ComputeResult): string[] {
  return result.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.code);
}

describe('DOMAIN.md §3.5 worked examples', () => {
  it('1. 투입량, point prices: copper 2 kg, 9,000 → 10,080 (+12 %) gives 12,160', () => {
    const result = compute(
      engineInput({
        agreements: [agreementRow()],
        prices: monthlyPrices('전기동', '2024-01', [9000, 9500, 10080]),
        asOf: '2024-04-01',
      }),
    );
    expect(errorsOf(result)).toEqual([]);
    expect(result.asOf).toBe('2024-04-01');
    expect(result.issues).toEqual([]);
    expect(result.adjustments).toHaveLength(1);
    const [adjustment] = result.adjustments;
    expect(adjustment?.adjustmentDate).toBe('2024-04-01');
    expect(adjustment?.unitPriceBefore.toFixed()).toBe('10000');
    const [copper] = adjustment?.materials ?? [];
    expect(copper?.basePrice.toFixed()).toBe('9000');
    expect(copper?.comparisonPrice.toFixed()).toBe('10080');
    expect(copper?.changeRate.toFixed()).toBe('0.12');
    expect(copper?.unitPriceDelta.toFixed()).toBe('2160');
    expect(adjustment?.unitPriceAfter.toFixed()).toBe('12160');
  });

  it('2. below the threshold nothing moves and the base stays; the next cycle triggers against 9,000', () => {
    const result = compute(
      engineInput({
        agreements: [agreementRow()],
        prices: monthlyPrices('전기동', '2024-01', [9000, 9400, 9810, 9850, 9900, 9990]),
        asOf: '2024-07-01',
      }),
    );
    expect(errorsOf(result)).toEqual([]);
    expect(result.evaluations.map((evaluation) => [evaluation.adjustmentDate, evaluation.triggered])).toEqual(
      [
        ['2024-04-01', false],
        ['2024-07-01', true],
      ],
    );
    expect(result.evaluations[0]?.changeRate.toFixed()).toBe('0.09');
    expect(result.evaluations[1]?.basePrice.toFixed()).toBe('9000');
    expect(result.evaluations[1]?.unitPriceDelta.toFixed()).toBe('1980');
    expect(pricesAfter(result)).toEqual(['11980']);
    expect(result.items[0]?.currentUnitPrice.toFixed()).toBe('11980');
  });

  it('3. a fall lowers the price exactly as a rise raises it: 9,000 → 7,920 gives 7,840', () => {
    const result = compute(
      engineInput({
        agreements: [agreementRow()],
        prices: monthlyPrices('전기동', '2024-01', [9000, 8500, 7920]),
        asOf: '2024-04-01',
      }),
    );
    expect(result.adjustments[0]?.materials[0]?.unitPriceDelta.toFixed()).toBe('-2160');
    expect(pricesAfter(result)).toEqual(['7840']);
  });

  it('4. 비중: U₀ 50,000, share 40 %, B₀ 800 → q 25; 900 with 5 % threshold and 80 % ratio gives 52,000', () => {
    const row = agreementRow({
      unitPrice: new D(50000),
      formula: 'share',
      quantityPerUnit: null,
      materialShare: new D('0.4'),
      threshold: new D('0.05'),
      reflectionRatio: new D('0.8'),
    });
    const result = compute(
      engineInput({
        agreements: [row],
        prices: monthlyPrices('전기동', '2024-01', [800, 850, 900]),
        asOf: '2024-04-01',
      }),
    );
    const [material] = result.adjustments[0]?.materials ?? [];
    expect(material?.materialContent.toFixed()).toBe('25');
    expect(material?.changeRate.toFixed()).toBe('0.125');
    expect(material?.unitPriceDelta.toFixed()).toBe('2000');
    expect(pricesAfter(result)).toEqual(['52000']);
  });

  it('5. 초과분: only the move beyond the 10 % band is reflected: 10,360', () => {
    const result = compute(
      engineInput({
        agreements: [agreementRow({ reflectionMode: 'excess' })],
        prices: monthlyPrices('전기동', '2024-01', [9000, 9500, 10080]),
        asOf: '2024-04-01',
      }),
    );
    const [copper] = result.adjustments[0]?.materials ?? [];
    expect(copper?.movedAmount.toFixed()).toBe('180');
    expect(copper?.unitPriceDelta.toFixed()).toBe('360');
    expect(pricesAfter(result)).toEqual(['10360']);
  });

  it('6. two materials: only steel triggers (225 → 3,225) and resin keeps its 2,000 base', () => {
    const steel = agreementRow({
      item: '브래킷',
      unitPrice: new D(3000),
      material: '강판',
      index: '열연강판',
      quantityPerUnit: new D('1.5'),
    });
    const resin = agreementRow({
      item: '브래킷',
      unitPrice: new D(3000),
      material: '수지',
      index: 'PP',
      quantityPerUnit: new D('0.2'),
    });
    const result = compute(
      engineInput({
        agreements: [steel, resin],
        prices: [
          ...monthlyPrices('열연강판', '2024-01', [1000, 1100, 1150, 1150, 1150, 1160]),
          ...monthlyPrices('PP', '2024-01', [2000, 2050, 2100, 2150, 2180, 2210]),
        ],
        asOf: '2024-07-01',
      }),
    );
    expect(errorsOf(result)).toEqual([]);
    const [first, second] = result.adjustments;
    expect(first?.materials.map((m) => [m.material, m.triggered, m.unitPriceDelta.toFixed()])).toEqual([
      ['강판', true, '225'],
      ['수지', false, '0'],
    ]);
    expect(first?.unitPriceAfter.toFixed()).toBe('3225');
    // Next cycle: resin 2,210 is +10.5 % against its unchanged 2,000 base; steel +0.87 % against 1,150.
    const resinLater = second?.materials.find((m) => m.material === '수지');
    expect(resinLater?.basePrice.toFixed()).toBe('2000');
    expect(resinLater?.unitPriceDelta.toFixed()).toBe('42');
    expect(second?.materials.find((m) => m.material === '강판')?.basePrice.toFixed()).toBe('1150');
    expect(second?.unitPriceAfter.toFixed()).toBe('3267');
  });

  describe('7. rounding of U₀ 1,234 + δ 10.5', () => {
    const cases: [string, 'halfUp' | 'down' | 'up', number, string][] = [
      ['반올림', 'halfUp', 0, '1245'],
      ['절사', 'down', 0, '1244'],
      ['올림', 'up', 0, '1245'],
      ['소수 둘째 자리', 'halfUp', 2, '1244.5'],
    ];
    it.each(cases)('%s', (_label, rounding, priceDecimals, expected) => {
      // q 1.5 × (107 − 100) = 10.5 with a 5 % threshold.
      const row = agreementRow({
        unitPrice: new D(1234),
        quantityPerUnit: new D('1.5'),
        threshold: new D('0.05'),
        rounding,
        priceDecimals,
      });
      const result = compute(
        engineInput({
          agreements: [row],
          prices: monthlyPrices('전기동', '2024-01', [100, 103, 107]),
          asOf: '2024-04-01',
        }),
      );
      expect(result.adjustments[0]?.unitPriceExact.toFixed()).toBe('1244.5');
      expect(result.adjustments[0]?.unitPriceAfter.toFixed()).toBe(expected);
      expect(result.adjustments[0]?.unitPriceAfter.toFixed(priceDecimals)).toBe(
        priceDecimals === 2 ? '1244.50' : expected,
      );
    });
  });

  it('8. FX: LME copper monthly averages in USD at monthly KRW/USD averages, 0.0005 t → δ 740', () => {
    const row = agreementRow({
      unitPrice: new D(20000),
      index: 'LME 전기동',
      quantityPerUnit: new D('0.0005'),
      averagingMonths: 1,
    });
    const result = compute(
      engineInput({
        agreements: [row],
        prices: monthlyPrices('LME 전기동', '2024-01', [8000, 8400, 8800], 'USD'),
        fxRates: monthlyFx('USD', '2024-01', [1300, 1320, 1350]),
        asOf: '2024-04-01',
      }),
    );
    expect(errorsOf(result)).toEqual([]);
    const [copper] = result.adjustments[0]?.materials ?? [];
    expect(copper?.basePrice.toFixed()).toBe('10400000');
    expect(copper?.comparisonPrice.toFixed()).toBe('11880000');
    expect(copper?.changeRate.toDecimalPlaces(4).toFixed()).toBe('0.1423');
    expect(copper?.unitPriceDelta.toFixed()).toBe('740');
    expect(pricesAfter(result)).toEqual(['20740']);
  });
});
