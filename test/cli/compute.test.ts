import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { readWorkbookFile } from '../../src/adapters/xlsx';
import type { JsonReport } from '../../src/workbook/output/json-report';
import { SHEET } from '../../src/workbook/grid/sheet-names';
import { runCli, TEST_TODAY } from '../helpers/cli-harness';
import { sheetOf } from '../helpers/grid-lookup';
import { columnOf, EXAMPLE_ONE, writeInputWorkbook } from '../helpers/input-workbook';
import { useTempDir } from '../helpers/temp-dir';

const tmp = useTempDir();

async function exampleInput(name = '계약.xlsx'): Promise<string> {
  const path = join(tmp.path(), name);
  await writeInputWorkbook(path, EXAMPLE_ONE);
  return path;
}

async function sheetNames(path: string): Promise<string[]> {
  return (await readWorkbookFile(path)).sheets.map((sheet) => sheet.name);
}

describe('yeondong compute', () => {
  it('writes <in>-연동결과.xlsx beside the input with the input sheets and both output sheets, leaving the input as it was', async () => {
    const input = await exampleInput();
    const before = readFileSync(input);
    const run = await runCli(['compute', input]);
    expect(run.code).toBe(0);
    const output = join(tmp.path(), '계약-연동결과.xlsx');
    expect(run.stdout).toContain(output);
    expect(await sheetNames(output)).toEqual([
      SHEET.agreements,
      SHEET.prices,
      SHEET.deliveries,
      SHEET.changeTable,
      SHEET.calculation,
      SHEET.review,
      SHEET.agreementTable,
    ]);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(readdirSync(tmp.path()).sort()).toEqual(['계약-연동결과.xlsx', '계약.xlsx']);
  });

  it('prints the JSON report, and only it, on stdout with --json', async () => {
    const run = await runCli(['compute', await exampleInput(), '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.asOf).toBe('2024-04-01');
    expect(report.issues).toEqual([]);
    expect(report.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(report.adjustments).toHaveLength(1);
    expect(report.adjustments[0]).toMatchObject({
      agreementId: 'T-2024-01',
      item: '모터 하우징',
      partNo: 'MH-1',
      adjustmentDate: '2024-04-01',
      effectiveDate: '2024-04-01',
      unitPriceBefore: '10000',
      unitPriceAfter: '12160',
      materials: [
        {
          material: '구리',
          index: '구리 (원/kg)',
          basePrice: '9000',
          comparisonPrice: '10080',
          changeRate: '0.12',
          triggered: true,
          unitPriceDelta: '2160',
        },
      ],
      deliveries: [
        expect.objectContaining({
          quantity: '100',
          amountBefore: '1000000',
          amountAfter: '1216000',
          adjustmentAmount: '216000',
        }),
      ],
    });
    expect(report.evaluations).toHaveLength(1);
    expect(run.stderr).toContain('결과 파일');
  });

  it('stops at --as-of: no adjustment date after it is evaluated', async () => {
    const run = await runCli(['compute', await exampleInput(), '--json', '--as-of', '2024-03-31']);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.asOf).toBe('2024-03-31');
    expect(report.adjustments).toEqual([]);
    expect(report.evaluations).toEqual([]);
  });

  it('exits 1 and lists the error with its sheet and cell, writing no output, when the input has an error', async () => {
    const input = join(tmp.path(), '오류.xlsx');
    const [agreement] = EXAMPLE_ONE.agreements ?? [];
    await writeInputWorkbook(input, {
      ...EXAMPLE_ONE,
      agreements: [{ ...agreement, threshold: '십 퍼센트' }],
    });
    const run = await runCli(['compute', input, '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    const cell = `${columnOf('agreements', 'threshold')}2`;
    expect(report.issues).toContainEqual(
      expect.objectContaining({ severity: 'error', sheet: SHEET.agreements, cell }),
    );
    expect(run.stderr).toContain(`[오류] ${SHEET.agreements}!${cell} `);
    expect(run.stderr).toContain('결과 파일을 만들지 않았습니다');
    expect(readdirSync(tmp.path())).toEqual(['오류.xlsx']);
  });

  it('never replaces an earlier result: a second run without -o writes "(2)"', async () => {
    const input = await exampleInput();
    expect((await runCli(['compute', input])).code).toBe(0);
    const first = readFileSync(join(tmp.path(), '계약-연동결과.xlsx'));
    const second = await runCli(['compute', input], '2026-02-01');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('계약-연동결과 (2).xlsx');
    expect(readFileSync(join(tmp.path(), '계약-연동결과.xlsx')).equals(first)).toBe(true);
  });

  it('refuses an existing -o file (exit 2) and leaves it untouched', async () => {
    const input = await exampleInput();
    const taken = await exampleInput('taken.xlsx');
    const before = readFileSync(taken);
    const run = await runCli(['compute', input, '-o', taken]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('덮어쓰지 않습니다');
    expect(readFileSync(taken).equals(before)).toBe(true);
  });

  it('keeps an existing 납품단가 변동표 under a dated name, and replaces it only with --replace', async () => {
    const input = await exampleInput();
    const first = join(tmp.path(), 'first.xlsx');
    expect((await runCli(['compute', input, '-o', first])).code).toBe(0);
    const earlierTable = sheetOf(await readWorkbookFile(first), SHEET.changeTable);

    const second = join(tmp.path(), 'second.xlsx');
    const rerun = await runCli(['compute', first, '-o', second], '2026-03-01');
    expect(rerun.code).toBe(0);
    const archivedName = `${SHEET.changeTable} ${TEST_TODAY}`;
    expect(rerun.stdout).toContain(archivedName);
    const secondBook = await readWorkbookFile(second);
    expect(secondBook.sheets.map((sheet) => sheet.name)).toEqual([
      SHEET.agreements,
      SHEET.prices,
      SHEET.deliveries,
      archivedName,
      `${SHEET.calculation} ${TEST_TODAY}`,
      `${SHEET.review} ${TEST_TODAY}`,
      `${SHEET.agreementTable} ${TEST_TODAY}`,
      SHEET.changeTable,
      SHEET.calculation,
      SHEET.review,
      SHEET.agreementTable,
    ]);
    // The archived sheet is the earlier table, cell for cell.
    expect(sheetOf(secondBook, archivedName).cells).toEqual(earlierTable.cells);

    const replaced = join(tmp.path(), 'replaced.xlsx');
    expect((await runCli(['compute', first, '-o', replaced, '--replace'])).code).toBe(0);
    expect(await sheetNames(replaced)).toEqual([
      SHEET.agreements,
      SHEET.prices,
      SHEET.deliveries,
      SHEET.changeTable,
      SHEET.calculation,
      SHEET.review,
      SHEET.agreementTable,
    ]);
  });

  it('writes into the input itself only with --in-place, leaving no temporary file', async () => {
    const input = await exampleInput();
    const run = await runCli(['compute', input, '--in-place']);
    expect(run.code).toBe(0);
    expect(await sheetNames(input)).toContain(SHEET.changeTable);
    expect(readdirSync(tmp.path())).toEqual(['계약.xlsx']);
  });

  it('exits 1 with a clear message, and no stack trace, for a file that is not an .xlsx workbook', async () => {
    const input = join(tmp.path(), 'notes.xlsx');
    writeFileSync(input, '약정번호,위탁기업\n');
    const run = await runCli(['compute', input]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[오류] Excel 통합 문서(.xlsx)로 열 수 없습니다');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(tmp.path(), 'notes-연동결과.xlsx'))).toBe(false);
    const missing = await runCli(['compute', join(tmp.path(), 'missing.xlsx')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('파일이 없습니다');
  });
});
