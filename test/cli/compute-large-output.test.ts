import ExcelJS from 'exceljs';
import { existsSync, readdirSync } from 'fs';
import { join } from 'path';
import { loadWorkbookFile, readWorkbookFile, workbookGrids } from '../../src/adapters/xlsx';
import { CliFailure } from '../../src/cli/cli-failure';
import { computeFile } from '../../src/cli/compute-file';
import { runWorkbook } from '../../src/workbook/run';
import { SHEET } from '../../src/workbook/grid/sheet-names';
import { runCli, TEST_TODAY } from '../helpers/cli-harness';
import { cellAt, sheetOf } from '../helpers/grid-lookup';
import { type InputRows, writeInputWorkbook } from '../helpers/input-workbook';
import { useTempDir } from '../helpers/temp-dir';

const tmp = useTempDir('yeondong-large-');

const MONTHS = Array.from({ length: 21 }, (_, index) => {
  const month = index % 12;
  return `${2024 + Math.floor(index / 12)}-${String(month + 1).padStart(2, '0')}`;
});

/** Two items of one copper row each, monthly over 20 months: 40 evaluations, some triggered. */
const TWO_ITEMS: InputRows = {
  agreements: Array.from({ length: 2 }, (_, item) => ({
    agreementId: 'T-2024-01',
    buyer: '한빛전자(주)',
    supplier: '대성정밀(주)',
    item: `부품 ${item + 1}`,
    signedOn: '2023-12-10',
    unitPrice: 10000 + item * 100,
    material: '구리',
    index: '구리 (원/kg)',
    formula: '투입량',
    quantityPerUnit: 1 + item / 4,
    basePoint: '2024-01',
    threshold: item === 0 ? '5%' : '10%',
    cycle: '월',
    firstAdjustment: '2024-02-01',
  })),
  prices: MONTHS.map((date, index) => ({
    index: '구리 (원/kg)',
    date,
    price: [9000, 9100, 9950, 9900, 9300, 9250, 10400][index % 7] ?? 9000,
  })),
};

const AS_OF = '2025-09-01';

async function input(): Promise<string> {
  const path = join(tmp.path(), '입력.xlsx');
  await writeInputWorkbook(path, TWO_ITEMS);
  return path;
}

/** The longest sheet other than the review, and the review's length, as written with no limit. */
async function sheetLengths(path: string): Promise<{ others: number; review: number }> {
  const outcome = runWorkbook(workbookGrids(await loadWorkbookFile(path)), {
    asOf: AS_OF,
    createdOn: TEST_TODAY,
  });
  const others = [outcome.changeTable, outcome.calculationSheet, outcome.agreementTable];
  return {
    others: Math.max(...others.map((sheet) => sheet.rows.length)),
    review: outcome.reviewSheet.rows.length,
  };
}

describe('compute output past a sheet’s last row', () => {
  it('continues 연동 검토내역 on numbered sheets, which a replacing run with room enough does not leave behind', async () => {
    const path = await input();
    const { others, review } = await sheetLengths(path);
    expect(review).toBeGreaterThan(others + 10);
    const first = join(tmp.path(), 'first.xlsx');
    const run = await computeFile(
      path,
      { kind: 'new', path: first },
      { asOf: AS_OF, createdOn: TEST_TODAY, replace: false, maxRows: others + 10 },
    );
    expect(run.written).toBe(true);
    expect(run.writtenInMemory).toBeNull();
    const written = await readWorkbookFile(first);
    const names = written.sheets.map((sheet) => sheet.name);
    expect(names.slice(0, 5)).toEqual([
      SHEET.agreements,
      SHEET.prices,
      SHEET.changeTable,
      SHEET.calculation,
      SHEET.review,
    ]);
    expect(names).toContain(`${SHEET.review} (2)`);
    expect(names[names.length - 1]).toBe(SHEET.agreementTable);
    const continued = sheetOf(written, `${SHEET.review} (2)`);
    expect(cellAt(continued, 'A7')?.value).toBe('시트');

    // Recomputed with room enough, one review sheet suffices: the replaced run leaves no old (2).
    const replaced = join(tmp.path(), 'replaced.xlsx');
    expect((await runCli(['compute', first, '-o', replaced, '--replace'])).code).toBe(0);
    expect((await readWorkbookFile(replaced)).sheets.map((sheet) => sheet.name)).toEqual([
      SHEET.agreements,
      SHEET.prices,
      SHEET.changeTable,
      SHEET.calculation,
      SHEET.review,
      SHEET.agreementTable,
    ]);
  });

  it('refuses, saving nothing, a sheet other than the review longer than a sheet holds', async () => {
    const path = await input();
    const { others } = await sheetLengths(path);
    const output = join(tmp.path(), 'never.xlsx');
    const attempt = computeFile(
      path,
      { kind: 'new', path: output },
      { asOf: AS_OF, createdOn: TEST_TODAY, replace: false, maxRows: others - 1 },
    );
    await expect(attempt).rejects.toThrow(CliFailure);
    await expect(attempt).rejects.toMatchObject({
      text: { en: expect.stringContaining(`more than the ${others - 1} a sheet holds`) },
    });
    expect(existsSync(output)).toBe(false);
    expect(readdirSync(tmp.path())).toEqual(['입력.xlsx']);
  });

  it('lists only the triggered evaluations with --review triggered', async () => {
    const path = await input();
    const all = join(tmp.path(), 'all.xlsx');
    const triggered = join(tmp.path(), 'triggered.xlsx');
    expect((await runCli(['compute', path, '-o', all, '--as-of', AS_OF])).code).toBe(0);
    const run = await runCli(['compute', path, '-o', triggered, '--as-of', AS_OF, '--review', 'triggered']);
    expect(run.code).toBe(0);
    const allReview = sheetOf(await readWorkbookFile(all), SHEET.review);
    const review = sheetOf(await readWorkbookFile(triggered), SHEET.review);
    const statuses = (sheet: typeof review): unknown[] =>
      sheet.cells
        .map((row) => row[13]?.value)
        .filter((value) => (typeof value === 'string' && value.startsWith('발동')) || value === '미발동');
    expect(statuses(allReview)).toContain('미발동');
    expect(statuses(review).length).toBeGreaterThan(0);
    expect(statuses(review)).not.toContain('미발동');
    expect(cellAt(review, 'A7')?.value).toBe('목록');
  });

  it('refuses another --review word (exit 2)', async () => {
    const run = await runCli(['compute', await input(), '--review', 'some']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--review 값은 all(모든 평가) 또는 triggered(발동한 평가만)여야 합니다');
  });

  it('writes a workbook with an Excel table in memory, keeping the table', async () => {
    const path = await input();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    workbook
      .addWorksheet('표')
      .addTable({ name: '참고표', ref: 'A1', columns: [{ name: '열' }], rows: [['값']] });
    await workbook.xlsx.writeFile(path);
    const output = join(tmp.path(), 'with-table.xlsx');
    const run = await computeFile(
      path,
      { kind: 'new', path: output },
      { asOf: null, createdOn: TEST_TODAY, replace: false },
    );
    expect(run.writtenInMemory).toBe("Excel tables on '표'");
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(output);
    expect(back.getWorksheet('표')?.getTable('참고표')).toBeDefined();
    expect(back.worksheets.map((sheet) => sheet.name)).toContain(SHEET.review);
  });
});
