import { join } from 'path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../src/adapters/xlsx';
import { address } from '../../src/workbook/grid/cells';
import type { SheetGrid } from '../../src/workbook/grid/grid';
import { SHEET } from '../../src/workbook/grid/sheet-names';
import { runCli } from '../helpers/cli-harness';
import { sheetOf } from '../helpers/grid-lookup';
import { EXAMPLE_ONE, writeInputWorkbook } from '../helpers/input-workbook';
import { useTempDir } from '../helpers/temp-dir';

const tmp = useTempDir();

interface VerifyJson {
  verified: boolean;
  rowsChecked: number;
  differences: { sheet: string; cell: string; column: string; expected: string; actual: string }[];
}

async function computedWorkbook(): Promise<string> {
  const input = join(tmp.path(), 'in.xlsx');
  await writeInputWorkbook(input, EXAMPLE_ONE);
  const output = join(tmp.path(), 'out.xlsx');
  expect((await runCli(['compute', input, '-o', output])).code).toBe(0);
  return output;
}

/** The address of the first formula cell under a header (group headings sit between). */
function firstFormulaUnder(sheet: SheetGrid, header: string): string {
  const headerRow = sheet.cells.findIndex((row) => row.some((cell) => cell.value === header));
  const column = sheet.cells[headerRow]?.findIndex((cell) => cell.value === header) ?? -1;
  const dataRow = sheet.cells.findIndex((row, at) => at > headerRow && row[column]?.formula !== undefined);
  if (headerRow < 0 || dataRow < 0) throw new Error(`no formula under ${header}`);
  return address(sheet.top + dataRow, sheet.left + column);
}

describe('yeondong verify', () => {
  it('finds no difference in what compute wrote', async () => {
    const run = await runCli(['verify', await computedWorkbook(), '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as VerifyJson;
    expect(report).toMatchObject({ verified: true, rowsChecked: 1, differences: [] });
    expect(run.stderr).toContain('차이 0개');
  });

  it('reports exactly the one derived cell that was edited, with its address', async () => {
    const path = await computedWorkbook();
    const table = sheetOf(await readWorkbookFile(path), SHEET.calculation);
    const edited = firstFormulaUnder(table, '조정 후 납품단가');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const cell = workbook.getWorksheet(SHEET.calculation)?.getCell(edited);
    if (!cell) throw new Error('no table');
    expect(cell.result).toBe(12160);
    cell.value = 12500;
    await workbook.xlsx.writeFile(path);

    const run = await runCli(['verify', path, '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as VerifyJson;
    expect(report.verified).toBe(false);
    expect(report.differences).toHaveLength(1);
    expect(report.differences[0]).toMatchObject({
      sheet: SHEET.calculation,
      cell: edited,
      column: '조정 후 납품단가',
    });
    expect(report.differences[0]?.expected).toContain('12,160');
    expect(report.differences[0]?.actual).toContain('12,500');

    const human = await runCli(['verify', path]);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain(`[차이] ${SHEET.calculation}!${edited} `);
  });

  it('exits 1 when the workbook has no 납품단가 변동표', async () => {
    const input = join(tmp.path(), 'in.xlsx');
    await writeInputWorkbook(input, EXAMPLE_ONE);
    const run = await runCli(['verify', input]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`[오류] ${SHEET.changeTable} `);
  });
});
