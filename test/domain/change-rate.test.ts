import fc from 'fast-check';
import { D, DisplayRatio } from '../../src/domain/decimal';
import { compute } from '../../src/domain/engine';
import { agreementRow, engineInput, monthlyPrices } from './builders';

/** Two items on one index: their evaluations read the same base and comparison prices. */
function evaluations(prices: number[]) {
  const result = compute(
    engineInput({
      agreements: [
        agreementRow({ item: '케이블 A', cycleMonths: 1, firstAdjustment: '2024-03-01' }),
        agreementRow({ item: '케이블 B', cycleMonths: 1, firstAdjustment: '2024-03-01' }),
      ],
      prices: monthlyPrices('전기동', '2024-01', prices),
      asOf: '2024-06-01',
    }),
  );
  return result.evaluations;
}

describe('change rate (P − B) / B', () => {
  it('is the quotient at display precision, for any pair of prices (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1000, max: 20_000 }), { minLength: 6, maxLength: 6 }),
        (prices) => {
          const all = evaluations(prices);
          // The first date (2024-03-01) compares February with the base, January: from the prices given.
          const [january = 0, february = 0] = prices;
          expect(all[0]?.changeRate.eq(new DisplayRatio(february).minus(january).dividedBy(january))).toBe(
            true,
          );
          for (const evaluation of all) {
            const expected = new DisplayRatio(
              evaluation.comparisonPrice.minus(evaluation.basePrice),
            ).dividedBy(evaluation.basePrice);
            expect(evaluation.changeRate.eq(expected)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is divided once per pair of prices: rows reading the same prices share one rate', () => {
    const [a, b, ...rest] = evaluations([9000, 9900, 10_890, 10_890, 9000, 9000]);
    const byItem = new Map<string, typeof rest>();
    for (const evaluation of [a, b, ...rest]) {
      if (!evaluation) continue;
      byItem.set(evaluation.item, [...(byItem.get(evaluation.item) ?? []), evaluation]);
    }
    const [first = [], second = []] = [...byItem.values()];
    expect(first.length).toBeGreaterThan(1);
    first.forEach((evaluation, index) => {
      const twin = second[index];
      expect(twin?.basePrice).toBe(evaluation.basePrice);
      expect(twin?.changeRate).toBe(evaluation.changeRate);
    });
    expect(first[0]?.changeRate.eq(new D('0.1'))).toBe(true);
  });
});
