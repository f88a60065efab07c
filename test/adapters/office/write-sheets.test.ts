import { cellLiteral } from '../../../src/adapters/office/cell-literal';
import { PAYLOAD_BUDGET_BYTES } from '../../../src/adapters/office/payload';
import { runSheetWrites } from '../../../src/adapters/office/run-writes';
import { columnWidthPoints } from '../../../src/adapters/office/sheet-layout';
import { writeSheets, type SheetWrite } from '../../../src/adapters/office/write-sheets';
import { parseAddress } from '../../../src/workbook/grid/cells';
import type { OutputSheet } from '../../../src/workbook/grid/grid';
import { runWorkbook } from '../../../src/workbook/run';
import { SHEET } from '../../../src/workbook/grid/sheet-names';
import { FakeWorkbook } from './fake-excel/model';
import { templateWorkbook } from './fixtures';
import { mockExcel } from './mock-excel';

const TODAY = '2024-08-01';

function outcomeFor(agreementRows: number) {
  const grids = templateWorkbook(agreementRows);
  return { grids, outcome: runWorkbook(grids, { asOf: null, createdOn: TODAY }) };
}

/** Every non-empty cell of a written output sheet checked against the OutputSheet. */
function expectSheetMatches(workbook: FakeWorkbook, sheet: OutputSheet): void {
  const written = workbook.sheet(sheet.name);
  if (!written) throw new Error(`${sheet.name} was not written`);
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const stored = written.cell(r + 1, c + 1);
      const at = `${sheet.name} row ${r + 1} column ${c + 1}`;
      if (cell.formula !== undefined) {
        expect({ at, formula: stored?.formula }).toEqual({ at, formula: `=${cell.formula}` });
        if (typeof cell.result === 'number') {
          const value = workbook.valueOf(written, r + 1, c + 1);
          expect({ at, value }).toEqual({ at, value: expect.closeTo(cell.result, 6) });
        }
      } else if (cell.value !== undefined && cell.value !== null) {
        expect({ at, value: stored?.value, formula: stored?.formula }).toEqual({
          at,
          value: cell.value,
          formula: null,
        });
      }
      if (cell.numberFormat !== undefined)
        expect({ at, format: stored?.numberFormat }).toEqual({ at, format: cell.numberFormat });
    }),
  );
}

describe('writeSheets', () => {
  it('writes the change table and the review sheet with their values, formulas and formats', async () => {
    const { grids, outcome } = outcomeFor(3);
    expect(outcome.hasErrors).toBe(false);
    expect(outcome.result.adjustments.length).toBeGreaterThan(0);
    const workbook = FakeWorkbook.fromGrids(grids);
    const { context, session } = mockExcel(workbook);

    const result = await writeSheets(
      context,
      runSheetWrites(outcome, { replace: false, grids, today: TODAY }),
    );

    expect(result).toEqual({
      written: [SHEET.changeTable, SHEET.calculation, SHEET.review, SHEET.agreementTable],
      archived: [],
      replaced: [],
      skipped: [],
      layoutNotKept: [],
    });
    // Names, cells, formatting + swap, and the print scale read back.
    expect(session.syncCount).toBe(4);
    expectSheetMatches(workbook, outcome.changeTable);
    expectSheetMatches(workbook, outcome.calculationSheet);
    expectSheetMatches(workbook, outcome.reviewSheet);
    expectSheetMatches(workbook, outcome.agreementTable);
    // The 연동표's wrapped rows get their heights, and each agreement its own printed page.
    const terms = workbook.sheet(SHEET.agreementTable);
    const heights = (outcome.agreementTable.rowHeights ?? []).flatMap((height, index) =>
      height === undefined ? [] : [[index + 1, height]],
    );
    expect(heights.length).toBeGreaterThan(10);
    expect([...(terms?.rowHeights ?? new Map()).entries()].sort((a, b) => a[0] - b[0])).toEqual(heights);
    expect(terms?.pageBreaks).toEqual(
      (outcome.agreementTable.print.rowBreaks ?? []).map((row) => `A${row + 1}`),
    );
    const table = workbook.sheet(SHEET.changeTable);
    expect(table?.merges).toEqual(outcome.changeTable.merges);
    expect(table?.frozenRows).toBe(outcome.changeTable.frozenRows);
    // An explicit scale, not fit-to-page: Excel ignores manual page breaks under fit-to-page.
    expect(outcome.changeTable.print.scale).toBeGreaterThanOrEqual(90);
    expect(table?.pageBreaks).toEqual(
      (outcome.changeTable.print.rowBreaks ?? []).map((row) => `A${row + 1}`),
    );
    expect(table?.pageLayout).toEqual({
      paperSize: 'A4',
      orientation: 'Landscape',
      zoom: { scale: outcome.changeTable.print.scale },
      printTitleRows: `$${outcome.changeTable.print.repeatRows?.[0]}:$${outcome.changeTable.print.repeatRows?.[1]}`,
    });
    outcome.changeTable.columnWidths.forEach((width, index) =>
      expect(table?.columnWidths.get(index + 1)).toBe(columnWidthPoints(width)),
    );
    expect(workbook.activeSheetId).toBe(table?.id);
    // The sheets are appended; the inputs are untouched and no temporary sheet is left.
    expect(workbook.sheets.map((s) => s.name)).toEqual([
      ...grids.sheets.map((s) => s.name),
      SHEET.changeTable,
      SHEET.calculation,
      SHEET.review,
      SHEET.agreementTable,
    ]);
  });

  it('styles header cells bold with a fill and body cells with thin grid lines', async () => {
    const sheet: OutputSheet = {
      name: '스타일',
      rows: [
        [
          { value: '머리글', style: 'header' },
          { value: '둘', style: 'header' },
        ],
        [
          { value: 1, style: 'body' },
          { value: 2, style: 'body' },
        ],
        [
          { value: 3, style: 'body' },
          { value: 4, style: 'body' },
        ],
      ],
      columnWidths: [10, 12],
      merges: [],
      frozenRows: 1,
      print: { paperSize: 'A4', orientation: 'portrait', fitToWidth: false, repeatRows: null },
    };
    const workbook = new FakeWorkbook();
    workbook.addSheet('Sheet1');
    await writeSheets(mockExcel(workbook).context, [{ sheet, ifExists: 'archive' }]);
    const written = workbook.sheet('스타일');
    expect(written?.formatOf('B1', 'font.bold')).toBe(true);
    expect(written?.formatOf('A1', 'fill.color')).toBe('#DDEBF7');
    expect(written?.formatOf('B3', 'font.bold')).toBeUndefined();
    expect(written?.formatOf('B3', 'border.InsideHorizontal.style')).toBe('Continuous');
    expect(written?.formats.filter((f) => f.property === 'font.name').map((f) => f.address)).toEqual([
      'A1:B1',
      'A2:B3',
    ]);
    expect(written?.pageLayout).toEqual({ paperSize: 'A4', orientation: 'Portrait' });
  });

  it('keeps text as text, whatever it begins with', async () => {
    const texts = [
      '=SUM(A1:A3)',
      '\t=1+1',
      '\r=1+1',
      '\t@SUM(1)',
      '+82 10',
      '-',
      '-5',
      '@home',
      "'quoted",
      '1,234',
      '10%',
      '2024-03',
      'TRUE',
      '#N/A',
      '00123',
    ];
    const sheet: OutputSheet = {
      name: '텍스트',
      rows: texts.map((text) => [{ value: text }]),
      columnWidths: [],
      merges: [],
      frozenRows: 0,
      print: { paperSize: 'A4', orientation: 'portrait', fitToWidth: false, repeatRows: null },
    };
    const workbook = new FakeWorkbook();
    workbook.addSheet('Sheet1');
    await writeSheets(mockExcel(workbook).context, [{ sheet, ifExists: 'archive' }]);
    const written = workbook.sheet('텍스트');
    texts.forEach((text, index) => {
      expect({
        text,
        value: written?.cell(index + 1, 1)?.value,
        formula: written?.cell(index + 1, 1)?.formula,
      }).toEqual({
        text,
        value: text,
        formula: null,
      });
    });
    // Without the apostrophe the fake, like Excel, would have made a formula and a number.
    expect(cellLiteral({ value: 'plain' }).value).toBe('plain');
    expect(cellLiteral({ value: '=1+1' }).value).toBe("'=1+1");
  });

  it('sets number formats before values and formulas in each request', async () => {
    const { grids, outcome } = outcomeFor(3);
    const { context, session } = mockExcel(FakeWorkbook.fromGrids(grids));
    await writeSheets(context, runSheetWrites(outcome, { replace: false, grids, today: TODAY }));
    const dataRequest = session.log[1] ?? [];
    const table = dataRequest.filter((entry) => entry.includes('~작성 중 1!'));
    expect(table.map((entry) => entry.replace(/^.*\./, ''))).toEqual(['numberFormat', 'values', 'formulas']);
  });

  // Sizes stay small and the budget shrinks with them: how the calls grow is structural, so a
  // 400-row table under a 40 kB budget shows it as well as 10,000 rows under 4 MB. The large
  // sizes are measured by `npm run bench` (bench/office), never by a timed test.
  describe('number of context.sync() calls', () => {
    const SMALL_BUDGET_BYTES = 60_000;

    async function writeRun(agreementRows: number, budgetBytes: number) {
      const { grids, outcome } = outcomeFor(agreementRows);
      const { context, session } = mockExcel(FakeWorkbook.fromGrids(grids));
      session.payloadLimitBytes = budgetBytes === Number.POSITIVE_INFINITY ? budgetBytes : budgetBytes * 1.25;
      await writeSheets(context, runSheetWrites(outcome, { replace: false, grids, today: TODAY }), {
        budgetBytes,
      });
      return { session, rows: outcome.changeTable.rows.length };
    }

    it('is four for 10 and for 400 agreement rows when no size limit applies', async () => {
      const small = await writeRun(10, Number.POSITIVE_INFINITY);
      const large = await writeRun(400, Number.POSITIVE_INFINITY);
      expect(large.rows).toBeGreaterThan(400);
      expect(small.session.syncCount).toBe(4);
      expect(large.session.syncCount).toBe(4);
    });

    it('adds only size chunks for 400 rows, each request under the budget', async () => {
      const small = await writeRun(10, PAYLOAD_BUDGET_BYTES);
      const large = await writeRun(400, SMALL_BUDGET_BYTES);
      expect(small.session.syncCount).toBe(4);
      const requests = large.session.requestBytes;
      const total = requests.reduce((sum, bytes) => sum + bytes, 0);
      expect(total).toBeGreaterThan(4 * SMALL_BUDGET_BYTES);
      expect(Math.max(...requests)).toBeLessThan(SMALL_BUDGET_BYTES);
      expect(large.session.syncCount - small.session.syncCount).toBeGreaterThan(0);
      // Requests are at least a quarter full on average (the adapter sizes a method call at 256
      // bytes, this host counts 64 for it, and a 연동표 is thousands of row heights), but for one
      // partly filled request per sheet written.
      const sheetsWritten = 4;
      expect(large.session.syncCount - small.session.syncCount).toBeLessThanOrEqual(
        Math.ceil(total / (SMALL_BUDGET_BYTES / 4)) + sheetsWritten,
      );
    });
  });
});

export type { SheetWrite };
export { parseAddress };
