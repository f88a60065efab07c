import { readSheetGrids } from '../../../src/adapters/office/read-sheets';
import { SHEETS_TO_READ } from '../../../src/adapters/office/run-writes';
import { SHEET } from '../../../src/workbook/grid/sheet-names';
import { FakeWorkbook } from './fake-excel/model';
import { templateWorkbook } from './fixtures';
import { mockExcel } from './mock-excel';

describe('readSheetGrids', () => {
  it('reads values, number formats and formulas where the used range sits', async () => {
    const workbook = new FakeWorkbook();
    const sheet = workbook.addSheet(SHEET.prices);
    workbook.addSheet('다른 시트');
    workbook.writeValues(sheet, 'C3:E3', [['기준지표', '일자', '가격']]);
    workbook.writeNumberFormats(sheet, 'D4:E5', [
      ['yyyy-mm', '#,##0.00'],
      ['yyyy-mm', '#,##0.00'],
    ]);
    workbook.writeValues(sheet, 'C4:E5', [
      ["'=구리", 45292, 1450.5],
      ['PP', 45323, '#N/A'],
    ]);
    workbook.writeFormulas(sheet, 'E5', [['=E4*2']]);
    const { context, session } = mockExcel(workbook);

    const grids = await readSheetGrids(context, [SHEET.prices, SHEET.fx]);

    expect(session.syncCount).toBe(2);
    expect(grids.sheets).toHaveLength(1);
    const grid = grids.sheets[0];
    expect(grid?.name).toBe(SHEET.prices);
    expect(grid?.top).toBe(3);
    expect(grid?.left).toBe(3);
    expect(grid?.cells[0]).toEqual([
      { value: '기준지표', numberFormat: 'General' },
      { value: '일자', numberFormat: 'General' },
      { value: '가격', numberFormat: 'General' },
    ]);
    // Text that begins with "=" (entered with an apostrophe) is text, not a formula.
    expect(grid?.cells[1]).toEqual([
      { value: '=구리', numberFormat: 'General' },
      { value: 45292, numberFormat: 'yyyy-mm' },
      { value: 1450.5, numberFormat: '#,##0.00' },
    ]);
    expect(grid?.cells[2]).toEqual([
      { value: 'PP', numberFormat: 'General' },
      { value: 45323, numberFormat: 'yyyy-mm' },
      { value: 2901, numberFormat: '#,##0.00', formula: 'E4*2' },
    ]);
  });

  it('turns error values into error cells and empty cells into null', async () => {
    const workbook = new FakeWorkbook();
    const sheet = workbook.addSheet(SHEET.fx);
    workbook.writeValues(sheet, 'A1:C2', [
      ['통화', '일자', '환율'],
      ['USD', '', 1],
    ]);
    workbook.writeFormulas(sheet, 'C2', [['=1/0']]);
    const grids = await readSheetGrids(mockExcel(workbook).context, [SHEET.fx]);
    expect(grids.sheets[0]?.cells[1]).toEqual([
      { value: 'USD', numberFormat: 'General' },
      { value: null, numberFormat: 'General' },
      { value: { error: '#DIV/0!' }, numberFormat: 'General', formula: '1/0' },
    ]);
  });

  it('reads the template back cell for cell', async () => {
    const source = templateWorkbook(3);
    const { context } = mockExcel(FakeWorkbook.fromGrids(source));
    const grids = await readSheetGrids(context, SHEETS_TO_READ);
    expect(grids.sheets.map((s) => s.name)).toEqual(source.sheets.map((s) => s.name));
    for (const [index, grid] of grids.sheets.entries()) {
      const expected = source.sheets[index];
      expect(grid.cells.map((row) => row.map((cell) => cell.value))).toEqual(
        expected?.cells.map((row) => row.map((cell) => cell.value)),
      );
      expect(grid.cells.map((row) => row.map((cell) => cell.numberFormat))).toEqual(
        expected?.cells.map((row) => row.map((cell) => cell.numberFormat ?? 'General')),
      );
    }
  });

  describe('number of context.sync() calls', () => {
    async function readRows(rows: number, budgetBytes?: number) {
      const { context, session } = mockExcel(FakeWorkbook.fromGrids(templateWorkbook(rows)));
      if (budgetBytes === Number.POSITIVE_INFINITY) session.payloadLimitBytes = Number.POSITIVE_INFINITY;
      const grids = await readSheetGrids(
        context,
        SHEETS_TO_READ,
        budgetBytes === undefined ? {} : { budgetBytes },
      );
      const agreements = grids.sheets.find((s) => s.name === SHEET.agreements);
      return { syncs: session.syncCount, rows: agreements?.cells.length, session };
    }

    it('is two for 10 rows and for 1,000 rows when no size limit applies (Excel on Windows/Mac)', async () => {
      const small = await readRows(10, Number.POSITIVE_INFINITY);
      const large = await readRows(1_000, Number.POSITIVE_INFINITY);
      expect(small.rows).toBe(11);
      expect(large.rows).toBe(1_001);
      expect(small.syncs).toBe(2);
      expect(large.syncs).toBe(2);
    });

    // A 40 kB budget over 1,000 rows shows the chunking that 4 MB shows over 100,000 (bench/office).
    it('adds only size chunks for 1,000 rows, each response under the budget', async () => {
      const budget = 40_000;
      const small = await readRows(10);
      const large = await readRows(1_000, budget);
      expect(small.syncs).toBe(2);
      const responses = large.session.responseBytes;
      const total = responses.reduce((sum, bytes) => sum + bytes, 0);
      expect(total).toBeGreaterThan(4 * budget);
      expect(Math.max(...responses)).toBeLessThan(budget);
      // The extra syncs are the size chunks: at most what the bytes need at half the budget.
      expect(large.syncs - small.syncs).toBeGreaterThan(0);
      expect(large.syncs - small.syncs).toBeLessThanOrEqual(Math.ceil(total / (budget / 2)));
    });
  });

  it('splits a response again when the cells are longer than estimated', async () => {
    const workbook = new FakeWorkbook();
    const sheet = workbook.addSheet(SHEET.deliveries);
    const long = '긴 설명'.repeat(200);
    const rows = Array.from({ length: 600 }, (_, r) => [`행 ${r}`, long, long, long]);
    workbook.writeValues(sheet, `A1:D600`, rows);
    const { context, session } = mockExcel(workbook);

    const grids = await readSheetGrids(context, [SHEET.deliveries]);

    const cells = grids.sheets[0]?.cells ?? [];
    expect(cells).toHaveLength(600);
    expect(cells[599]?.[0]?.value).toBe('행 599');
    expect(cells[300]?.[3]?.value).toBe(long);
    // Refused responses are retried in halves; every response that went through fits the limit.
    expect(session.syncCount).toBeGreaterThan(2);
    const accepted = session.responseBytes.filter((bytes) => bytes <= session.payloadLimitBytes);
    expect(accepted.reduce((sum, bytes) => sum + bytes, 0)).toBeGreaterThan(600 * 3 * long.length * 3);
  });
});
