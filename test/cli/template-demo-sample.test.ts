import { readFileSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { readWorkbookFile } from '../../src/adapters/xlsx';
import { runWorkbook } from '../../src/workbook/run';
import { SHEET } from '../../src/workbook/grid/sheet-names';
import { runCli } from '../helpers/cli-harness';
import { EXAMPLE_ONE, writeInputWorkbook } from '../helpers/input-workbook';
import { useTempDir } from '../helpers/temp-dir';

const tmp = useTempDir();
const COMMITTED_SAMPLE = resolve(__dirname, '..', '..', 'assets', 'sample-workbook.xlsx');

describe('yeondong template', () => {
  it('writes the four input sheets and the 연동표 of their sample rows, and a compute on it runs without errors', async () => {
    const path = join(tmp.path(), '양식.xlsx');
    const run = await runCli(['template', path]);
    expect(run.code).toBe(0);
    const grids = await readWorkbookFile(path);
    expect(grids.sheets.map((sheet) => sheet.name)).toEqual([
      SHEET.agreements,
      SHEET.prices,
      SHEET.fx,
      SHEET.deliveries,
      SHEET.agreementTable,
    ]);
    const table = grids.sheets.find((sheet) => sheet.name === SHEET.agreementTable);
    const texts = (table?.cells ?? []).flat().map((cell) => String(cell.value ?? ''));
    // Three sample rows: three blocks of the ten rows, the formula written with the row's own values.
    expect(texts.filter((text) => text === '9. 연동 산식')).toHaveLength(3);
    expect(texts).toContain(
      '조정 후 단가 = 직전 단가 + (비교시점 가격 − 기준시점 가격) × 0.0005 t (단위당 투입량) × 100%',
    );
    expect((await runCli(['compute', path])).code).toBe(0);
  });

  it('--from writes the 연동표 of a workbook’s agreement rows alone, before any price exists', async () => {
    const input = join(tmp.path(), '약정만.xlsx');
    // Only 연동약정: no price sheet at all.
    await writeInputWorkbook(input, { agreements: EXAMPLE_ONE.agreements });
    const path = join(tmp.path(), '연동표.xlsx');
    const run = await runCli(['template', path, '--from', input]);
    expect(run.code).toBe(0);
    const grids = await readWorkbookFile(path);
    expect(grids.sheets.map((sheet) => sheet.name)).toEqual([SHEET.agreementTable]);
    const texts = (grids.sheets[0]?.cells ?? []).flat().map((cell) => String(cell.value ?? ''));
    expect(texts).toContain(
      '조정 후 단가 = 직전 단가 + (비교시점 가격 − 기준시점 가격) × 2 (단위당 투입량) × 100%',
    );
    expect(texts).toContain('기준시점 대비 원재료 가격이 10% 이상 변동(상승 또는 하락)한 경우');
  });

  it('refuses to overwrite an existing file', async () => {
    const path = join(tmp.path(), '양식.xlsx');
    writeFileSync(path, 'mine');
    const run = await runCli(['template', path]);
    expect(run.code).toBe(2);
    expect(readFileSync(path, 'utf8')).toBe('mine');
  });
});

describe('the sample workbook', () => {
  it('is up to date: `yeondong sample` regenerates it byte for byte (if not, run npm run sample)', async () => {
    const path = join(tmp.path(), 'sample.xlsx');
    expect((await runCli(['sample', path])).code).toBe(0);
    expect(readFileSync(path).equals(readFileSync(COMMITTED_SAMPLE))).toBe(true);
  });

  it('holds four agreements, thirteen items and five indices over 24 months, and reads without issues', async () => {
    const outcome = runWorkbook(await readWorkbookFile(COMMITTED_SAMPLE), {
      asOf: null,
      createdOn: '2026-01-05',
    });
    expect(outcome.issues).toEqual([]);
    const { items, adjustments, evaluations } = outcome.result;
    expect(new Set(items.map((item) => item.agreementId))).toEqual(
      new Set(['HB-DS-2024-01', 'HB-WJ-2024-03', 'SY-DA-2024-02', 'HB-SJ-2024-04']),
    );
    expect(items).toHaveLength(13);
    expect(items.every((item) => item.complete)).toBe(true);
    expect(new Set(evaluations.map((evaluation) => evaluation.index)).size).toBe(5);
    // The standard agreement's rules: a 0 % threshold, a 변동률 item and a key energy cost.
    const standard = evaluations.filter((evaluation) => evaluation.agreementId === 'HB-SJ-2024-04');
    expect(standard.every((evaluation) => evaluation.threshold.isZero())).toBe(true);
    expect(standard.some((evaluation) => evaluation.formula === 'rate' && evaluation.triggered)).toBe(true);
    expect(standard.some((evaluation) => evaluation.costKind === 'energy' && evaluation.triggered)).toBe(
      true,
    );
    expect(outcome.result.asOf).toBe('2025-12-01');
    // Prices move both ways: some adjustments raise the unit price, some lower it.
    expect(adjustments.some((a) => a.unitPriceAfter.greaterThan(a.unitPriceBefore))).toBe(true);
    expect(adjustments.some((a) => a.unitPriceAfter.lessThan(a.unitPriceBefore))).toBe(true);
    expect(adjustments.some((a) => a.deliveries.length > 0)).toBe(true);
  });
});

describe('yeondong demo', () => {
  it('computes the sample, writes the result workbook and prints a Korean summary', async () => {
    const output = join(tmp.path(), 'demo', 'result.xlsx');
    const run = await runCli(['demo', '-o', output]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('물품 13개');
    expect(run.stdout).toMatch(/단가 조정 \d+건/);
    expect(run.stdout).toContain('오류 0건, 경고 0건');
    expect(run.stdout).toContain('모터 하우징');
    const names = (await readWorkbookFile(output)).sheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining([SHEET.changeTable, SHEET.review]));
    expect((await runCli(['verify', output])).code).toBe(0);
  });
});
