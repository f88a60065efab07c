import fc from 'fast-check';
import { D } from '../../../src/domain/decimal';
import { addDays, addMonthsClamped } from '../../../src/domain/dates';
import { compute } from '../../../src/domain/engine';
import { outlook } from '../../../src/domain/outlook/outlook';
import type { AgreementRow, Direction, EngineInput, PriceObservation } from '../../../src/domain/types';
import { agreementRow, engineInput, monthlyPrices } from '../builders';
import { FIRST_MONTH, caseArb, engineCase } from '../random-items';
import { type ReferenceItem, Ratio, referenceWalk } from '../reference-model';

/**
 * The outlook (issue 13, part 3) against two independent readings: the engine run on the
 * workbook with the assumed prices appended by this test, and the rational-arithmetic reference
 * model of §3.3–3.4 with the next step's price set to the latest (or shocked) one.
 */

const shockPercent = fc.constantFrom(-20, -5, 0, 3, 10, 25);

/**
 * Known steps 0…k of a case (and, ahead, the price step k + 1 will compare, already published),
 * the as-of date some days after step k's date, a shock on one index.
 */
const outlookCase = caseArb.chain((generated) =>
  fc.record({
    generated: fc.constant(generated),
    known: fc.integer({ min: 0, max: generated.steps - 1 }),
    ahead: fc.boolean(),
    extraDays: fc.integer({ min: 0, max: 27 }),
    shocked: fc.integer({ min: 0, max: generated.item.materials.length - 1 }),
    percent: shockPercent,
  }),
);

function knownPart(item: ReferenceItem, latest: number): ReferenceItem {
  return { ...item, materials: item.materials.map((m) => ({ ...m, prices: m.prices.slice(0, latest + 1) })) };
}

/** Steps 0…k and one more whose price is the latest one, times 1 + shock for `shocked`. */
function heldPart(
  item: ReferenceItem,
  steps: { readonly known: number; readonly latest: number },
  shocked: number | null,
  percent: number,
): ReferenceItem {
  return {
    ...item,
    materials: item.materials.map((material, index) => {
      const latest = new D(material.prices[steps.latest] ?? '0');
      const held = index === shocked ? latest.times(new D(100 + percent).dividedBy(100)) : latest;
      return { ...material, prices: [...material.prices.slice(0, steps.known + 1), held.toFixed()] };
    }),
  };
}

/** The price in force after `steps` steps of the reference walk. */
function referencePriceAfter(item: ReferenceItem, steps: number): string | null {
  const walk = referenceWalk(item, steps);
  if (walk === null) return null;
  const last = [...walk.changes.keys()].filter((step) => step <= steps).sort((a, b) => b - a)[0];
  return last === undefined ? item.unitPrice : (walk.changes.get(last) ?? null);
}

/**
 * This test's own assumption: each index's latest price on the 1st of every later month through
 * the horizon's, and on the day before the horizon; times 1 + its shock on dates from the as-of on.
 */
function appendedUntil(
  input: EngineInput,
  horizon: string,
  shock: { readonly asOf: string; readonly factors: ReadonlyMap<string, D> } | null = null,
): EngineInput {
  const latest = new Map<string, PriceObservation>();
  for (const observation of input.prices) {
    const found = latest.get(observation.index);
    if (!found || observation.point.date >= found.point.date) latest.set(observation.index, observation);
  }
  const extra: PriceObservation[] = [];
  const at = (observation: PriceObservation, date: string): PriceObservation => {
    const factor = shock !== null && date >= shock.asOf ? shock.factors.get(observation.index) : undefined;
    const price = factor ? observation.price.times(factor) : observation.price;
    return { ...observation, point: { date, granularity: 'day' }, price };
  };
  for (const observation of latest.values()) {
    for (let months = 1; ; months += 1) {
      const date = addMonthsClamped(observation.point.date.slice(0, 8) + '01', months);
      if (date > horizon) break;
      extra.push(at(observation, date));
    }
    const dayBefore = addDays(horizon, -1);
    if (dayBefore > observation.point.date) extra.push(at(observation, dayBefore));
  }
  return { ...input, prices: [...input.prices, ...extra], asOf: horizon };
}

function ratioOf(value: D): Ratio {
  return Ratio.of(value.toFixed());
}

const TINY = Ratio.of('0.000000000000001');

const INDICES = ['I0', 'I1', 'I2'];

/** Monthly series from 2023-10 on, each index of its own length, so their last months differ. */
const seriesArb = fc.tuple(
  ...INDICES.map(() =>
    fc.array(
      fc.integer({ min: 80, max: 125 }).map((tenths) => String(tenths * 10)),
      { minLength: 5, maxLength: 20 },
    ),
  ),
);

const rowArb = fc.record({
  item: fc.constantFrom('가', '나', '다'),
  index: fc.constantFrom(...INDICES),
  averagingMonths: fc.constantFrom(0, 0, 1, 3),
  cycleMonths: fc.constantFrom(1, 3, 6),
  firstAdjustment: fc.constantFrom('2024-02-01', '2024-03-15', '2024-04-01', '2024-05-31'),
  threshold: fc.constantFrom('0', '0.03', '0.05', '0.1'),
  direction: fc.constantFrom<Direction>('both', 'riseOnly', 'fallOnly'),
  formula: fc.constantFrom<'quantity' | 'share'>('quantity', 'share'),
});

const workbookCase = fc
  .record({
    series: seriesArb,
    rows: fc.array(rowArb, { minLength: 1, maxLength: 4 }),
    asOf: fc.option(fc.constantFrom('2024-02-20', '2024-04-01', '2024-06-30', '2024-09-01', '2025-01-10'), {
      nil: null,
    }),
    shocked: fc.subarray(INDICES),
    percent: shockPercent,
  })
  .map(({ series, rows, asOf, shocked, percent }) => {
    const prices = series.flatMap((values, index) => monthlyPrices(`I${index}`, '2023-10', values));
    const agreements = rows.map((row, index) =>
      agreementRow({
        ...row,
        material: `M${index}`,
        threshold: new D(row.threshold),
        quantityPerUnit: row.formula === 'quantity' ? new D('0.5') : null,
        materialShare: row.formula === 'share' ? new D('0.3') : null,
      }),
    );
    const shocks = shocked.map((index) => ({ index, rate: new D(percent).dividedBy(100) }));
    return { input: engineInput({ agreements, prices, asOf }), shocks };
  });

/** P at `date` with the latest price held: the mean over the window, months after the last observed taking the latest value. */
function heldWindowPrice(input: EngineInput, row: AgreementRow, date: string): D {
  const observed = input.prices.filter((price) => price.index === row.index);
  const last = observed.reduce((a, b) => (b.point.date >= a.point.date ? b : a));
  const valueOf = (month: string): D =>
    observed.find((price) => price.point.date.startsWith(month))?.price ?? last.price;
  if (row.averagingMonths === 0) return valueOf(addDays(date, -1).slice(0, 7));
  const months = Array.from({ length: row.averagingMonths }, (_, back) =>
    addMonthsClamped(`${date.slice(0, 7)}-01`, -(back + 1)).slice(0, 7),
  );
  return months.reduce((total, month) => total.plus(valueOf(month)), new D(0)).dividedBy(months.length);
}

describe('outlook', () => {
  it('projects what compute gives with the latest prices appended, and what the reference model gives', () => {
    const seen = new Map<string, number>();
    const count = (key: string): void => void seen.set(key, (seen.get(key) ?? 0) + 1);
    fc.assert(
      fc.property(outlookCase, ({ generated, known, ahead, extraDays, shocked, percent }) => {
        const { item, cycle } = generated;
        const steps = { known, latest: ahead ? known + 1 : known };
        const base = engineCase(knownPart(item, steps.latest), cycle, known).input;
        // The as-of date stands after every known price (the outlook ignores later ones).
        const stepDate = addDays(addMonthsClamped(FIRST_MONTH, known * cycle + 1), extraDays);
        const latestDate = addMonthsClamped(FIRST_MONTH, steps.latest * cycle);
        const asOf = stepDate > latestDate ? stepDate : latestDate;
        const next = addMonthsClamped(FIRST_MONTH, (known + 1) * cycle + 1);
        const input = { ...base, asOf };
        const shock = { index: `I${shocked}`, rate: new D(percent).dividedBy(100) };
        const result = outlook(input, { asOf, shocks: [shock] });

        const current = referencePriceAfter(knownPart(item, known), known);
        const held = referencePriceAfter(heldPart(item, steps, null, 0), known + 1);
        const withShock = referencePriceAfter(heldPart(item, steps, shocked, percent), known + 1);
        const [outlookItem] = result.items;
        if (current === null || outlookItem === undefined) return;
        expect(outlookItem.currentUnitPrice.toFixed()).toBe(current);
        expect(outlookItem.nextAdjustment).toBe(next);
        expect(outlookItem.projectedUnitPrice?.toFixed() ?? null).toBe(held);
        expect(outlookItem.shockedUnitPrice?.toFixed() ?? null).toBe(withShock);

        // The Done-means property, literally: compute on the workbook plus the assumed prices.
        const appended = compute(appendedUntil(input, next)).items[0];
        expect(outlookItem.projectedUnitPrice?.toFixed() ?? null).toBe(
          appended?.complete ? appended.currentUnitPrice.toFixed() : null,
        );
        count(outlookItem.projectedUnitPrice?.eq(outlookItem.currentUnitPrice) ? 'held' : 'moves');
        if (percent !== 0 && held !== withShock) count('shock moves');

        // Per material, the closed form: B in force after step k, P the latest price.
        const walk = referenceWalk(knownPart(item, known), known);
        item.materials.forEach((material, index) => {
          const standing = outlookItem.materials[index]?.standing;
          const b = walk?.bases[index];
          if (!standing || !b) throw new Error('a scheduled material has a standing');
          const p = Ratio.of(material.prices[steps.latest] ?? '0');
          expect(ratioOf(standing.basePrice).compare(b)).toBe(0);
          expect(ratioOf(standing.comparisonPrice).compare(p)).toBe(0);
          const rate = p.minus(b).over(b);
          const t = Ratio.of(material.threshold);
          const meets = p.minus(b).abs().compare(t.times(b)) >= 0;
          const way =
            material.direction === 'both' ||
            (material.direction === 'riseOnly' ? rate.num > 0n : rate.num < 0n);
          // With t = 0 an unchanged both-ways index "triggers" (DOMAIN §3.3); one-way, no move is not the wrong way.
          const expected = !meets
            ? 'belowThreshold'
            : way
              ? 'triggered'
              : rate.num === 0n
                ? 'belowThreshold'
                : 'wrongDirection';
          expect(standing.outcome).toBe(expected);
          count(`standing ${expected}`);
          const needed =
            expected === 'triggered'
              ? Ratio.of('0')
              : material.direction === 'riseOnly'
                ? t.minus(rate)
                : material.direction === 'fallOnly'
                  ? t.plus(rate)
                  : t.minus(rate.abs());
          expect(ratioOf(standing.remaining).minus(needed).abs().compare(TINY)).toBeLessThan(0);
          expect(ratioOf(standing.changeRate).minus(rate).abs().compare(TINY)).toBeLessThan(0);
        });
      }),
      { numRuns: 150, seed: 2026_12_05 },
    );
    for (const key of [
      'held',
      'moves',
      'shock moves',
      'standing triggered',
      'standing belowThreshold',
      'standing wrongDirection',
    ]) {
      expect({ key, enough: (seen.get(key) ?? 0) >= 10 }).toEqual({ key, enough: true });
    }
  });

  it('with averaging windows, several items and shocks, agrees with compute on the appended prices', () => {
    let projected = 0;
    fc.assert(
      fc.property(workbookCase, ({ input, shocks }) => {
        const result = outlook(input, { asOf: input.asOf, shocks });
        const asOf = result.asOf;
        if (asOf === null) return;
        const factors = new Map(shocks.map((shock) => [shock.index, shock.rate.plus(1)]));
        // What was published by the as-of date: the outlook's standpoint.
        const known = { ...input, prices: input.prices.filter((price) => price.point.date <= asOf) };
        for (const item of result.items) {
          const key = (summary: { agreementId: string; item: string }) =>
            summary.agreementId === item.agreementId && summary.item === item.item;
          const next = item.nextAdjustment;
          if (item.status !== 'scheduled' || next === null) {
            expect(item.projectedUnitPrice).toBeNull();
            continue;
          }
          const held = compute(appendedUntil(known, next)).items.find(key);
          const shocked = compute(appendedUntil(known, next, { asOf, factors })).items.find(key);
          expect(item.projectedUnitPrice?.toFixed() ?? null).toBe(
            held?.complete ? held.currentUnitPrice.toFixed() : null,
          );
          expect(item.shockedUnitPrice?.toFixed() ?? null).toBe(
            shocks.length > 0 && shocked?.complete && held?.complete
              ? shocked.currentUnitPrice.toFixed()
              : null,
          );
          if (item.projectedUnitPrice !== null) projected += 1;
          item.materials.forEach((material, index) => {
            const row = input.agreements.filter((candidate) => key(candidate))[index];
            if (
              !row ||
              material.standing === null ||
              material.nextAdjustment === null ||
              material.nextAdjustment === 'event'
            )
              return;
            expect(material.standing.comparisonPrice.toFixed()).toBe(
              heldWindowPrice(known, row, material.nextAdjustment).toFixed(),
            );
          });
        }
      }),
      { numRuns: 60, seed: 2026_12_05 },
    );
    expect(projected).toBeGreaterThan(30);
  });
});
