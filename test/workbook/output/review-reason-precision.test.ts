import fc from 'fast-check';
import { D } from '../../../src/domain/decimal';
import type { MaterialEvaluation } from '../../../src/domain/types';
import { percentText, signedPercentText } from '../../../src/workbook/grid/display-text';
import { reviewReason } from '../../../src/workbook/output/review-reason';

/** The rule as first written: the first precision (2 to 6 decimals) at which the two texts differ. */
function decimalsByComparingTexts(absRate: D, threshold: D): number {
  if (absRate.eq(threshold)) return 2;
  for (let decimals = 2; decimals < 6; decimals += 1) {
    if (percentText(absRate, decimals) !== percentText(threshold, decimals)) return decimals;
  }
  return 6;
}

/** A fraction with up to nine decimals, so that rates land on and beside the 0.01 % grid. */
const fraction = (max: number) =>
  fc.integer({ min: 0, max: max * 1e9 }).map((units) => new D(units).dividedBy(1e9));

/** A rate near the threshold: on it, a grid step or half a step away, a hair away, or anywhere. */
const nearby = (threshold: D) =>
  fc
    .oneof(
      fc.constantFrom('0', '0.0001', '-0.0001', '0.00005', '-0.00005', '0.000001', '-0.000001', '0.00010001'),
      fraction(0.01).map((offset) => offset.minus('0.005').toString()),
    )
    .map((offset) => threshold.plus(offset));

describe('review reason: the precision at which a rate and its threshold are shown', () => {
  it('is the first at which their texts differ, as comparing the texts decides (property)', () => {
    fc.assert(
      fc.property(
        fraction(0.3).chain((threshold) => fc.tuple(fc.constant(threshold), nearby(threshold), fc.boolean())),
        ([threshold, size, falling]) => {
          fc.pre(!size.isZero() && size.greaterThan(0));
          const rate = falling ? size.negated() : size;
          const evaluation = { threshold, outcome: 'belowThreshold' } as unknown as MaterialEvaluation;
          const decimals = decimalsByComparingTexts(rate.abs(), threshold);
          const reason = reviewReason(evaluation, rate);
          expect(reason).toContain(`변동률 ${signedPercentText(rate, decimals)}`);
          expect(reason).toContain(`조정요건 ${percentText(threshold, decimals)}`);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('shows 9.999 % against 10 % with the decimals that tell them apart', () => {
    const evaluation = {
      threshold: new D('0.1'),
      outcome: 'belowThreshold',
    } as unknown as MaterialEvaluation;
    expect(reviewReason(evaluation, new D('0.09999'))).toBe(
      '변동률 +9.999% < 조정요건 10.000% — 미반영, 기준가격 유지',
    );
    expect(reviewReason(evaluation, new D('0.0999'))).toBe(
      '변동률 +9.99% < 조정요건 10.00% — 미반영, 기준가격 유지',
    );
  });
});
