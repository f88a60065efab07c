import { D } from '../../src/domain/decimal';
import { compute } from '../../src/domain/engine';
import { agreementRow, engineInput, month, monthlyFx, monthlyPrices } from './builders';

/** 환율반영 '산식' (F4) where it does not apply: an input error, or a warning when it has no effect. */

const usdPrices = monthlyPrices('LME 니켈', '2023-12', [20000, 21000, 21300, 23100], 'USD');
const fx = monthlyFx('USD', '2023-12', [1000, 1000, 1080, 1100]);

function run(overrides: Parameters<typeof agreementRow>[0]) {
  const row = agreementRow({
    index: 'LME 니켈',
    unitPrice: new D(29000),
    quantityPerUnit: new D('0.001'),
    basePoint: month('2023-12'),
    threshold: new D('0.03'),
    cycleMonths: 1,
    firstAdjustment: '2024-02-01',
    fxPlacement: 'formula',
    ...overrides,
  });
  return compute(engineInput({ agreements: [row], prices: usdPrices, fxRates: fx, asOf: '2024-04-01' }));
}

describe('FX in the formula (F4)', () => {
  it.each([
    ['비중', { formula: 'share', quantityPerUnit: null, materialShare: new D('0.7') }],
    ['변동률', { formula: 'rate', quantityPerUnit: null, materialShare: new D('0.7') }],
    ['초과분', { reflectionMode: 'excess' }],
  ] as const)('is refused with %s, naming the 환율반영 cell', (_label, overrides) => {
    const result = run(overrides);
    expect(result.issues.map((issue) => [issue.severity, issue.code])).toEqual([
      ['error', 'FX_IN_FORMULA_TERMS'],
    ]);
    expect(result.adjustments).toEqual([]);
    expect(result.items[0]?.complete).toBe(false);
  });

  it('converts at the rate of each side: base at its rate, comparison at the adjustment day’s', () => {
    const result = run({});
    expect(result.issues).toEqual([]);
    const [first] = result.adjustments;
    // 02-01: 0.001 × (21,000 × 1,080 − 20,000 × 1,000) = 2,680; the rate dated 02-01 is in force that day.
    expect([first?.materials[0]?.fx?.base.toFixed(), first?.materials[0]?.fx?.comparison.toFixed()]).toEqual([
      '1000',
      '1080',
    ]);
    // 04-01: 0.001 × (23,100 × 1,100 − 21,000 × 1,080) = 2,730, against the base's rate of 02-01.
    expect(result.adjustments[1]?.materials[0]?.fx?.base.toFixed()).toBe('1080');
    expect(result.adjustments.map((a) => a.unitPriceAfter.toFixed())).toEqual(['31680', '34410']);
  });

  it('warns that it has no effect on a KRW index and computes as usual', () => {
    const row = agreementRow({ fxPlacement: 'formula' });
    const result = compute(
      engineInput({
        agreements: [row],
        prices: monthlyPrices('전기동', '2024-01', [9000, 9500, 10080]),
        asOf: '2024-04-01',
      }),
    );
    expect(result.issues.map((issue) => [issue.severity, issue.code])).toEqual([
      ['warning', 'FX_PLACEMENT_UNUSED'],
    ]);
    expect(result.adjustments.map((a) => a.unitPriceAfter.toFixed())).toEqual(['12160']);
    expect(result.adjustments[0]?.materials[0]?.fx).toBeNull();
  });
});
