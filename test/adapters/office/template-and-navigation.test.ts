import { officeWorkbook } from '../../../src/adapters/office/gateway';
import { clearMarks, DIFFERENCE_FILL, markDifferences } from '../../../src/adapters/office/marks';
import { selectCell } from '../../../src/adapters/office/navigate';
import { templateSheetWrites } from '../../../src/adapters/office/run-writes';
import { writeSheets } from '../../../src/adapters/office/write-sheets';
import { columnLetters } from '../../../src/workbook/grid/cells';
import { SHEET } from '../../../src/workbook/grid/sheet-names';
import { ENUM_CHOICES, TEMPLATE_HEADERS } from '../../../src/workbook/input/template';
import { runWorkbook } from '../../../src/workbook/run';
import { FakeWorkbook } from './fake-excel/model';
import { mockExcel } from './mock-excel';

describe('template sheets', () => {
  it('adds the input sheets as Excel tables with drop-down lists, keeping a sheet that exists', async () => {
    const workbook = new FakeWorkbook();
    const mine = workbook.addSheet(SHEET.agreements);
    workbook.writeValues(mine, 'A1', [['내 데이터']]);
    const { context, session } = mockExcel(workbook);

    const result = await writeSheets(context, templateSheetWrites());

    expect(result.skipped).toEqual([SHEET.agreements]);
    expect(result.written).toEqual([SHEET.prices, SHEET.fx, SHEET.deliveries]);
    // Names, cells, formatting + swap, and the print scale read back.
    expect(session.syncCount).toBe(4);
    expect(workbook.sheet(SHEET.agreements)?.cell(1, 1)?.value).toBe('내 데이터');
    const prices = workbook.sheet(SHEET.prices);
    expect(prices?.tables).toEqual([{ name: '표_원재료가격', address: 'A1:E13', style: 'TableStyleLight9' }]);
    expect(prices?.cell(1, 1)?.value).toBe('기준지표');
    expect(prices?.cell(2, 1)?.value).toBe('LME 구리');
  });

  it('puts the allowed words on 산식, 조정주기, 반영방식 and 단가반올림', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet('Sheet1');
    await writeSheets(mockExcel(workbook).context, templateSheetWrites());
    const agreements = workbook.sheet(SHEET.agreements);
    const columnOf = (header: string): string =>
      columnLetters(TEMPLATE_HEADERS.agreements.indexOf(header) + 1);
    const ruleAt = (header: string) =>
      agreements?.validations.find((v) => v.address.startsWith(`${columnOf(header)}2:`));
    for (const [header, key] of [
      ['산식', 'formula'],
      ['조정주기', 'cycle'],
      ['반영방식', 'reflectionMode'],
      ['단가반올림', 'rounding'],
    ] as const) {
      expect(ruleAt(header)?.rule).toEqual({
        list: { inCellDropDown: true, source: ENUM_CHOICES[key].join(',') },
      });
      expect(ruleAt(header)?.errorAlert).toMatchObject({ showAlert: true, style: 'Stop', title: header });
    }
    expect(agreements?.tables[0]?.name).toBe('표_연동약정');
    // The sample rows the template writes compute without errors.
    const read = runWorkbook(
      {
        sheets: workbook.sheets.map((sheet) => ({
          name: sheet.name,
          top: 1,
          left: 1,
          cells: Array.from({ length: 40 }, (_, r) =>
            Array.from({ length: 30 }, (_, c) => ({
              value: ((v) => (v === '' ? null : v))(workbook.valueOf(sheet, r + 1, c + 1)),
              numberFormat: sheet.cell(r + 1, c + 1)?.numberFormat ?? 'General',
            })),
          ),
        })),
      },
      { asOf: null, createdOn: '2024-08-01' },
    );
    expect(read.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('names tables apart from tables that already exist', async () => {
    const workbook = new FakeWorkbook();
    const other = workbook.addSheet('기존');
    workbook.renameTable(workbook.addTable(other, 'A1:B2'), '표_원재료가격');
    await writeSheets(mockExcel(workbook).context, templateSheetWrites());
    expect(workbook.sheet(SHEET.prices)?.tables[0]?.name).toBe('표_원재료가격_2');
  });
});

describe('selecting and highlighting cells', () => {
  it('selects the cell of an issue on its sheet', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet('Sheet1');
    const target = workbook.addSheet(SHEET.agreements);
    const { context, session } = mockExcel(workbook);
    await selectCell(context, SHEET.agreements, 'M7');
    expect(session.syncCount).toBe(1);
    expect(workbook.activeSheetId).toBe(target.id);
    expect(workbook.selection).toEqual({ sheet: SHEET.agreements, address: 'M7' });
    await selectCell(context, SHEET.agreements, '');
    expect(workbook.selection).toEqual({ sheet: SHEET.agreements, address: 'A1' });
  });

  it('marks every differing cell in one request, after reading the colours it covers', async () => {
    const workbook = new FakeWorkbook();
    const table = workbook.addSheet(SHEET.changeTable);
    const { context, session } = mockExcel(workbook);
    await markDifferences(context, [
      { sheet: SHEET.changeTable, cell: 'N12' },
      { sheet: SHEET.changeTable, cell: 'P13' },
    ]);
    // Previous marks (none), sheet ids, the colours under the marks, the marks with their record.
    expect(session.syncCount).toBe(4);
    expect(table.formatOf('N12', 'fill.color')).toBe(DIFFERENCE_FILL);
    expect(table.formatOf('P13', 'fill.color')).toBe(DIFFERENCE_FILL);
    expect(table.formatOf('N13', 'fill.color')).toBeUndefined();
  });

  it('marks and clears many cells in requests within the budget, the record saved with the first marks', async () => {
    const workbook = new FakeWorkbook();
    const table = workbook.addSheet(SHEET.changeTable);
    const { context, session } = mockExcel(workbook);
    const cells = Array.from({ length: 40 }, (_, index) => `B${index + 1}`);
    const budget = 4_000;
    session.failure = { sync: 11 };
    // Sync 1 finds no earlier marks, 2 reads the sheets, 3–8 the colours, 9– marks: the third request
    // of marks fails, and the cells the first two marked keep their record.
    await expect(
      markDifferences(
        context,
        cells.map((cell) => ({ sheet: SHEET.changeTable, cell })),
        budget,
      ),
    ).rejects.toThrow(/injected failure/);
    expect(table.formatOf('B1', 'fill.color')).toBe(DIFFERENCE_FILL);
    session.failure = null;
    const sent = session.requestBytes.length;
    await expect(clearMarks(context, budget)).resolves.toBe(40);
    expect(session.requestBytes.length - sent).toBeGreaterThan(2);
    expect(Math.max(...session.requestBytes.slice(sent))).toBeLessThanOrEqual(budget);
    // Each cell back to no fill (cleared), as it was before the marks.
    expect(cells.map((cell) => table.formatOf(cell, 'fill.color'))).toEqual(cells.map(() => null));
    await expect(clearMarks(context, budget)).resolves.toBe(0);
  });

  it('goes through Excel.run in the gateway', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet(SHEET.fx);
    const { excel } = mockExcel(workbook);
    (globalThis as unknown as { Excel: unknown }).Excel = excel;
    await officeWorkbook.selectCell(SHEET.fx, 'B2');
    expect(workbook.selection).toEqual({ sheet: SHEET.fx, address: 'B2' });
    const grids = await officeWorkbook.readWorkbook();
    expect(grids.sheets).toEqual([]);
  });
});
