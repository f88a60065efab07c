import Decimal from 'decimal.js';
import fc from 'fast-check';
import { D } from '../../src/domain/decimal';
import { deltaPlanOf, NO_PLAN } from '../../src/domain/delta-plan';
import { compute } from '../../src/domain/engine';
import { fastOutcome, floatOf, shareClearlyAtLeast, thresholdFloatOf } from '../../src/domain/fast-threshold';
import { type MaterialTerms, moveOutcome, unitPriceDelta } from '../../src/domain/formula';
import type { Direction } from '../../src/domain/types';
import { agreementRow, engineInput, monthlyPrices } from './builders';

const U = 2 ** -53;
/** Wide enough to check the fast path's arithmetic against, with room to spare. */
const Exact = Decimal.clone({ precision: 200 });

/** A positive decimal of 1–45 significant digits between about 1e-12 and 1e15. */
const decimalText = fc
  .tuple(fc.stringMatching(/^[1-9][0-9]{0,44}$/), fc.integer({ min: -12, max: 15 }))
  .map(([digits, exponent]) => `${digits.slice(0, 1)}.${digits.slice(1) || '0'}e${exponent}`);
const price = decimalText.map((text) => new D(text));
const threshold = fc.oneof(
  fc.constant(new D(0)),
  fc.integer({ min: 1, max: 10_000 }).map((basisPoints) => new D(basisPoints).dividedBy(10_000)),
  fc.stringMatching(/^0\.[0-9]{1,12}$/).map((text) => new D(text)),
);
const direction = fc.constantFrom<Direction>('both', 'riseOnly', 'fallOnly');

function terms(t: D, way: Direction): MaterialTerms {
  return {
    formula: 'quantity',
    quantityPerUnit: new D(1),
    materialShare: null,
    originalUnitPrice: new D(10_000),
    originalBasePrice: new D(1_000),
    threshold: t,
    reflectionRatio: new D(1),
    reflectionMode: 'whole',
    direction: way,
  };
}

/** P at, just inside, just outside or far from the threshold band of B and t, or equal to B. */
function comparisonNear(base: D, t: D): fc.Arbitrary<D> {
  const edge = (sign: 1 | -1) => base.times(new D(1).plus(t.times(sign)));
  const nudge = fc.constantFrom(
    '0',
    '1e-38',
    '-1e-38',
    '1e-30',
    '-1e-30',
    '1e-15',
    '-1e-15',
    '1e-9',
    '-1e-9',
  );
  return fc
    .oneof(
      fc.constant(base),
      fc.tuple(fc.constantFrom<1 | -1>(1, -1), nudge).map(([sign, n]) => edge(sign).times(new D(1).plus(n))),
      fc
        .integer({ min: -500, max: 500 })
        .map((percentTenths) => base.times(new D(1000 + percentTenths).dividedBy(1000))),
    )
    .filter((p) => p.gt(0));
}

describe('the float fast path of the threshold test', () => {
  it('reads a decimal as a double within 7u of the double nearest to it', () => {
    fc.assert(
      fc.property(price, (value) => {
        const fast = floatOf(value);
        const nearest = value.toNumber();
        if (Number.isNaN(fast)) return;
        expect(Math.abs(fast - nearest)).toBeLessThanOrEqual(8 * U * nearest);
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads every ordinary price (up to 28 digits, 1e-6 to 1e12) rather than leaving it to the decimal test', () => {
    for (const text of [
      '9000',
      '10080.5',
      '0.0005',
      '123456789.123456789',
      '1e12',
      '1e-6',
      '1234567890123456789012.345678',
    ]) {
      expect(Number.isNaN(floatOf(new D(text)))).toBe(false);
    }
    expect([floatOf(new D(0)), floatOf(new D(-5)), thresholdFloatOf(new D(2))]).toEqual([NaN, NaN, NaN]);
    expect(thresholdFloatOf(new D(0))).toBe(0);
  });

  it('never answers otherwise than the decimal test, at, inside and outside the threshold (incl. 0 %)', () => {
    let answered = 0;
    fc.assert(
      fc.property(
        price.chain((base) =>
          fc
            .tuple(fc.constant(base), threshold)
            .chain(([b, t]) => fc.tuple(fc.constant(b), fc.constant(t), comparisonNear(b, t), direction)),
        ),
        ([base, t, comparison, way]) => {
          const fast = fastOutcome(floatOf(base), floatOf(comparison), thresholdFloatOf(t), way);
          if (fast === null) return;
          answered += 1;
          expect(fast).toBe(moveOutcome(terms(t, way), base, comparison));
        },
      ),
      { numRuns: 4_000 },
    );
    // It decides most cases itself; the close ones go to the decimal test.
    expect(answered).toBeGreaterThan(1_000);
  });

  it('with a 0 % threshold never answers "below", and leaves P = B to the decimal test', () => {
    fc.assert(
      fc.property(price, price, direction, (base, comparison, way) => {
        const fast = fastOutcome(floatOf(base), floatOf(comparison), 0, way);
        expect(fast).not.toBe('belowThreshold');
        expect(fastOutcome(floatOf(base), floatOf(base), 0, way)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('calls a share clearly at least 10 % only when the exact share is', () => {
    fc.assert(
      fc.property(price, price, fc.option(price, { nil: null }), price, (q, base, fx, unitPrice) => {
        if (!shareClearlyAtLeast(q, floatOf(base), fx, floatOf(unitPrice), 0.1)) return;
        const exact = new Exact(q.toFixed())
          .times(base.toFixed())
          .times(fx === null ? 1 : fx.toFixed())
          .dividedBy(unitPrice.toFixed());
        expect(exact.gte('0.1')).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('δ = q · M · ρ from the row’s q · ρ', () => {
  it('is the formula’s own q · M · ρ, to the last digit', () => {
    const ratio = fc.oneof(
      fc.constant(new D(1)),
      fc.integer({ min: 1, max: 10_000 }).map((n) => new D(n).dividedBy(10_000)),
    );
    fc.assert(
      fc.property(price, ratio, price, fc.boolean(), (q, rho, size, negative) => {
        const moveTerms: MaterialTerms = {
          ...terms(new D('0.05'), 'both'),
          quantityPerUnit: q,
          reflectionRatio: rho,
        };
        const moved = negative ? size.negated() : size;
        const context = { unitPriceBefore: new D(10_000), fx: null };
        const planned = unitPriceDelta(moveTerms, new D(1_000), moved, context, deltaPlanOf(moveTerms));
        const plain = unitPriceDelta(moveTerms, new D(1_000), moved, context, NO_PLAN);
        expect(planned.eq(plain)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('the engine with the fast path', () => {
  it('gives every evaluation the outcome of the decimal test on its own B and P', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 9_000, max: 11_000 }), { minLength: 3, maxLength: 8 }),
        fc.constantFrom('0', '0.01', '0.05', '0.1', '0.0555555'),
        direction,
        (prices, t, way) => {
          const result = compute(
            engineInput({
              agreements: [
                agreementRow({
                  threshold: new D(t),
                  direction: way,
                  cycleMonths: 1,
                  firstAdjustment: '2024-02-01',
                  quantityPerUnit: new D('0.125'),
                }),
              ],
              // Every third month lands exactly on the threshold band of the month before.
              prices: monthlyPrices(
                '전기동',
                '2024-01',
                prices.map((p, i) =>
                  i % 3 === 2 ? new D(prices[i - 1] ?? p).times(new D(1).plus(t)).toFixed() : String(p),
                ),
              ),
            }),
          );
          for (const evaluation of result.evaluations) {
            const decided = moveOutcome(
              terms(evaluation.threshold, way),
              evaluation.basePrice,
              evaluation.comparisonPrice,
            );
            expect(evaluation.outcome === 'priceUnchanged' ? 'triggered' : evaluation.outcome).toBe(decided);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
