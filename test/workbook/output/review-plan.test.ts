import { rangeBounds } from '../../../src/workbook/cells';
import { fitColumnWidths } from '../../../src/workbook/column-widths';
import type { OutputSheet } from '../../../src/workbook/grid';
import { planReviewSheets, REVIEW_HEADERS } from '../../../src/workbook/review-sheet';
import { SheetBuilder } from '../../../src/workbook/sheet-builder';
import { materializeSheet, type SheetPlan } from '../../../src/workbook/sheet-plan';
import { manyEvaluations } from './scale-fixture';
import { rowWith } from './sheet-helpers';

const META = { createdOn: '2026-11-25', fingerprint: 'f'.repeat(64) };

/** The widths fitColumnWidths gives the sheet when it is built whole, cell by cell. */
function widthsBuiltWhole(sheet: OutputSheet): number[] {
  const builder = new SheetBuilder();
  sheet.rows.forEach((cells, index) =>
    cells.forEach((cell, column) => builder.set(index + 1, column + 1, cell)),
  );
  for (const range of sheet.merges) {
    const { top, left, right } = rangeBounds(range);
    builder.setMerged(top, left, right, builder.cellAt(top, left) ?? {});
  }
  return fitColumnWidths(builder, REVIEW_HEADERS.length, sheet.frozenRows);
}

describe('연동 검토내역 planned: rows made as they are written', () => {
  const result = manyEvaluations(12); // 120 evaluations, 12 items

  it.each([undefined, 60, 138])(
    'with at most %s rows a sheet: the rows it counts, made alike each time',
    (maxRows) => {
      const plans: SheetPlan[] = planReviewSheets(result, { ...META, maxRows });
      for (const plan of plans) {
        const rows = [...plan.rows()];
        expect(rows).toHaveLength(plan.rowCount);
        expect([...plan.rows()]).toEqual(rows);
        for (const range of plan.merges) expect(rangeBounds(range).bottom).toBeLessThanOrEqual(plan.rowCount);
      }
    },
  );

  it('sizes its columns as if the sheet were built whole, without keeping the rows', () => {
    for (const plan of planReviewSheets(result, { ...META, maxRows: 60 })) {
      const sheet = materializeSheet(plan);
      expect(sheet.columnWidths).toEqual(widthsBuiltWhole(sheet));
    }
  });

  it('places the summary and issues below the list, their merges moved with them', () => {
    const plans = planReviewSheets(result, META);
    expect(plans).toHaveLength(1);
    const sheet = materializeSheet(plans[0] as SheetPlan);
    const heading = rowWith(sheet, '물품별 요약');
    // Title block (6 rows), a blank, the header, 120 evaluations, a blank, then the heading.
    expect(heading).toBe(6 + 1 + 1 + 120 + 1 + 1);
    expect(sheet.merges).toContain(`A${heading}:P${heading}`);
  });
});
