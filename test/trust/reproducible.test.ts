import ExcelJS from 'exceljs';
import { promises as fsPromises, readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import type { JsonReport } from '../../src/workbook/output/json-report';
import { SHEET } from '../../src/workbook/grid/sheet-names';
import { runCli } from '../helpers/cli-harness';
import { EXAMPLE_ONE, writeInputWorkbook } from '../helpers/input-workbook';
import { useTempDir } from '../helpers/temp-dir';

/**
 * Issue 4.6: the same input gives the same output, an earlier change table is kept, the input
 * file is only written with --in-place, and then only through a temporary file and a rename.
 */

const tmp = useTempDir('yeondong-repro-');

async function input(name = '입력.xlsx'): Promise<string> {
  const path = join(tmp.path(), name);
  await writeInputWorkbook(path, EXAMPLE_ONE);
  return path;
}

/** Every cell of every sheet: sheet, address, type and value (formula and result included). */
async function cellDump(path: string): Promise<Map<string, string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const dump = new Map<string, string>();
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        dump.set(`${sheet.name}!${cell.address}`, JSON.stringify([cell.type, cell.value, cell.numFmt]));
      }),
    );
  }
  return dump;
}

function sheetCells(dump: Map<string, string>, sheet: string): [string, string][] {
  return [...dump]
    .filter(([key]) => key.startsWith(`${sheet}!`))
    .map(([key, value]) => [key.slice(sheet.length + 1), value]);
}

describe('reproducible and lossless', () => {
  it('computes the same cells and fingerprint twice, leaving the input untouched', async () => {
    const path = await input();
    const before = readFileSync(path);
    const first = await runCli(['compute', path, '--json', '-o', join(tmp.path(), 'a.xlsx')]);
    const second = await runCli(['compute', path, '--json', '-o', join(tmp.path(), 'b.xlsx')]);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(first.stdout).toBe(second.stdout);
    const report = JSON.parse(first.stdout) as JsonReport;
    expect(report.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const [a, b] = [await cellDump(join(tmp.path(), 'a.xlsx')), await cellDump(join(tmp.path(), 'b.xlsx'))];
    expect(a.size).toBeGreaterThan(100);
    expect([...b]).toEqual([...a]);
    expect(readFileSync(path).equals(before)).toBe(true);
    // The fingerprint on the sheet is the report's.
    expect([...a.values()].some((value) => value.includes(report.fingerprint))).toBe(true);
  });

  it('keeps an earlier change table under its dated name, cell for cell', async () => {
    const path = await input();
    const first = join(tmp.path(), 'first.xlsx');
    expect((await runCli(['compute', path, '-o', first], '2025-01-10')).code).toBe(0);
    const again = join(tmp.path(), 'again.xlsx');
    const run = await runCli(['compute', first, '-o', again], '2025-02-20');
    expect(run.code).toBe(0);
    const [old, now] = [await cellDump(first), await cellDump(again)];
    const names = [...new Set([...now.keys()].map((key) => key.split('!')[0]))];
    const archived = names.filter((name) => name?.startsWith(`${SHEET.changeTable} `));
    expect(archived).toEqual([`${SHEET.changeTable} 2025-01-10`]);
    expect(sheetCells(now, archived[0]!)).toEqual(sheetCells(old, SHEET.changeTable));
    expect(names).toContain(SHEET.changeTable);
    // The input sheets come through unchanged.
    for (const sheet of [SHEET.agreements, SHEET.prices, SHEET.deliveries]) {
      expect(sheetCells(now, sheet)).toEqual(sheetCells(old, sheet));
    }
  });

  it('--in-place replaces the file through a rename and leaves no temporary file', async () => {
    const path = await input();
    const inode = statSync(path).ino;
    const run = await runCli(['compute', path, '--in-place']);
    expect(run.code).toBe(0);
    expect(readdirSync(tmp.path())).toEqual(['입력.xlsx']);
    expect(statSync(path).ino).not.toBe(inode);
    expect([...(await cellDump(path)).keys()].some((key) => key.startsWith(`${SHEET.changeTable}!`))).toBe(
      true,
    );
  });

  it('--in-place that fails to save leaves the file as it was and no temporary file', async () => {
    const path = await input();
    const before = readFileSync(path);
    const rename = jest.spyOn(fsPromises, 'rename').mockRejectedValueOnce(new Error('disk full'));
    try {
      const run = await runCli(['compute', path, '--in-place']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('disk full');
      expect(rename).toHaveBeenCalledTimes(1);
    } finally {
      rename.mockRestore();
    }
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(tmp.path())).toEqual(['입력.xlsx']);
  });
});
