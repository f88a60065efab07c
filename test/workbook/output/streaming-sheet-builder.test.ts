import { changeTableSteps } from '../../../src/workbook/change-table';
import type { OutputCell, OutputSheet } from '../../../src/workbook/grid';
import { reviewSheetPlans } from '../../../src/workbook/review-sheet';
import { finished, materialize, type SheetPlan } from '../../../src/workbook/sheet-plan';
import { StreamingSheetBuilder, type StreamedRow } from '../../../src/workbook/streaming-sheet-builder';
import { shareExcessTwoMaterials, twoAdjustmentsOfOneItem } from './fixtures';
import { manyEvaluations } from './scale-fixture';

const META = { createdOn: '2026-11-25', fingerprint: 'a'.repeat(64) };

/** A plan written as the streaming writer writes it: measured first, then row by row into a list. */
function streamed(plan: SheetPlan): { frame: OutputSheet; rows: StreamedRow[] } {
  const frame = finished(plan.steps(new StreamingSheetBuilder()));
  const rows: StreamedRow[] = [];
  finished(plan.steps(new StreamingSheetBuilder((row) => rows.push({ ...row, cells: [...row.cells] }))));
  return { frame, rows };
}

/** The same rows as a dense sheet: empty cells as {} up to each row's last cell. */
function dense(rows: readonly StreamedRow[]): OutputCell[][] {
  const sheet: OutputCell[][] = [];
  for (const row of rows) {
    while (sheet.length < row.number - 1) sheet.push([]);
    sheet.push(Array.from(row.cells, (cell) => cell ?? {}));
  }
  return sheet;
}

describe('a streamed sheet is the whole sheet, row by row', () => {
  const plans: [string, SheetPlan][] = [
    [
      'change table',
      { name: '납품단가 변동표', steps: (sheet) => changeTableSteps(twoAdjustmentsOfOneItem(), META, sheet) },
    ],
    [
      'change table with share and delivery columns',
      { name: '납품단가 변동표', steps: (sheet) => changeTableSteps(shareExcessTwoMaterials(), META, sheet) },
    ],
    ...reviewSheetPlans(manyEvaluations(8), { ...META, maxRows: 50 }).map((plan): [string, SheetPlan] => [
      plan.name,
      plan,
    ]),
  ];

  it.each(plans)('%s: same cells, merges, widths, panes and print setup', (_name, plan) => {
    const whole = materialize(plan);
    const { frame, rows } = streamed(plan);
    expect(dense(rows)).toEqual(whole.rows);
    expect(rows.flatMap((row) => row.merges.map(([left, right]) => [row.number, left, right]))).toHaveLength(
      whole.merges.length,
    );
    expect(frame).toEqual({ ...whole, rows: [] });
  });

  it('refuses rows written out of order', () => {
    const builder = new StreamingSheetBuilder();
    builder.set(3, 1, { value: 'a' });
    expect(() => builder.set(2, 1, { value: 'b' })).toThrow(/top to bottom/);
  });
});
