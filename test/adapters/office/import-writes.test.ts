import { officeImportGateway } from '../../../src/adapters/office/import-gateway';
import {
  HISTORY_SHEET,
  NO_HINTS,
  NO_OPTIONS,
  parseTextSource,
  prepareImport,
} from '../../../src/workbook/prices-import';
import { grid } from '../../workbook/input/grid-helpers';
import { FakeWorkbook } from './fake-excel/model';
import { mockExcel, type MockExcel } from './mock-excel';
import { writeCellEdits } from '../../../src/adapters/office/write-cell-edits';

const TODAY = '2026-01-05';

function workbook(): { fake: FakeWorkbook; mock: MockExcel } {
  const fake = FakeWorkbook.fromGrids({
    sheets: [
      grid('원재료가격', [
        ['기준지표', '일자', '가격'],
        ['철강', '2024-01', 1000],
        ['철강', '2024-02', 1010],
      ]),
    ],
  });
  fake.requireSheet('원재료가격').cell(3, 3)!.numberFormat = '#,##0.0';
  const mock = mockExcel(fake);
  (globalThis as unknown as { Excel: unknown }).Excel = mock.excel;
  return { fake, mock };
}

const CSV = '지표,일자,가격\n철강,2024-02,1012.5\n철강,2024-03,"1,020"\n=SUM(A1),2024-04,1\n';

async function plan() {
  const source = parseTextSource('p.csv', CSV, NO_OPTIONS, NO_HINTS);
  return prepareImport(await officeImportGateway.readWorkbook(), [source], TODAY);
}

describe('the import written through Office.js', () => {
  test('rows, revisions and history land as the plan says; "=…" stays text, months are dates shown as months; planning again finds nothing', async () => {
    workbook();
    const first = await plan();
    expect(first.hasErrors).toBe(false);
    expect(first.plan.revisions).toHaveLength(1);
    await officeImportGateway.writeEdits(first.plan.edits);
    const grids = await officeImportGateway.readWorkbook();
    const prices = grids.sheets.find((s) => s.name === '원재료가격');
    expect(prices?.cells.map((row) => row.map((cell) => cell.value))).toEqual([
      ['기준지표', '일자', '가격', '출처', '가져온 날짜'],
      ['철강', '2024-01', 1000, null, null],
      ['철강', '2024-02', 1012.5, 'p.csv · 철강', 46027],
      ['철강', 45352, 1020, 'p.csv · 철강', 46027],
      ['=SUM(A1)', 45383, 1, 'p.csv · =SUM(A1)', 46027],
    ]);
    expect(prices?.cells[4]?.[0]?.formula).toBeUndefined();
    expect(prices?.cells[4]?.[0]?.numberFormat).toBe('@');
    expect(prices?.cells[3]?.[1]?.numberFormat).toBe('yyyy-mm');
    // The revised price keeps the format it had; only the new date cells get one.
    expect(prices?.cells[2]?.[2]?.numberFormat).toBe('#,##0.0');
    const history = grids.sheets.find((s) => s.name === HISTORY_SHEET);
    expect(history?.cells[1]?.map((cell) => cell.value)).toEqual([
      46027,
      '원재료가격',
      'C3',
      '철강',
      45323,
      1010,
      1012.5,
      null,
      'p.csv · 철강',
    ]);
    const again = await plan();
    expect(again.plan.edits).toEqual([]);
    expect(again.plan.unchanged).toBe(3);
  });

  test('a long import goes in requests within the budget, appended rows as blocks; a late failure still puts everything back', async () => {
    // Daily prices for 2025, 28 days a month: 336 rows.
    const days = Array.from(
      { length: 336 },
      (_, index) =>
        `2025-${String(1 + Math.floor(index / 28)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
    );
    const csv = `지표,일자,가격\n${days.map((day, index) => `철강,${day},${1000 + index}`).join('\n')}\n`;
    const budget = 20_000;
    const edits = async () =>
      prepareImport(
        await officeImportGateway.readWorkbook(),
        [parseTextSource('d.csv', csv, NO_OPTIONS, NO_HINTS)],
        TODAY,
      ).plan.edits;

    const { fake: failing, mock: failingMock } = workbook();
    const before = await officeImportGateway.readWorkbook();
    const planned = await edits();
    failingMock.session.failure = { sync: failingMock.session.syncCount + 3 };
    await expect(Excel.run((context) => writeCellEdits(context, planned, budget))).rejects.toThrow(
      /injected failure/,
    );
    expect(failing.sheets.map((s) => s.name)).toEqual(['원재료가격']);
    expect(await officeImportGateway.readWorkbook()).toEqual(before);

    const { fake, mock } = workbook();
    const sent = mock.session.requestBytes.length;
    await Excel.run((context) => writeCellEdits(context, planned, budget));
    const requests = mock.session.requestBytes.slice(sent);
    expect(requests.length).toBeGreaterThan(3);
    expect(Math.max(...requests)).toBeLessThanOrEqual(budget);
    const prices = fake.requireSheet('원재료가격');
    // The 336 rows below the two already there: the last one is 2025-12-28 at 1,335.
    expect([prices.cell(339, 1)?.value, prices.cell(339, 3)?.value]).toEqual(['철강', 1335]);
    expect([prices.cell(340, 1)?.value ?? null]).toEqual([null]);
  });

  test('a failure while writing puts every cell back and removes the added sheet', async () => {
    for (const operation of [0, 5, 20]) {
      const { fake, mock } = workbook();
      // Cells emptied again count as empty, as Excel's used range (values only) counts them.
      const before = await officeImportGateway.readWorkbook();
      const edits = (await plan()).plan.edits;
      mock.session.failure = { sync: mock.session.syncCount + 2, operation };
      await expect(officeImportGateway.writeEdits(edits)).rejects.toThrow(/injected failure/);
      expect(fake.sheets.map((s) => s.name)).toEqual(['원재료가격']);
      expect(await officeImportGateway.readWorkbook()).toEqual(before);
    }
  });
});
