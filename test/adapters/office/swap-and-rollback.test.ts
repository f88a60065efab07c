import { readSheetGrids } from '../../../src/adapters/office/read-sheets';
import { runSheetWrites, SHEETS_TO_READ } from '../../../src/adapters/office/run-writes';
import { SheetWriteError, writeSheets } from '../../../src/adapters/office/write-sheets';
import { runWorkbook } from '../../../src/workbook/run';
import { SHEET } from '../../../src/workbook/grid/sheet-names';
import { FakeWorkbook } from './fake-excel/model';
import { templateWorkbook } from './fixtures';
import { mockExcel } from './mock-excel';

/** Runs ④ as the task pane does: read the workbook, compute, write both output sheets. */
async function writeRun(
  workbook: FakeWorkbook,
  today: string,
  replace = false,
  configure?: (m: ReturnType<typeof mockExcel>) => void,
) {
  const mock = mockExcel(workbook);
  configure?.(mock);
  const grids = await readSheetGrids(mock.context, SHEETS_TO_READ);
  const outcome = runWorkbook(grids, { asOf: null, createdOn: today });
  const result = await writeSheets(mock.context, runSheetWrites(outcome, { replace, grids, today }));
  return { result, outcome, mock };
}

/** A copy, not the live cells: a later write must not change what was taken. */
function cellsOf(workbook: FakeWorkbook, name: string): unknown {
  const sheet = workbook.sheet(name);
  return sheet ? structuredClone([...sheet.cells.entries()]) : null;
}

/** The cells as taken, with formulas following a renamed sheet as Excel's do. */
function followingRename(cells: unknown, from: string, to: string): unknown {
  const text = JSON.stringify(cells).split(`'${from}'!`).join(`'${to}'!`);
  expect(text).not.toEqual(JSON.stringify(cells));
  return JSON.parse(text);
}

describe('a run lands whole, and never over an earlier table', () => {
  it('keeps the earlier tables under their dates when ④ runs again', async () => {
    const workbook = FakeWorkbook.fromGrids(templateWorkbook(3));
    const inputs = workbook.sheets.map((s) => s.name);
    await writeRun(workbook, '2024-08-01');
    const firstTable = cellsOf(workbook, SHEET.changeTable);
    const firstReview = cellsOf(workbook, SHEET.review);

    const second = await writeRun(workbook, '2024-09-02');
    expect(second.result.archived).toEqual([
      { from: SHEET.changeTable, to: `${SHEET.changeTable} 2024-08-01` },
      { from: SHEET.calculation, to: `${SHEET.calculation} 2024-08-01` },
      { from: SHEET.review, to: `${SHEET.review} 2024-08-01` },
      { from: SHEET.agreementTable, to: `${SHEET.agreementTable} 2024-08-01` },
    ]);
    const third = await writeRun(workbook, '2024-09-02');
    expect(third.result.archived.map((a) => a.to)).toEqual([
      `${SHEET.changeTable} 2024-09-02`,
      `${SHEET.calculation} 2024-09-02`,
      `${SHEET.review} 2024-09-02`,
      `${SHEET.agreementTable} 2024-09-02`,
    ]);

    expect(workbook.sheets.map((s) => s.name)).toEqual([
      ...inputs,
      `${SHEET.changeTable} 2024-08-01`,
      `${SHEET.calculation} 2024-08-01`,
      `${SHEET.review} 2024-08-01`,
      `${SHEET.agreementTable} 2024-08-01`,
      `${SHEET.changeTable} 2024-09-02`,
      `${SHEET.calculation} 2024-09-02`,
      `${SHEET.review} 2024-09-02`,
      `${SHEET.agreementTable} 2024-09-02`,
      SHEET.changeTable,
      SHEET.calculation,
      SHEET.review,
      SHEET.agreementTable,
    ]);
    // The first tables are intact under their archive names.
    expect(cellsOf(workbook, `${SHEET.changeTable} 2024-08-01`)).toEqual(
      followingRename(firstTable, SHEET.calculation, `${SHEET.calculation} 2024-08-01`),
    );
    expect(cellsOf(workbook, `${SHEET.review} 2024-08-01`)).toEqual(firstReview);
  });

  it('replaces the earlier tables only when asked to', async () => {
    const workbook = FakeWorkbook.fromGrids(templateWorkbook(3));
    await writeRun(workbook, '2024-08-01');
    const count = workbook.sheets.length;
    const second = await writeRun(workbook, '2024-09-02', true);
    expect(second.result.replaced).toEqual([
      SHEET.changeTable,
      SHEET.calculation,
      SHEET.review,
      SHEET.agreementTable,
    ]);
    expect(workbook.sheets).toHaveLength(count);
    const table = workbook.sheet(SHEET.changeTable);
    const created = [...(table?.cells.values() ?? [])].some(
      (cell) => cell.value === '2024-09-02' || cell.value === 45537,
    );
    expect(created).toBe(true);
  });

  describe('a failure injected mid-write leaves the workbook as it was', () => {
    let written: FakeWorkbook | null = null;
    /** The template with a first run written (written once, then copied). */
    async function prepared(): Promise<FakeWorkbook> {
      if (!written) {
        written = FakeWorkbook.fromGrids(templateWorkbook(3));
        await writeRun(written, '2024-08-01');
      }
      return written.clone();
    }

    async function failAt(sync: number, operation: number, replace: boolean) {
      const workbook = await prepared();
      const before = workbook.snapshot();
      const attempt = writeRun(workbook, '2024-09-02', replace, (mock) => {
        mock.session.failure = { sync, operation };
      });
      await expect(attempt).rejects.toBeInstanceOf(SheetWriteError);
      await attempt.catch((error: SheetWriteError) => expect(error.rolledBack).toBe(true));
      expect(workbook.snapshot()).toEqual(before);
    }

    it('at every request of the write, archiving or replacing', async () => {
      // Sync 1 and 2 read; 3 loads the names; 4 writes the cells; 5 styles and swaps.
      for (const replace of [false, true]) {
        for (const sync of [3, 4, 5]) await failAt(sync, 0, replace);
      }
    });

    it('at every operation of the swap in the last request', async () => {
      const dry = await prepared();
      const { mock } = await writeRun(dry, '2024-09-02');
      const last = mock.session.log[4] ?? [];
      const firstRename = last.findIndex((entry) => /^sheet .*\.name$/.test(entry));
      expect(firstRename).toBeGreaterThan(0);
      for (const replace of [false, true]) {
        for (let operation = firstRename - 3; operation <= last.length; operation += 1) {
          await failAt(5, operation, replace);
        }
      }
    });

    it('keeps a replaced table aside when its deletion fails after the new one is in place', async () => {
      const workbook = await prepared();
      const old = cellsOf(workbook, SHEET.changeTable);
      const { result } = await writeRun(workbook, '2024-09-02', true, (mock) => {
        mock.session.failure = { sync: 6, operation: 0 };
      });
      expect(result.replaced).toEqual([]);
      expect(result.archived).toEqual([
        { from: SHEET.changeTable, to: '~교체 전 1' },
        { from: SHEET.calculation, to: '~교체 전 2' },
        { from: SHEET.review, to: '~교체 전 3' },
        { from: SHEET.agreementTable, to: '~교체 전 4' },
      ]);
      expect(cellsOf(workbook, '~교체 전 1')).toEqual(followingRename(old, SHEET.calculation, '~교체 전 2'));
      expect(workbook.sheet(SHEET.changeTable)).toBeDefined();
    });

    it('at operations spread over the whole write', async () => {
      const dry = await prepared();
      const { mock } = await writeRun(dry, '2024-09-02');
      for (const sync of [4, 5]) {
        const operations = mock.session.log[sync - 1]?.length ?? 0;
        for (
          let operation = 1;
          operation < operations;
          operation += Math.max(1, Math.floor(operations / 7))
        ) {
          await failAt(sync, operation, false);
        }
      }
    });
  });
});
