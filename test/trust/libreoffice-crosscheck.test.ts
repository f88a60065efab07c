import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { saveWorkbookFile, writeOutputSheets } from '../../src/adapters/xlsx';
import type { OutputCell, OutputSheet } from '../../src/workbook/grid/grid';
import { runWorkbook } from '../../src/workbook/run';
import { SHEET } from '../../src/workbook/grid/sheet-names';
import { runCli } from '../helpers/cli-harness';
import { expectedCells, expectedCellsOf, stripCachedResults } from './change-table-cells';
import { disagreements, type ExpectedCell } from './crosscheck-compare';
import { convertAll, privateProfile, sofficeAvailable } from './libreoffice';
import { gridsOf, randomRows } from './random-workbook';

/**
 * Issue 4.1: every derived cell of `연동 계산 내역` (변동률, δ, 조정 후 단가, 납품금액, 조정금액,
 * 합계, q, chained 조정 전 단가) is recomputed by LibreOffice from its formula — the files carry no
 * cached results — and must equal the engine's value at the cell's displayed precision.
 */

const RANDOM_WORKBOOKS = 120;
const SEED = 20_260_401;
const SAMPLE = resolve(__dirname, '..', '..', 'assets', 'sample-workbook.xlsx');

// The office tools are part of the test set (npm test installs them): missing means failing, never skipping.
const describeWithSoffice = describe;

beforeAll(() => {
  if (!sofficeAvailable()) {
    throw new Error('LibreOffice (soffice) is missing: run `bash scripts/ensure-system-packages.sh`');
  }
});

interface Case {
  readonly name: string;
  readonly expected: readonly ExpectedCell[];
}

function withoutResult(cell: OutputCell): OutputCell {
  const { result, ...rest } = cell;
  void result;
  return rest;
}

/** The change table alone, formulas without cached results, written by the xlsx adapter. */
async function writeWithoutResults(sheet: OutputSheet, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const bare = { ...sheet, rows: sheet.rows.map((row) => row.map(withoutResult)) };
  writeOutputSheets(workbook, [bare]);
  await saveWorkbookFile(workbook, path);
}

describeWithSoffice('LibreOffice recomputes the change table to the engine’s values', () => {
  let dir = '';
  const cases: Case[] = [];
  let tampered: Case | null = null;
  let workbooksWithErrors = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'yeondong-lo-'));
    const inputs = join(dir, 'in');
    const outputs = join(dir, 'out');
    mkdirSync(inputs);
    mkdirSync(outputs);

    // 1. The sample workbook through the real command line.
    const computed = join(dir, 'sample-result.xlsx');
    const run = await runCli(['compute', SAMPLE, '-o', computed]);
    expect(run.code).toBe(0);
    const sample = new ExcelJS.Workbook();
    await sample.xlsx.readFile(computed);
    const table = sample.getWorksheet(SHEET.calculation)!;
    const view = table.views[0];
    const headerRow = view && 'ySplit' in view ? (view.ySplit ?? 0) : 0;
    cases.push({ name: 'sample', expected: expectedCellsOf(table, headerRow) });
    stripCachedResults(table);
    for (const other of sample.worksheets) if (other !== table) stripCachedResults(other);
    await sample.xlsx.writeFile(join(inputs, 'sample.xlsx'));

    // 2. Random workbooks through runWorkbook and the xlsx adapter.
    const all = fc.sample(randomRows, { seed: SEED, numRuns: RANDOM_WORKBOOKS });
    for (const [index, rows] of all.entries()) {
      const outcome = runWorkbook(gridsOf(rows), { asOf: '2025-06-30', createdOn: '2025-07-01' });
      if (outcome.hasErrors) {
        workbooksWithErrors += 1;
        continue;
      }
      const name = `random-${index}`;
      await writeWithoutResults(outcome.calculationSheet, join(inputs, `${name}.xlsx`));
      cases.push({ name, expected: expectedCells(outcome.calculationSheet) });
    }

    // 3. A deliberately wrong formula: one δ made 1 % too large must be caught.
    const victim = cases.find((entry) => entry.expected.some((cell) => cell.column === '단가 변동액 (δ)'))!;
    const wrong = new ExcelJS.Workbook();
    await wrong.xlsx.readFile(join(inputs, `${victim.name}.xlsx`));
    const sheet = wrong.getWorksheet(SHEET.calculation)!;
    const target = victim.expected.find(
      (cell) => cell.column === '단가 변동액 (δ)' && Math.abs(cell.engine) >= 1,
    )!;
    sheet.getCell(target.address).value = { formula: `(${target.formula})*1.01` } as ExcelJS.CellFormulaValue;
    await wrong.xlsx.writeFile(join(inputs, 'tampered.xlsx'));
    tampered = { name: 'tampered', expected: [target] };

    // 4. A formula whose cached result is wrong: LibreOffice must not keep it.
    const canary = new ExcelJS.Workbook();
    const canarySheet = canary.addWorksheet('S');
    canarySheet.getCell('A1').value = 3;
    canarySheet.getCell('A2').value = { formula: 'A1*2', result: 99 };
    await canary.xlsx.writeFile(join(inputs, 'canary.xlsx'));

    const files = ['canary', 'tampered', ...cases.map((entry) => entry.name)].map((name) =>
      join(inputs, `${name}.xlsx`),
    );
    convertAll(privateProfile(join(dir, 'profile')), files, 'xlsx', outputs);
  }, 200_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function recomputed(name: string): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'out', `${name}.xlsx`));
    return workbook;
  }

  it('recalculates on load instead of keeping cached results', async () => {
    const canary = await recomputed('canary');
    expect(canary.getWorksheet('S')!.getCell('A2').value).toEqual({ formula: 'A1*2', result: 6 });
  });

  it('catches a deliberately wrong formula', async () => {
    const workbook = await recomputed('tampered');
    const found = disagreements(workbook.getWorksheet(SHEET.calculation)!, tampered!.expected);
    expect(found).toHaveLength(1);
  });

  it('agrees on every derived cell of the sample workbook', async () => {
    const sample = cases.find((entry) => entry.name === 'sample')!;
    const workbook = await recomputed('sample');
    expect(disagreements(workbook.getWorksheet(SHEET.calculation)!, sample.expected)).toEqual([]);
    const columns = new Set(sample.expected.map((cell) => cell.column));
    for (const column of [
      '변동률',
      '단가 변동액 (δ)',
      '조정 후 납품단가',
      '조정 전 납품금액',
      '조정금액',
      '합계',
    ]) {
      expect(columns).toContain(column);
    }
  });

  it(`agrees on every derived cell of ${RANDOM_WORKBOOKS} random workbooks`, async () => {
    const random = cases.filter((entry) => entry.name.startsWith('random-'));
    expect(random.length).toBeGreaterThanOrEqual(RANDOM_WORKBOOKS * 0.9);
    expect(workbooksWithErrors).toBeLessThan(RANDOM_WORKBOOKS / 10);
    const perColumn = new Map<string, number>();
    const wrong: unknown[] = [];
    for (const entry of random) {
      const workbook = await recomputed(entry.name);
      wrong.push(
        ...disagreements(workbook.getWorksheet(SHEET.calculation)!, entry.expected).map((cell) => ({
          workbook: entry.name,
          ...cell,
        })),
      );
      for (const cell of entry.expected) perColumn.set(cell.column, (perColumn.get(cell.column) ?? 0) + 1);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    // Every kind of derived cell was exercised many times.
    for (const column of [
      '변동률',
      '단가 변동액 (δ)',
      '조정 전 납품단가',
      '조정 후 납품단가',
      '조정 전 납품금액',
      '조정 후 납품금액',
      '조정금액',
      '합계',
      '단위당 원재료량 (q)',
    ]) {
      expect([column, (perColumn.get(column) ?? 0) >= 50]).toEqual([column, true]);
    }
  });
});
