import fc from 'fast-check';
import { D, DisplayRatio, nearestDouble } from '../../src/domain/decimal';

/** nearestDouble is d.toNumber() without the text round trip: the same double, bit for bit. */
function sameDouble(d: InstanceType<typeof D>): void {
  const expected = d.toNumber();
  expect(Object.is(nearestDouble(d), expected)).toBe(true);
}

describe('nearestDouble: the double a cell holds', () => {
  it('equals toNumber for decimals of up to 20 digits at any scale (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.integer({ min: -30, max: 30 }),
        (digits, exponent) => sameDouble(new D(`${digits}e${exponent}`)),
      ),
      { numRuns: 5000 },
    );
  });

  it('equals toNumber for prices, rates and quotients as the engine makes them (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 9 }),
        fc.integer({ min: 1, max: 10 ** 9 }),
        fc.integer({ min: 0, max: 6 }),
        (a, b, places) => {
          const price = new D(a).dividedBy(10 ** places);
          sameDouble(price);
          sameDouble(price.negated());
          sameDouble(new D(a).dividedBy(b));
          sameDouble(new DisplayRatio(a - b).dividedBy(b));
          sameDouble(price.times(b).toDecimalPlaces(2));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('keeps the sign of zero, and the values past a double', () => {
    expect(Object.is(nearestDouble(new D('-0')), -0)).toBe(true);
    expect(Object.is(nearestDouble(new D(0)), 0)).toBe(true);
    expect(nearestDouble(new D('123456789012345.6'))).toBe(123456789012345.6);
    expect(nearestDouble(new D('0.1'))).toBe(0.1);
    expect(nearestDouble(new D('1e-25'))).toBe(1e-25);
    expect(nearestDouble(new D('9007199254740993'))).toBe(9007199254740992);
    expect(nearestDouble(new D('1e400'))).toBe(Infinity);
  });
});
