import ExcelJS from 'exceljs';
import { existsSync, readdirSync } from 'fs';
import { join } from 'path';
import { readWorkbookFile } from '../../src/adapters/xlsx';
import { CliFailure } from '../../src/cli/cli-failure';
import { computeFile } from '../../src/cli/compute-file';
import { SHEET } from '../../src/workbook/sheet-names';
import { runCli, TEST_TODAY } from '../helpers/cli-harness';
import { cellAt, sheetOf } from '../helpers/grid-lookup';
import { type InputRows, writeInputWorkbook } from '../helpers/input-workbook';
import { useTempDir } from '../helpers/temp-dir';

const tmp = useTempDir('yeondong-large-');

/** Ten items of one copper row each, quarterly over two years: 70 evaluations, some triggered. */
const TEN_ITEMS: InputRows = {
  agreements: Array.from({ length: 10 }, (_, item) => ({
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
    threshold: item % 2 === 0 ? '5%' : '10%',
    cycle: '분기',
    firstAdjustment: '2024-04-01',
  })),
  prices: ['2024-01', '2024-03', '2024-06', '2024-09', '2024-12', '2025-03', '2025-06', '2025-09'].map(
    (date, index) => ({
      index: '구리 (원/kg)',
      date,
      price: [9000, 10080, 9900, 9000, 8500, 9600, 9650, 10800][index] ?? 9000,
    }),
  ),
};

async function input(): Promise<string> {
  const path = join(tmp.path(), '입력.xlsx');
  await writeInputWorkbook(path, TEN_ITEMS);
  return path;
}

describe('compute output past Excel’s limits', () => {
  it('continues 연동 검토내역 on numbered sheets, and archives them with the rest on the next run', async () => {
    const path = await input();
    const first = join(tmp.path(), 'first.xlsx');
    const run = await computeFile(
      path,
      { kind: 'new', path: first },
      {
        asOf: '2025-10-01',
        createdOn: TEST_TODAY,
        replace: false,
        maxRows: 60,
      },
    );
    expect(run.written).toBe(true);
    expect(run.writtenInMemory).toBeNull();
    const written = await readWorkbookFile(first);
    expect(written.sheets.map((sheet) => sheet.name)).toEqual([
      SHEET.agreements,
      SHEET.prices,
      SHEET.changeTable,
      SHEET.review,
      `${SHEET.review} (2)`,
    ]);
    expect(cellAt(sheetOf(written, `${SHEET.review} (2)`), 'C7')?.value).toBe('2 / 2');

    // Recomputed on the result, one sheet suffices: both earlier review sheets are kept, dated.
    const second = join(tmp.path(), 'second.xlsx');
    const rerun = await runCli(['compute', first, '-o', second]);
    expect(rerun.code).toBe(0);
    expect((await readWorkbookFile(second)).sheets.map((sheet) => sheet.name)).toEqual([
      SHEET.agreements,
      SHEET.prices,
      `${SHEET.changeTable} ${TEST_TODAY}`,
      `${SHEET.review} ${TEST_TODAY}`,
      `${SHEET.review} (2) ${TEST_TODAY}`,
      SHEET.changeTable,
      SHEET.review,
    ]);
    expect(rerun.stdout).toContain(`'${SHEET.review} (2)'`);

    const replaced = join(tmp.path(), 'replaced.xlsx');
    expect((await runCli(['compute', first, '-o', replaced, '--replace'])).code).toBe(0);
    expect((await readWorkbookFile(replaced)).sheets.map((sheet) => sheet.name)).toEqual([
      SHEET.agreements,
      SHEET.prices,
      SHEET.changeTable,
      SHEET.review,
    ]);
  });

  it('refuses, saving nothing, a change table longer than a sheet holds', async () => {
    const path = await input();
    const output = join(tmp.path(), 'never.xlsx');
    const attempt = computeFile(
      path,
      { kind: 'new', path: output },
      {
        asOf: '2025-10-01',
        createdOn: TEST_TODAY,
        replace: false,
        maxRows: 50,
      },
    );
    await expect(attempt).rejects.toThrow(CliFailure);
    await expect(attempt).rejects.toMatchObject({
      messageKo: expect.stringContaining(`'${SHEET.changeTable}' 시트가`),
      messageEn: expect.stringContaining('more than the 50 a sheet holds'),
    });
    expect(existsSync(output)).toBe(false);
    expect(readdirSync(tmp.path())).toEqual(['입력.xlsx']);
  });

  it('lists only the triggered evaluations with --review triggered', async () => {
    const path = await input();
    const all = join(tmp.path(), 'all.xlsx');
    const triggered = join(tmp.path(), 'triggered.xlsx');
    expect((await runCli(['compute', path, '-o', all, '--as-of', '2025-10-01'])).code).toBe(0);
    const run = await runCli([
      'compute',
      path,
      '-o',
      triggered,
      '--as-of',
      '2025-10-01',
      '--review',
      'triggered',
    ]);
    expect(run.code).toBe(0);
    const allReview = sheetOf(await readWorkbookFile(all), SHEET.review);
    const review = sheetOf(await readWorkbookFile(triggered), SHEET.review);
    const statuses = (sheet: typeof review, header: number): unknown[] =>
      sheet.cells
        .slice(header)
        .map((row) => row[13]?.value)
        .filter((value) => (typeof value === 'string' && value.startsWith('발동')) || value === '미발동');
    expect(statuses(allReview, 8)).toContain('미발동');
    expect(statuses(review, 9).length).toBeGreaterThan(0);
    expect(statuses(review, 9)).not.toContain('미발동');
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
