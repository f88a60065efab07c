import fc from 'fast-check';
import { D } from '../../../src/domain/decimal';
import type {
  AgreementRow,
  Delivery,
  EngineInput,
  PriceObservation,
  RowOrigin,
} from '../../../src/domain/types';
import { fingerprintInputs } from '../../../src/workbook/output/fingerprint';

const origin = (sheet: string, row: number): RowOrigin => ({ sheet, row, cells: { price: `C${row}` } });

const decimalArb = fc
  .tuple(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 0, max: 6 }))
  .map(([digits, scale]) => new D(digits).dividedBy(new D(10).pow(scale)));

function agreement(unitPrice: D, quantity: D, threshold: D, basePrice: D | null, row: number): AgreementRow {
  return {
    origin: origin('연동약정', row),
    agreementId: 'A-001',
    buyer: '(주)대한전자',
    supplier: '한빛금속',
    item: '모터 하우징',
    partNo: 'MH-100',
    signedOn: '2024-01-15',
    contractStart: '2024-01-01',
    contractEnd: null,
    contractAmount: null,
    buyerSize: 'large',
    optedOut: false,
    unitPrice,
    material: '구리',
    index: 'LME 구리',
    costKind: 'material',
    formula: 'quantity',
    quantityPerUnit: quantity,
    materialShare: null,
    basePoint: { date: '2024-01-01', granularity: 'month' },
    basePrice,
    threshold,
    cycleMonths: 3,
    firstAdjustment: '2024-04-01',
    reflectionRatio: new D(1),
    reflectionMode: 'whole',
    direction: 'both',
    fxPlacement: 'index',
    averagingMonths: 0,
    effectiveLagDays: 0,
    priceDecimals: 0,
    rounding: 'halfUp',
  };
}

const inputArb = fc
  .record({
    rows: fc.array(fc.tuple(decimalArb, decimalArb, decimalArb, fc.option(decimalArb)), {
      minLength: 1,
      maxLength: 4,
    }),
    prices: fc.array(decimalArb, { minLength: 1, maxLength: 6 }),
    deliveries: fc.array(decimalArb, { maxLength: 3 }),
  })
  .map(({ rows, prices, deliveries }): EngineInput => ({
    agreements: rows.map(([u, q, t, b], i) => agreement(u, q, t, b, i + 2)),
    prices: prices.map((price, i): PriceObservation => ({
      origin: origin('원재료가격', i + 2),
      index: 'LME 구리',
      point: { date: `2024-0${(i % 9) + 1}-01`, granularity: 'month' },
      price,
      currency: 'KRW',
      unit: 'kg',
    })),
    fxRates: [],
    deliveries: deliveries.map((quantity, i): Delivery => ({
      origin: origin('납품실적', i + 2),
      agreementId: 'A-001',
      item: '모터 하우징',
      date: '2024-05-02',
      quantity,
    })),
    asOf: null,
  }));

/** The same numbers as a differently formatted sheet yields them: "12.50", "1.25e+1", moved rows. */
function reformatted(input: EngineInput, style: number): EngineInput {
  const again = (value: D): D =>
    new D(
      style === 0
        ? value.toExponential()
        : style === 1
          ? value.toFixed(value.decimalPlaces() + 3)
          : value.toString(),
    );
  const optional = (value: D | null): D | null => (value === null ? null : again(value));
  return {
    ...input,
    agreements: input.agreements.map((row) => ({
      ...row,
      origin: origin('연동약정', row.origin.row + 10),
      unitPrice: again(row.unitPrice),
      quantityPerUnit: optional(row.quantityPerUnit),
      threshold: again(row.threshold),
      basePrice: optional(row.basePrice),
      reflectionRatio: again(row.reflectionRatio),
    })),
    prices: input.prices.map((row) => ({
      ...row,
      origin: origin('원재료가격', row.origin.row + 3),
      price: again(row.price),
    })),
    deliveries: input.deliveries.map((row) => ({ ...row, quantity: again(row.quantity) })),
  };
}

describe('fingerprintInputs', () => {
  it('is a SHA-256 hex digest', () => {
    const input = fc.sample(inputArb, { numRuns: 1, seed: 7 })[0];
    expect(input && fingerprintInputs(input)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stays the same whatever the cell formatting and position', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 2 }), (input, style) => {
        expect(fingerprintInputs(reformatted(input, style))).toBe(fingerprintInputs(input));
      }),
    );
  });

  it('changes when any price changes, however little', () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), fc.integer({ min: 1, max: 12 }), (input, pick, digits) => {
        const at = pick % input.prices.length;
        const nudge = new D(10).pow(-digits);
        const changed: EngineInput = {
          ...input,
          prices: input.prices.map((row, i) => (i === at ? { ...row, price: row.price.plus(nudge) } : row)),
        };
        expect(fingerprintInputs(changed)).not.toBe(fingerprintInputs(input));
      }),
    );
  });

  it('changes when an agreement term, a delivery or the as-of date changes', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const base = fingerprintInputs(input);
        const [first, ...rest] = input.agreements;
        if (!first) {
          return;
        }
        const variants: EngineInput[] = [
          { ...input, agreements: [{ ...first, rounding: 'down' }, ...rest] },
          {
            ...input,
            agreements: [{ ...first, basePoint: { ...first.basePoint, granularity: 'day' } }, ...rest],
          },
          { ...input, agreements: [{ ...first, partNo: null }, ...rest] },
          { ...input, agreements: [{ ...first, threshold: first.threshold.plus('0.0001') }, ...rest] },
          { ...input, asOf: '2024-07-01' },
          { ...input, deliveries: [...input.deliveries, { ...deliveryLike(), quantity: new D(1) }] },
        ];
        for (const variant of variants) {
          expect(fingerprintInputs(variant)).not.toBe(base);
        }
      }),
    );
  });
});

describe('fingerprintInputs and sheet order', () => {
  it('depends on the order of the rows', () => {
    const one = agreement(new D(10000), new D(2), new D('0.1'), null, 2);
    const two = { ...agreement(new D(10000), new D('0.5'), new D('0.1'), null, 3), material: '수지' };
    const input: EngineInput = {
      agreements: [one, two],
      prices: [],
      fxRates: [],
      deliveries: [],
      asOf: null,
    };
    expect(fingerprintInputs({ ...input, agreements: [two, one] })).not.toBe(fingerprintInputs(input));
  });
});

function deliveryLike(): Delivery {
  return {
    origin: origin('납품실적', 99),
    agreementId: 'A-001',
    item: '모터 하우징',
    date: '2024-06-01',
    quantity: new D(1),
  };
}
