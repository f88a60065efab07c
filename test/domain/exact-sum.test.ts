import fc from 'fast-check';
import { D } from '../../src/domain/decimal';
import { compute } from '../../src/domain/engine';
import { ExactSum } from '../../src/domain/exact-sum';
import { percent } from '../../src/domain/legal-warnings';
import { roundUnitPrice } from '../../src/domain/rounding';
import { decimalOfScaled, exactFactorOf, scaledOf } from '../../src/domain/scaled-integer';
import type { RoundingMode } from '../../src/domain/types';
import { agreementRow, engineInput, monthlyPrices } from './builders';

/** A decimal of 1–45 significant digits, either sign, between about 1e-20 and 1e25 (or 0). */
const decimal = fc.oneof(
  fc.constant(new D(0)),
  fc
    .tuple(
      fc.stringMatching(/^[1-9][0-9]{0,44}$/),
      fc.integer({ min: -20, max: 25 }),
      fc.boolean(),
      fc.nat({ max: 5 }),
    )
    .map(
      ([digits, exponent, negative, zeros]) =>
        new D(
          `${negative ? '-' : ''}${digits.slice(0, 1)}.${digits.slice(1) || '0'}${'0'.repeat(zeros)}e${exponent}`,
        ),
    ),
);
/** Mostly the sizes of prices, quantities and moves, some long enough to outgrow safe integers. */
const factor = fc.oneof(
  fc
    .integer({ min: -99_999_999, max: 99_999_999 })
    .chain((units) => fc.integer({ min: 0, max: 8 }).map((scale) => new D(units).dividedBy(10 ** scale))),
  fc
    .tuple(fc.stringMatching(/^[1-9][0-9]{0,24}$/), fc.integer({ min: -6, max: 6 }), fc.boolean())
    .map(
      ([digits, exponent, negative]) =>
        new D(`${negative ? '-' : ''}${digits.slice(0, 1)}.${digits.slice(1) || '0'}e${exponent}`),
    ),
);
const mode = fc.constantFrom<RoundingMode>('halfUp', 'down', 'up');

describe('exact integer forms of decimals', () => {
  it('hold the decimal exactly, canonically, as a safe integer where one fits and as a bigint up to 40 digits', () => {
    fc.assert(
      fc.property(decimal, (value) => {
        const exact = exactFactorOf(value);
        if (value.sd(true) > 40) {
          expect(exact).toBeNull();
          return;
        }
        expect(exact).not.toBeNull();
        if (exact === null) return;
        expect(decimalOfScaled(exact.wide, exact.scale).eq(value)).toBe(true);
        expect(exact.scale === 0 || exact.wide % 10n !== 0n).toBe(true);
        const safe = Number.isSafeInteger(Number(exact.wide)) && BigInt(Number(exact.wide)) === exact.wide;
        expect(Number.isNaN(exact.units)).toBe(!safe);
        const scaled = scaledOf(value);
        expect(scaled === null).toBe(!safe);
        if (scaled !== null) {
          expect(scaled).toEqual({ units: exact.units, scale: exact.scale });
          expect(decimalOfScaled(scaled.units, scaled.scale).eq(value)).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('U + Σ (q · ρ) · M in integers', () => {
  it('equals the decimal.js sum and its rounding wherever it answers, in safe integers and past them', () => {
    let answered = 0;
    let wide = 0;
    fc.assert(
      fc.property(
        factor,
        fc.array(fc.tuple(factor, factor, fc.integer({ min: 1, max: 39 })), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 4 }),
        mode,
        (start, terms, decimals, rounding) => {
          const sum = new ExactSum();
          sum.start(scaledOf(start));
          let reference = start;
          for (const [a, b, maxMoveDigits] of terms) {
            const exactA = exactFactorOf(a);
            const exactB = exactFactorOf(b);
            if (exactA === null || exactB === null) sum.abandon();
            else sum.addProduct(exactA, exactB, maxMoveDigits);
            reference = reference.plus(a.times(b));
          }
          const rounded = sum.roundedTo(decimals, rounding);
          if (!sum.exact) {
            expect(rounded).toBeNull();
            return;
          }
          answered += 1;
          expect(sum.total().eq(reference)).toBe(true);
          const expected = roundUnitPrice(reference, decimals, rounding);
          if (rounded === null) return;
          if (
            !Number.isSafeInteger(
              reference
                .times(10 ** 8)
                .trunc()
                .toNumber(),
            )
          )
            wide += 1;
          expect(decimalOfScaled(rounded.units, rounded.scale).eq(expected)).toBe(true);
          expect(rounded).toEqual(scaledOf(expected));
        },
      ),
      { numRuns: 3_000 },
    );
    expect(answered).toBeGreaterThan(500);
    expect(wide).toBeGreaterThan(50);
  });

  it('rounds ties and near-ties exactly as decimal.js does', () => {
    for (const [text, decimals] of [
      ['12344.5', 0],
      ['-12344.5', 0],
      ['12344.4999999', 0],
      ['12344.0000001', 0],
      ['0.005', 2],
      ['-0.005', 2],
      ['-0.004', 2],
      ['9007199254740.991', 2],
      ['123456789012345678901234.5', 0],
    ] as const) {
      for (const rounding of ['halfUp', 'down', 'up'] as const) {
        const value = new D(text);
        const sum = new ExactSum();
        sum.start(scaledOf(new D(0)));
        const one = exactFactorOf(new D(1));
        const exact = exactFactorOf(value);
        if (one === null || exact === null) throw new Error('no exact form');
        sum.addProduct(exact, one, 39);
        const rounded = sum.roundedTo(decimals, rounding);
        const expected = roundUnitPrice(value, decimals, rounding);
        if (rounded === null) {
          expect(Number.isSafeInteger(expected.times(10 ** decimals).toNumber())).toBe(false);
        } else {
          expect(`${text} ${rounding}: ${decimalOfScaled(rounded.units, rounded.scale).toFixed()}`).toBe(
            `${text} ${rounding}: ${expected.toFixed()}`,
          );
        }
      }
    }
  });

  it('leaves a move with more digits than the row allows to decimal.js (the formula’s own order)', () => {
    const sum = new ExactSum();
    sum.start(scaledOf(new D(10_000)));
    const q = exactFactorOf(new D('0.5'));
    const moved = exactFactorOf(new D('123.45'));
    if (q === null || moved === null) throw new Error('no exact form');
    sum.addProduct(q, moved, 4);
    expect(sum.exact).toBe(false);
    sum.start(scaledOf(new D(10_000)));
    sum.addProduct(q, moved, 5);
    expect(sum.total().toFixed()).toBe('10061.725');
  });
});

describe('the engine’s adjusted prices with long quantities', () => {
  it('are the rounding of U + Σδ summed again in decimal.js', () => {
    const quantity = fc.oneof(
      fc.integer({ min: 1, max: 9_999 }).map((n) => new D(n).dividedBy(1_000)),
      fc.integer({ min: 1, max: 97 }).map((n) => new D(n * 0.0375)), // 17 digits from a double
      fc.stringMatching(/^[1-9][0-9]{15,30}$/).map((digits) => new D(`0.${digits}`)),
    );
    fc.assert(
      fc.property(
        fc.array(quantity, { minLength: 1, maxLength: 3 }),
        fc.array(fc.integer({ min: 8_000, max: 12_000 }), { minLength: 4, maxLength: 8 }),
        fc.constantFrom('1', '0.8', '0.333'),
        fc.integer({ min: 0, max: 2 }),
        mode,
        (quantities, prices, ratio, decimals, rounding) => {
          const result = compute(
            engineInput({
              agreements: quantities.map((q, index) =>
                agreementRow({
                  material: `원재료-${index}`,
                  index: `지표-${index}`,
                  quantityPerUnit: q,
                  reflectionRatio: new D(ratio),
                  threshold: new D('0.03'),
                  cycleMonths: 1,
                  firstAdjustment: '2024-02-01',
                  priceDecimals: decimals,
                  rounding,
                }),
              ),
              prices: quantities.flatMap((_, index) =>
                monthlyPrices(
                  `지표-${index}`,
                  '2024-01',
                  prices.map((p, month) => String(p + index * 37 * month)),
                ),
              ),
            }),
          );
          for (const adjustment of result.adjustments) {
            const again = roundUnitPrice(adjustment.unitPriceExact, decimals, rounding);
            expect(adjustment.unitPriceAfter.toFixed()).toBe(again.toFixed());
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('percentages in warnings', () => {
  it('are the fraction times 100 rounded to two decimals, as decimal.js writes it', () => {
    fc.assert(
      fc.property(decimal, (fraction) => {
        expect(percent(fraction)).toBe(`${fraction.times(100).toDecimalPlaces(2).toFixed()}%`);
      }),
      { numRuns: 3_000 },
    );
  });
});
