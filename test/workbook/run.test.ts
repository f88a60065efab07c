import type { WorkbookGrids } from '../../src/workbook/grid/grid';
import { ISSUE } from '../../src/domain/issues';
import { runWorkbook, verifyWorkbook } from '../../src/workbook/run';
import { buildTemplateSheets } from '../../src/workbook/input/template';
import { cellAt, shown, toSheetGrid, withCell } from './output/sheet-helpers';

/** The template's sample rows, as a file reader would hand them back. */
function sampleWorkbook(): WorkbookGrids {
  return { sheets: buildTemplateSheets().map((sheet) => toSheetGrid(sheet)) };
}

const OPTIONS = { asOf: '2024-07-01', createdOn: '2026-11-25' } as const;

describe('runWorkbook on the template’s sample workbook', () => {
  const outcome = runWorkbook(sampleWorkbook(), OPTIONS);

  it('computes without errors and fingerprints the inputs', () => {
    expect(outcome.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(outcome.hasErrors).toBe(false);
    expect(outcome.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(outcome.report.fingerprint).toBe(outcome.fingerprint);
    expect(shown(outcome.changeTable, 'C7')).toBe(outcome.fingerprint);
    expect(outcome.report.issues).toEqual(outcome.issues);
  });

  it('writes the two adjustments of the sample into the change table', () => {
    const adjustments = outcome.report.adjustments.map((a) => [
      a.item,
      a.adjustmentDate,
      a.unitPriceBefore,
      a.unitPriceAfter,
    ]);
    // 커버 케이스: 3,500 + 3,500 × 40 % × (1,560 − 1,450) × 80 % / 1,450 = 3,584.97 → 절사 3,584.
    // 모터 하우징: LME copper 8,300 USD × 1,325.5 → 9,650 × 1,379.9 KRW/t (+21.04 %),
    // 0.0005 t × 2,314,385 = 1,157.19 → 13,157.
    expect(adjustments).toEqual([
      ['모터 하우징', '2024-07-01', '12000', '13157'],
      ['커버 케이스', '2024-04-01', '3500', '3584'],
    ]);
    const table = outcome.calculationSheet;
    const items = table.rows
      .map((row) => row[2]?.value)
      .filter((v) => v === '모터 하우징' || v === '커버 케이스');
    expect(items).toEqual(['모터 하우징', '모터 하우징', '커버 케이스']);
  });

  it('prices the deliveries in effect after each adjustment', () => {
    const deliveries = outcome.report.adjustments.map((a) =>
      a.deliveries.map((d) => [d.date, d.adjustmentAmount]),
    );
    expect(deliveries).toEqual([[['2024-07-15', '1388400']], [['2024-05-20', '378000']]]);
  });

  it('lists every evaluation in the review sheet', () => {
    // Two dates × (2 motor materials + 1 cover material).
    expect(outcome.report.evaluations).toHaveLength(6);
    const reasons = outcome.reviewSheet.rows
      .map((row) => row[14]?.value)
      .filter((v) => typeof v === 'string' && v.startsWith('변동률'));
    expect(reasons).toHaveLength(6);
  });
});

describe('verifyWorkbook', () => {
  const withTable = (
    edit?: (grid: ReturnType<typeof toSheetGrid>) => ReturnType<typeof toSheetGrid>,
  ): WorkbookGrids => {
    const workbook = sampleWorkbook();
    const outcome = runWorkbook(workbook, OPTIONS);
    const table = toSheetGrid(outcome.changeTable);
    const calculation = toSheetGrid(outcome.calculationSheet);
    return { sheets: [...workbook.sheets, edit ? edit(table) : table, calculation] };
  };

  it('confirms a table it wrote, reading the as-of date from the title block', () => {
    const { outcome, verification } = verifyWorkbook(withTable(), { asOf: null, createdOn: '2026-12-01' });
    expect(outcome.result.asOf).toBe('2024-07-01');
    expect(verification).toEqual({ differences: [], rowsChecked: 3 });
    expect(outcome.issues.map((issue) => issue.code)).not.toContain(ISSUE.CHANGE_TABLE_INPUTS_CHANGED);
  });

  it('finds the one edited cell', () => {
    const outcome = runWorkbook(sampleWorkbook(), OPTIONS);
    const table = outcome.calculationSheet;
    const target = table.rows.findIndex((row) => row[2]?.value === '커버 케이스') + 1;
    const before = cellAt(table, `S${target}`);
    const edited = withCell(toSheetGrid(table), `S${target}`, {
      value: 3585,
      formula: before.formula ?? '',
      numberFormat: '#,##0',
    });
    const workbook = { sheets: [...sampleWorkbook().sheets, toSheetGrid(outcome.changeTable), edited] };
    const { verification } = verifyWorkbook(workbook, { asOf: null, createdOn: '2026-12-01' });
    expect(verification?.differences.map((d) => [d.cell, d.expected, d.actual])).toEqual([
      [`S${target}`, '3,584', '3,585'],
    ]);
  });

  it('warns when the inputs changed since the table was made', () => {
    const workbook = withTable((grid) => withCell(grid, 'C7', { value: '0'.repeat(64) }));
    const { outcome } = verifyWorkbook(workbook, { asOf: null, createdOn: '2026-12-01' });
    expect(outcome.issues.filter((issue) => issue.code === ISSUE.CHANGE_TABLE_INPUTS_CHANGED)).toEqual([
      expect.objectContaining({ severity: 'warning', sheet: '납품단가 변동표', cell: 'C7' }),
    ]);
  });

  it('is an error when there is no change table to verify', () => {
    const { outcome, verification } = verifyWorkbook(sampleWorkbook(), {
      asOf: null,
      createdOn: '2026-12-01',
    });
    expect(verification).toBeNull();
    expect(outcome.hasErrors).toBe(true);
    expect(outcome.issues.slice(-2)).toEqual([
      expect.objectContaining({
        severity: 'error',
        sheet: '납품단가 변동표',
        code: ISSUE.CHANGE_TABLE_MISSING,
      }),
      expect.objectContaining({
        severity: 'error',
        sheet: '연동 계산 내역',
        code: ISSUE.CHANGE_TABLE_MISSING,
      }),
    ]);
    expect(outcome.report.issues.at(-1)?.code).toBe(ISSUE.CHANGE_TABLE_MISSING);
  });
});
