import fc from 'fast-check';
import { D } from '../../src/domain/decimal';
import { addMonthsClamped } from '../../src/domain/dates';
import type { AgreementRow, PriceObservation } from '../../src/domain/types';
import { agreementRow, engineInput, month } from './builders';
import type { ReferenceItem, ReferenceMaterial } from './reference-model';

/** Random items for the reference model (reference-model.ts) and the engine input they stand for. */

export const FIRST_MONTH = '2024-01-01';

export function observation(index: string, monthOffset: number, price: string): PriceObservation {
  const date = addMonthsClamped(FIRST_MONTH, monthOffset);
  return {
    origin: { sheet: '원재료가격', row: 2, cells: {} },
    index,
    point: month(date.slice(0, 7)),
    price: new D(price),
    currency: 'KRW',
    unit: 'kg',
  };
}

/** The engine input for a reference item: step k compares the observation of month k·cycle. */
export function engineCase(item: ReferenceItem, cycle: 1 | 3, steps: number) {
  const agreements: AgreementRow[] = item.materials.map((material, index) =>
    agreementRow({
      item: '검증 물품',
      unitPrice: new D(item.unitPrice),
      material: `M${index}`,
      index: `I${index}`,
      formula: material.formula,
      quantityPerUnit: material.formula === 'quantity' ? new D(material.amount) : null,
      materialShare: material.formula === 'quantity' ? null : new D(material.amount),
      basePoint: month('2024-01'),
      threshold: new D(material.threshold),
      reflectionRatio: new D(material.ratio),
      reflectionMode: material.mode,
      direction: material.direction,
      cycleMonths: cycle,
      firstAdjustment: addMonthsClamped(FIRST_MONTH, cycle + 1),
      priceDecimals: item.decimals,
      rounding: item.rounding,
    }),
  );
  const prices = item.materials.flatMap((material, index) =>
    material.prices.map((price, step) => observation(`I${index}`, step * cycle, price)),
  );
  const asOf = addMonthsClamped(FIRST_MONTH, steps * cycle + 1);
  const stepOf = (date: string): number =>
    (Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - (2024 * 12 + 2)) / cycle;
  return { input: engineInput({ agreements, prices, asOf }), stepOf };
}

export const threshold = fc.constantFrom('0', '0', '0.01', '0.03', '0.05', '0.1', '0.125');
const ratio = fc.constantFrom('1', '0.8', '0.5', '0.3');
/** Few distinct prices, so that an unchanged index (P = B) comes up often. */
const price = fc.integer({ min: 90, max: 112 }).map((tenths) => String(tenths * 10));

export function materialArb(steps: number): fc.Arbitrary<ReferenceMaterial> {
  return fc
    .record({
      formula: fc.constantFrom('quantity' as const, 'share' as const, 'rate' as const),
      amount: fc.integer({ min: 5, max: 60 }),
      threshold,
      ratio,
      mode: fc.constantFrom('whole' as const, 'excess' as const),
      direction: fc.constantFrom('both' as const, 'both' as const, 'riseOnly' as const, 'fallOnly' as const),
      prices: fc.array(price, { minLength: steps + 1, maxLength: steps + 1 }),
    })
    .map((material) => ({
      ...material,
      // 투입량 0.005 … 0.6 kg per unit (a third small enough to round away), shares 5 … 60 %.
      amount: new D(material.amount)
        .div(material.formula !== 'quantity' || material.amount > 20 ? 100 : 1000)
        .toFixed(),
    }));
}

export const caseArb = fc.integer({ min: 1, max: 6 }).chain((steps) =>
  fc.record({
    steps: fc.constant(steps),
    cycle: fc.constantFrom(1 as const, 3 as const),
    item: fc.record({
      unitPrice: fc.integer({ min: 1_000, max: 50_000 }).map(String),
      decimals: fc.integer({ min: 0, max: 2 }),
      rounding: fc.constantFrom('halfUp' as const, 'down' as const, 'up' as const),
      materials: fc.array(materialArb(steps), { minLength: 1, maxLength: 3 }),
    }),
  }),
);
