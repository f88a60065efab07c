import fc from 'fast-check';
import { D } from '../../src/domain/decimal';
import { compute } from '../../src/domain/engine';
import { evaluateMove, type MaterialTerms } from '../../src/domain/formula';
import { agreementRow, engineInput } from './builders';
import { caseArb, engineCase, observation, threshold } from './random-items';
import { referencePrices } from './reference-model';

/** Properties of the standard agreement's rules (DOMAIN §3.3–3.4), and a random cross-check. */

describe('the engine against an independent rational-arithmetic reading of §3.3–3.4', () => {
  it('agrees to the won on every adjustment of random items (0 % thresholds, 변동률, one direction, 초과분)', () => {
    const seen = new Map<string, number>();
    const count = (key: string): void => void seen.set(key, (seen.get(key) ?? 0) + 1);
    fc.assert(
      fc.property(caseArb, ({ steps, cycle, item }) => {
        const expected = referencePrices(item, steps);
        const { input, stepOf } = engineCase(item, cycle, steps);
        const result = compute(input);
        if (expected === null) {
          expect(result.issues.map((issue) => issue.code)).toContain('UNIT_PRICE_NOT_POSITIVE');
          return;
        }
        expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
        result.adjustments.forEach(() => count('adjustment'));
        result.evaluations.forEach((evaluation) => count(`${evaluation.formula} ${evaluation.outcome}`));
        const actual = new Map(
          result.adjustments.map((adjustment) => [
            stepOf(adjustment.adjustmentDate),
            adjustment.unitPriceAfter.toFixed(),
          ]),
        );
        expect(actual).toEqual(expected);
      }),
      { numRuns: 300, seed: 2026_11_29 },
    );
    // The cases reach every rule, not only the easy ones.
    for (const key of [
      'adjustment',
      'rate triggered',
      'share triggered',
      'quantity triggered',
      'quantity priceUnchanged',
      'quantity wrongDirection',
      'rate belowThreshold',
    ]) {
      expect({ key, enough: (seen.get(key) ?? 0) >= 20 }).toEqual({ key, enough: true });
    }
  });
});

function terms(overrides: Partial<MaterialTerms>): MaterialTerms {
  return {
    formula: 'quantity',
    quantityPerUnit: new D(1),
    materialShare: null,
    originalUnitPrice: new D(10_000),
    originalBasePrice: new D(1_000),
    threshold: new D(0),
    reflectionRatio: new D(1),
    reflectionMode: 'whole',
    direction: 'both',
    ...overrides,
  };
}

describe('rule properties', () => {
  it('with a 0 % threshold every non-zero index move changes the price (and no move changes nothing)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 100_000 }),
        fc.integer({ min: -5_000, max: 5_000 }),
        fc.integer({ min: 1, max: 20 }),
        (base, move, quantity) => {
          fc.pre(base + move > 0);
          const row = agreementRow({
            threshold: new D(0),
            quantityPerUnit: new D(quantity),
            unitPrice: new D(1_000_000),
            cycleMonths: 1,
            firstAdjustment: '2024-03-01',
          });
          const result = compute(
            engineInput({
              agreements: [row],
              prices: [observation('전기동', 0, String(base)), observation('전기동', 1, String(base + move))],
              asOf: '2024-03-01',
            }),
          );
          expect(result.evaluations[0]?.outcome).toBe(move === 0 ? 'priceUnchanged' : 'triggered');
          expect(result.adjustments.map((a) => a.unitPriceAfter.toFixed())).toEqual(
            move === 0 ? [] : [String(1_000_000 + quantity * move)],
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('변동률 with one adjustment equals 비중 with the same share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 100_000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 100, max: 10_000 }),
        fc.integer({ min: 100, max: 10_000 }),
        fc.constantFrom('0', '0.03', '0.1'),
        fc.constantFrom('1', '0.7'),
        (unitPrice, sharePercent, base, comparison, t, rho) => {
          const common = {
            unitPrice: new D(unitPrice),
            quantityPerUnit: null,
            materialShare: new D(sharePercent).div(100),
            threshold: new D(t),
            reflectionRatio: new D(rho),
            cycleMonths: 1,
            firstAdjustment: '2024-03-01',
            priceDecimals: 2,
          } as const;
          const prices = [
            observation('전기동', 0, String(base)),
            observation('전기동', 1, String(comparison)),
          ];
          const run = (formula: 'share' | 'rate') =>
            compute(
              engineInput({ agreements: [agreementRow({ ...common, formula })], prices, asOf: '2024-03-01' }),
            );
          const [share, rate] = [run('share'), run('rate')];
          expect(rate.evaluations[0]?.unitPriceDelta.eq(share.evaluations[0]?.unitPriceDelta ?? -1)).toBe(
            true,
          );
          expect(rate.adjustments.map((a) => a.unitPriceAfter.toFixed())).toEqual(
            share.adjustments.map((a) => a.unitPriceAfter.toFixed()),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('변동률 after k rises of r each is U₀ · (1 + r · s · ρ)^k before rounding (it compounds)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 100_000 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 10, max: 100 }),
        fc.integer({ min: 50, max: 100 }),
        fc.integer({ min: 1, max: 6 }),
        (u0, ratePercent, sharePercent, ratioPercent, k) => {
          const r = new D(ratePercent).div(100);
          const s = new D(sharePercent).div(100);
          const rho = new D(ratioPercent).div(100);
          const rateTerms = terms({
            formula: 'rate',
            quantityPerUnit: null,
            materialShare: s,
            reflectionRatio: rho,
            threshold: r,
          });
          let price = new D(u0);
          let base = new D(1_000);
          for (let step = 0; step < k; step += 1) {
            const comparison = base.times(r.plus(1));
            const move = evaluateMove(rateTerms, base, comparison, { unitPriceBefore: price, fx: null });
            expect(move.outcome).toBe('triggered');
            price = price.plus(move.unitPriceDelta);
            base = comparison;
          }
          // Exact but for D's 40 significant digits (k steps of six-decimal factors pass 40 digits).
          const expected = new D(u0).times(r.times(s).times(rho).plus(1).pow(k));
          expect(price.toSignificantDigits(30).toFixed()).toBe(expected.toSignificantDigits(30).toFixed());
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a one-directional row never moves the price the other way', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('riseOnly' as const, 'fallOnly' as const),
        fc.integer({ min: 100, max: 10_000 }),
        fc.integer({ min: 100, max: 10_000 }),
        threshold,
        (direction, base, comparison, t) => {
          const move = evaluateMove(
            terms({ direction, threshold: new D(t) }),
            new D(base),
            new D(comparison),
            {
              unitPriceBefore: new D(10_000),
              fx: null,
            },
          );
          const delta = move.unitPriceDelta;
          expect(direction === 'riseOnly' ? delta.gte(0) : delta.lte(0)).toBe(true);
          if (move.outcome === 'wrongDirection')
            expect(direction === 'riseOnly' ? comparison < base : comparison > base).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
