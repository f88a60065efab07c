import fc from 'fast-check';
import { D } from '../../src/domain/decimal';
import { compute } from '../../src/domain/engine';
import { evaluateMove, type MaterialTerms } from '../../src/domain/formula';
import type { ReflectionMode, RoundingMode } from '../../src/domain/types';
import { agreementRow, engineInput, monthlyPrices } from './builders';

/** Whole-won prices between 100 and 10,000,000, as decimal strings. */
const price = fc.integer({ min: 100, max: 10_000_000 }).map(String);
/** Thresholds 0.5 % … 30 % in steps of 0.1 %. */
const threshold = fc.integer({ min: 5, max: 300 }).map((permille) => new D(permille).dividedBy(1000));
const ratio = fc.integer({ min: 1, max: 100 }).map((percent) => new D(percent).dividedBy(100));
const quantity = fc.integer({ min: 1, max: 100_000 }).map((milli) => new D(milli).dividedBy(1000));
const mode = fc.constantFrom<ReflectionMode>('whole', 'excess');
const rounding = fc.constantFrom<RoundingMode>('halfUp', 'down', 'up');

function quantityTerms(q: D, t: D, rho: D, reflection: ReflectionMode, base: D): MaterialTerms {
  return {
    formula: 'quantity',
    quantityPerUnit: q,
    materialShare: null,
    originalUnitPrice: new D(10_000),
    originalBasePrice: base,
    threshold: t,
    reflectionRatio: rho,
    reflectionMode: reflection,
    direction: 'both',
  };
}

const AT_ORIGINAL_PRICE = { unitPriceBefore: new D(10_000), fx: null };

describe('engine properties', () => {
  it('a rise and the mirrored fall give mirrored changes', () => {
    fc.assert(
      fc.property(
        price,
        fc.integer({ min: 0, max: 99 }),
        threshold,
        ratio,
        quantity,
        mode,
        (base, movePercent, t, rho, q, reflection) => {
          const b = new D(base);
          const move = b.times(movePercent).dividedBy(100);
          const terms = quantityTerms(q, t, rho, reflection, b);
          const rise = evaluateMove(terms, b, b.plus(move), AT_ORIGINAL_PRICE);
          const fall = evaluateMove(terms, b, b.minus(move), AT_ORIGINAL_PRICE);
          expect(fall.outcome).toBe(rise.outcome);
          expect(fall.unitPriceDelta.eq(rise.unitPriceDelta.negated())).toBe(true);
          // And through the whole engine, before rounding:
          const row = agreementRow({
            quantityPerUnit: q,
            threshold: t,
            reflectionRatio: rho,
            reflectionMode: reflection,
            unitPrice: new D(10_000_000_000),
          });
          const up = compute(
            engineInput({
              agreements: [row],
              prices: monthlyPrices('전기동', '2024-01', [base, base, b.plus(move).toFixed()]),
              asOf: '2024-04-01',
            }),
          );
          const down = compute(
            engineInput({
              agreements: [row],
              prices: monthlyPrices('전기동', '2024-01', [base, base, b.minus(move).toFixed()]),
              asOf: '2024-04-01',
            }),
          );
          expect(up.adjustments.length).toBe(down.adjustments.length);
          const upChange = up.adjustments[0]?.unitPriceExact.minus(10_000_000_000) ?? new D(0);
          const downChange = down.adjustments[0]?.unitPriceExact.minus(10_000_000_000) ?? new D(0);
          expect(downChange.eq(upChange.negated())).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('nothing moves below the threshold', () => {
    fc.assert(
      fc.property(
        price,
        threshold,
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        fc.boolean(),
        (base, t, fraction, up) => {
          const b = new D(base);
          // |P − B| strictly below t · B, rounded toward B so it stays below.
          const move = t.times(b).times(fraction.toFixed(6)).toDecimalPlaces(2, D.ROUND_DOWN);
          const p = up ? b.plus(move) : b.minus(move);
          const row = agreementRow({ threshold: t, cycleMonths: 1, firstAdjustment: '2024-02-01' });
          const result = compute(
            engineInput({
              agreements: [row],
              prices: monthlyPrices('전기동', '2024-01', [base, p.toFixed(), base, p.toFixed()]),
              asOf: '2024-05-01',
            }),
          );
          expect(result.evaluations.length).toBe(4);
          expect(result.evaluations.every((evaluation) => !evaluation.triggered)).toBe(true);
          expect(result.adjustments).toEqual([]);
          expect(result.items[0]?.currentUnitPrice.toFixed()).toBe('10000');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('two sub-threshold moves that together cross it trigger once, at the crossing, against the original base', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 1_000_000 }),
        fc.integer({ min: 20, max: 100 }),
        fc.integer({ min: 51, max: 99 }),
        fc.boolean(),
        (base, thresholdPermille, stepPercentOfThreshold, up) => {
          // Each step is 51–99 % of the threshold: alone below it, together above it.
          const b = new D(base);
          const t = new D(thresholdPermille).dividedBy(1000);
          const step = b
            .times(t)
            .times(stepPercentOfThreshold)
            .dividedBy(100)
            .toDecimalPlaces(0, D.ROUND_DOWN);
          const sign = up ? 1 : -1;
          const p1 = b.plus(step.times(sign));
          const p2 = p1.plus(step.times(sign));
          // The second step must also stay below the threshold measured from p1.
          fc.pre(step.lt(t.times(p1)) && step.gt(0) && step.times(2).gte(t.times(b)));
          const row = agreementRow({
            threshold: t,
            cycleMonths: 1,
            firstAdjustment: '2024-02-01',
            unitPrice: new D(10_000_000),
          });
          const result = compute(
            engineInput({
              agreements: [row],
              prices: monthlyPrices('전기동', '2024-01', [b.toFixed(), p1.toFixed(), p2.toFixed()]),
              asOf: '2024-04-01',
            }),
          );
          expect(result.evaluations.map((evaluation) => evaluation.triggered)).toEqual([false, false, true]);
          const crossing = result.evaluations[2];
          expect(crossing?.adjustmentDate).toBe('2024-04-01');
          expect(crossing?.basePrice.eq(b)).toBe(true);
          expect(crossing?.unitPriceDelta.eq(p2.minus(b).times(2))).toBe(true);
          expect(result.adjustments).toHaveLength(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('비중 with share s equals 투입량 with q = U₀·s/B₀', () => {
    // B₀ = 2^a·5^b keeps U₀·s/B₀ a terminating decimal, so both paths are exact.
    const base = fc
      .tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 6 }))
      .map(([a, b]) => 2 ** a * 5 ** b);
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 5_000_000 }),
        fc.integer({ min: 5, max: 100 }),
        base,
        fc.integer({ min: -60, max: 200 }),
        threshold,
        ratio,
        mode,
        rounding,
        (unitPrice, sharePercent, b0, movePercent, t, rho, reflection, roundingMode) => {
          const u0 = new D(unitPrice);
          const share = new D(sharePercent).dividedBy(100);
          const p = new D(b0).times(100 + movePercent).dividedBy(100);
          const common = {
            unitPrice: u0,
            threshold: t,
            reflectionRatio: rho,
            reflectionMode: reflection,
            rounding: roundingMode,
          };
          const prices = monthlyPrices('전기동', '2024-01', [b0, b0, p.toFixed()]);
          const byShare = compute(
            engineInput({
              agreements: [
                agreementRow({ ...common, formula: 'share', quantityPerUnit: null, materialShare: share }),
              ],
              prices,
              asOf: '2024-04-01',
            }),
          );
          const byQuantity = compute(
            engineInput({
              agreements: [
                agreementRow({
                  ...common,
                  formula: 'quantity',
                  quantityPerUnit: u0.times(share).dividedBy(b0),
                }),
              ],
              prices,
              asOf: '2024-04-01',
            }),
          );
          expect(byShare.evaluations).toHaveLength(1);
          expect(byShare.items[0]?.currentUnitPrice.toFixed()).toBe(
            byQuantity.items[0]?.currentUnitPrice.toFixed(),
          );
          expect(byShare.evaluations.map((e) => e.unitPriceDelta.toFixed())).toEqual(
            byQuantity.evaluations.map((e) => e.unitPriceDelta.toFixed()),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the rounded price is within one unit of the last kept decimal of the exact price', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 10_000_000 }),
        quantity,
        fc.integer({ min: 100, max: 1_000_000 }),
        fc.integer({ min: -50, max: 300 }),
        fc.integer({ min: 0, max: 4 }),
        rounding,
        (unitPrice, q, base, movePercentTenths, decimals, roundingMode) => {
          const p = new D(base).times(1000 + movePercentTenths * 10).dividedBy(1000);
          const row = agreementRow({
            unitPrice: new D(unitPrice),
            quantityPerUnit: q,
            threshold: new D('0.01'),
            priceDecimals: decimals,
            rounding: roundingMode,
          });
          const result = compute(
            engineInput({
              agreements: [row],
              prices: monthlyPrices('전기동', '2024-01', [base, base, p.toFixed()]),
              asOf: '2024-04-01',
            }),
          );
          for (const adjustment of result.adjustments) {
            const unit = new D(10).pow(-decimals);
            const gap = adjustment.unitPriceAfter.minus(adjustment.unitPriceExact).abs();
            expect(gap.lt(unit)).toBe(true);
            expect(adjustment.unitPriceAfter.decimalPlaces()).toBeLessThanOrEqual(decimals);
            if (roundingMode === 'halfUp') {
              expect(gap.lte(unit.dividedBy(2))).toBe(true);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
