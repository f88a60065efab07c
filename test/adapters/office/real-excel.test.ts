/**
 * Behaviours of real Excel that the adapter must meet (issue 12), each against the strict
 * in-memory host: cell-edit mode, fit-to-page (office-js #1860), text cells, table names
 * against defined names, formulas in other sheets that point at a sheet about to be replaced.
 */
import { officeWorkbook } from '../../../src/adapters/office/gateway';
import { runWorkbook } from '../../../src/workbook/run';
import { SHEET } from '../../../src/workbook/grid/sheet-names';
import { FakeWorkbook } from './fake-excel/model';
import { templateWorkbook } from './fixtures';
import { mockExcel } from './mock-excel';

const TODAY = '2024-08-01';

function useWorkbook(workbook: FakeWorkbook) {
  const mock = mockExcel(workbook);
  (globalThis as unknown as { Excel: unknown }).Excel = mock.excel;
  return mock;
}

function templateOnly(): FakeWorkbook {
  const workbook = new FakeWorkbook();
  workbook.addSheet('Sheet1');
  return workbook;
}

async function writeRun(replace = false) {
  const grids = await officeWorkbook.readWorkbook();
  const outcome = runWorkbook(grids, { asOf: null, createdOn: TODAY });
  return officeWorkbook.writeRun(outcome, { replace, grids, today: TODAY });
}

const OUTPUT = [SHEET.changeTable, SHEET.calculation, SHEET.review, SHEET.agreementTable];

describe('the Office adapter in real Excel', () => {
  it('reads, writes and selects while the user is typing in a cell (delayForCellEdit)', async () => {
    const { session } = useWorkbook(templateOnly());
    session.cellEditMode = true;
    await expect(officeWorkbook.writeTemplate()).resolves.toMatchObject({ skipped: [] });
    await expect(writeRun()).resolves.toMatchObject({ written: OUTPUT });
    await expect(officeWorkbook.selectCell(SHEET.agreements, 'B2')).resolves.toBeUndefined();
    await expect(officeWorkbook.findReferences(OUTPUT)).resolves.toEqual([]);
    await officeWorkbook.markDifferences([{ sheet: SHEET.changeTable, cell: 'A1' }]);
    await expect(officeWorkbook.clearMarks()).resolves.toBe(1);
  });

  it('prints every sheet at an explicit scale, which Excel keeps without the Page Layout tab (#1860)', async () => {
    const workbook = FakeWorkbook.fromGrids(templateWorkbook(3));
    useWorkbook(workbook);
    const outcome = await writeRun();
    for (const name of OUTPUT) {
      const zoom = workbook.sheet(name)?.pageLayout.zoom as { scale?: number } | undefined;
      expect({ name, scale: zoom?.scale }).toEqual({ name, scale: expect.any(Number) });
      expect(zoom?.scale).toBeGreaterThanOrEqual(10);
      expect(zoom?.scale).toBeLessThanOrEqual(100);
    }
    expect(outcome).toMatchObject({ layoutNotKept: [] });
  });

  it('says which sheets Excel did not keep the print scale of', async () => {
    const workbook = FakeWorkbook.fromGrids(templateWorkbook(3));
    workbook.keepsZoomScale = false;
    useWorkbook(workbook);
    // The 연동표 prints at 100 %, which a host that drops the scale leaves as it is.
    const outcome = await writeRun();
    expect(outcome.layoutNotKept).toEqual([SHEET.changeTable, SHEET.calculation, SHEET.review]);
  });

  it.each([
    ['archived', false],
    ['replaced', true],
  ])('points the new 변동표 at the new 연동 계산 내역 when the old ones are %s', async (_, replace) => {
    const workbook = FakeWorkbook.fromGrids(templateWorkbook(3));
    useWorkbook(workbook);
    await writeRun();
    await writeRun(replace);
    const table = workbook.sheet(SHEET.changeTable);
    const formulas = [...(table?.cells.values() ?? [])].flatMap((cell) =>
      cell.formula?.includes('!') ? [cell.formula] : [],
    );
    expect(formulas.length).toBeGreaterThan(0);
    // A formula binds to the sheet its name finds when written, then follows that sheet.
    for (const formula of formulas) expect(formula).toMatch(/^='연동 계산 내역'!\$?[A-Z]+\$?\d+/);
  });

  it('writes text cells with one mechanism: no visible apostrophe anywhere', async () => {
    const workbook = templateOnly();
    useWorkbook(workbook);
    await officeWorkbook.writeTemplate();
    const agreements = workbook.sheet(SHEET.agreements);
    expect(agreements?.cell(2, 1)).toMatchObject({
      value: 'YD-2024-001',
      numberFormat: '@',
      quotePrefix: false,
    });
    await writeRun();
    for (const sheet of workbook.sheets) {
      for (const [key, cell] of sheet.cells) {
        const at = `${sheet.name}!${key}`;
        expect({ at, value: cell.value }).not.toEqual({ at, value: expect.stringMatching(/^'/) });
        // The apostrophe is for cells that are not text-formatted only.
        if (cell.quotePrefix) expect({ at, format: cell.numberFormat }).not.toEqual({ at, format: '@' });
      }
    }
  });

  it('names tables apart from the workbook defined names too', async () => {
    const workbook = templateOnly();
    workbook.definedNames.push('표_연동약정');
    useWorkbook(workbook);
    await expect(officeWorkbook.writeTemplate()).resolves.toMatchObject({ skipped: [] });
    expect(workbook.sheet(SHEET.agreements)?.tables.map((t) => t.name)).toEqual(['표_연동약정_2']);
  });

  it('finds formulas in other sheets that point at a sheet about to be replaced or archived', async () => {
    const workbook = FakeWorkbook.fromGrids(templateWorkbook(3));
    useWorkbook(workbook);
    await writeRun();
    const summary = workbook.addSheet('요약');
    workbook.writeFormulas(summary, 'A1:B2', [
      ["='납품단가 변동표'!F10", '=SUM(B5:B6)'],
      ['="납품단가 변동표!A1"', '=\'연동 계산 내역\'!A1&""'],
    ]);
    await expect(officeWorkbook.findReferences(OUTPUT)).resolves.toEqual([
      { sheet: '요약', cell: 'A1', target: SHEET.changeTable },
      { sheet: '요약', cell: 'B2', target: SHEET.calculation },
    ]);
  });
});
