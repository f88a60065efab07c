import fc from 'fast-check';
import { D } from '../../../src/domain/decimal';
import { buildChangeTable } from '../../../src/workbook/output/change-table/calculation-sheet';
import type { OutputSheet } from '../../../src/workbook/grid/grid';
import { buildReviewSheet } from '../../../src/workbook/output/review-sheet';
import { verifyChangeTable } from '../../../src/workbook/verify/table-values';
import { adjust, type ItemSpec, type MaterialSpec, resultOf } from './fixtures';
import { toSheetGrid } from './sheet-helpers';

const META = { createdOn: '2026-11-25', fingerprint: 'f'.repeat(64) };

/** A decimal with up to `scale` decimals between 1 and `max`. */
const decimal = (max: number, scale: number) =>
  fc
    .integer({ min: 10 ** scale, max: max * 10 ** scale })
    .map((n) => new D(n).dividedBy(10 ** scale).toFixed());

const materialArb: fc.Arbitrary<MaterialSpec> = fc
  .record({
    material: fc.string({ minLength: 1, maxLength: 8 }),
    base: decimal(2_000_000, 2),
    move: fc.integer({ min: -40, max: 60 }),
    threshold: fc.integer({ min: 1, max: 15 }),
    ratio: fc.integer({ min: 1, max: 100 }),
    mode: fc.constantFrom('whole' as const, 'excess' as const),
    share: fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }),
    quantity: decimal(50, 4),
  })
  .map((m) => ({
    material: m.material,
    index: `${m.material} 지수`,
    base: m.base,
    comparison: new D(m.base).times(new D(100 + m.move).dividedBy(100)).toFixed(),
    threshold: new D(m.threshold).dividedBy(100).toFixed(),
    ratio: new D(m.ratio).dividedBy(100).toFixed(),
    mode: m.mode,
    ...(m.share === undefined
      ? { formula: 'quantity' as const, quantity: m.quantity }
      : { formula: 'share' as const, share: new D(m.share).dividedBy(100).toFixed() }),
  }));

const scenarioArb = fc
  .record({
    item: fc.string({ minLength: 1, maxLength: 10 }),
    unitPrice: decimal(500_000, 0),
    decimals: fc.integer({ min: 0, max: 2 }),
    rounding: fc.constantFrom('halfUp' as const, 'down' as const, 'up' as const),
    materials: fc.uniqueArray(materialArb, { minLength: 1, maxLength: 4, selector: (m) => m.material }),
    deliveries: fc.array(fc.integer({ min: 1, max: 10_000 }), { maxLength: 3 }),
  })
  .map((s) => {
    const item: ItemSpec = {
      agreementId: 'A-1',
      buyer: '위탁',
      supplier: '수탁',
      item: s.item,
      partNo: null,
      originalUnitPrice: s.unitPrice,
      priceDecimals: s.decimals,
      rounding: s.rounding,
    };
    const adjustment = adjust(item, {
      sequence: 1,
      adjustmentDate: '2024-04-01',
      unitPriceBefore: s.unitPrice,
      materials: s.materials,
      deliveries: s.deliveries.map((quantity) => ({ date: '2024-04-02', quantity: String(quantity) })),
    });
    return resultOf('2024-04-01', [adjustment], [], [item]);
  });

function textCells(sheet: OutputSheet): string[] {
  return sheet.rows.flat().flatMap((cell) => (typeof cell.value === 'string' ? [cell.value] : []));
}

describe('output sheets, for any adjustment', () => {
  it('verify confirms every table that buildChangeTable writes', () => {
    fc.assert(
      fc.property(scenarioArb, (result) => {
        const report = verifyChangeTable(toSheetGrid(buildChangeTable(result, META)), result);
        expect(report.differences).toEqual([]);
        expect(report.rowsChecked).toBe(result.adjustments[0]?.materials.length);
      }),
      { numRuns: 200 },
    );
  });

  it('caches on every formula cell the engine value it must produce', () => {
    fc.assert(
      fc.property(scenarioArb, (result) => {
        const sheet = buildChangeTable(result, META);
        const adjustment = result.adjustments[0];
        const formulas = sheet.rows.flat().filter((cell) => cell.formula !== undefined);
        expect(formulas.every((cell) => typeof cell.result === 'number')).toBe(true);
        const afterCells = formulas.filter((cell) =>
          /^ROUND(DOWN|UP)?\(ROUND\(R\d+\+SUM/.test(cell.formula ?? ''),
        );
        expect(afterCells).toHaveLength(adjustment?.materials.length ?? -1);
        for (const cell of afterCells) {
          expect(cell.result).toBe(adjustment?.unitPriceAfter.toNumber());
        }
      }),
      { numRuns: 100 },
    );
  });

  it('writes any input text as a value, never as a formula', () => {
    const hostile = fc.oneof(
      fc.string({ minLength: 1, maxLength: 12 }),
      fc
        .constantFrom('=', '+', '-', '@')
        .chain((lead) => fc.string({ maxLength: 12 }).map((rest) => lead + rest)),
    );
    const tableFor = (item: string, material: string) => {
      const spec: ItemSpec = {
        agreementId: material,
        buyer: item,
        supplier: material,
        item,
        partNo: item,
        originalUnitPrice: '1000',
      };
      const adjustment = adjust(spec, {
        sequence: 1,
        adjustmentDate: '2024-04-01',
        unitPriceBefore: '1000',
        materials: [
          { material, index: item, quantity: '1', base: '100', comparison: '150', threshold: '0.1' },
        ],
      });
      return resultOf('2024-04-01', [adjustment], [], [spec]);
    };
    const formulasOf = (sheet: OutputSheet) =>
      sheet.rows.flatMap((row, r) =>
        row.flatMap((cell, c) => (cell.formula === undefined ? [] : [[r, c, cell.formula]])),
      );
    const plain = formulasOf(buildChangeTable(tableFor('모터', '구리'), META));
    fc.assert(
      fc.property(hostile, hostile, (item, material) => {
        const result = tableFor(item, material);
        const table = buildChangeTable(result, META);
        // The same formulas in the same cells as with harmless names: the text reached none of them.
        expect(formulasOf(table)).toEqual(plain);
        for (const sheet of [table, buildReviewSheet(result, META)]) {
          expect(textCells(sheet)).toEqual(expect.arrayContaining([item, material]));
        }
      }),
    );
  });
});
