import { join } from 'path';
import { readWorkbookFile } from '../../../src/adapters/xlsx';
import type { InputCell } from '../../../src/workbook/grid/grid';
import { ISSUE } from '../../../src/domain/issues';
import type { JsonReport } from '../../../src/workbook/output/json-report';
import { readWorkbook } from '../../../src/workbook/input/read-workbook';
import { SHEET } from '../../../src/workbook/grid/sheet-names';
import {
  dateToSerial,
  parseDateCell,
  parsePointCell,
  serialToDate,
} from '../../../src/workbook/input/values';
import { baseWorkbook, put } from '../../corpus/base-workbook';
import { runCli, TEST_TODAY } from '../../helpers/cli-harness';
import { sheetOf } from '../../helpers/grid-lookup';
import { useTempDir } from '../../helpers/temp-dir';

/**
 * Issue 9.6: a workbook saved in Excel's 1904 date system (date1904, old Mac files) counts its
 * serials from 1904-01-01. A General-format serial in 납품실적 was read as a 1900 serial, four
 * years and a day early; the results written into such a workbook must show the right days too.
 */

const tmp = useTempDir('yeondong-1904-');

/** The serial Excel stores for a day in a 1904 workbook. */
const serial1904 = (date: string): number => dateToSerial(date as `${number}-${number}-${number}`) - 1462;

describe('serials in the 1904 date system', () => {
  it('counts from 1904-01-01, with no fictitious leap day', () => {
    expect(serialToDate(0, { date1904: true })).toEqual({ kind: 'date', date: '1904-01-01' });
    expect(serialToDate(60, { date1904: true })).toEqual({ kind: 'date', date: '1904-03-01' });
    expect(serialToDate(43_935, { date1904: true })).toEqual({ kind: 'date', date: '2024-04-15' });
    expect(serialToDate(43_935)).toEqual({ kind: 'date', date: '2020-04-14' });
    expect(serialToDate(2_957_003, { date1904: true })).toEqual({ kind: 'date', date: '9999-12-31' });
    expect(serialToDate(2_957_004, { date1904: true })).toEqual({ kind: 'outOfRange' });
    expect(serialToDate(-1, { date1904: true })).toEqual({ kind: 'outOfRange' });
  });

  it('reads day and month cells in the workbook’s system', () => {
    const cell: InputCell = { value: 43_935 };
    expect(parseDateCell(cell, { date1904: true })).toEqual({ ok: true, value: '2024-04-15' });
    expect(parsePointCell({ value: 43_891, numberFormat: 'yyyy-mm' }, { date1904: true })).toEqual({
      ok: true,
      value: { date: '2024-03-01', granularity: 'month' },
    });
    expect(parseDateCell({ value: 3_000_000 }, { date1904: true })).toMatchObject({
      ok: false,
      code: ISSUE.INVALID_DATE,
      reason: {
        en: 'date serials of this workbook (1904 date system) run from 0 (1904-01-01) to 2957003 (9999-12-31)',
      },
    });
  });
});

describe('a workbook saved with date1904', () => {
  async function workbook1904(): Promise<string> {
    const workbook = baseWorkbook();
    workbook.properties.date1904 = true;
    // General-format serials, as a 1904 workbook stores them.
    put(workbook, 'deliveries', 'date', serial1904('2024-04-15'));
    put(workbook, 'agreements', 'signedOn', serial1904('2024-01-10'));
    // Date-typed cells: exceljs writes them in the workbook's system.
    const first = put(workbook, 'agreements', 'firstAdjustment', new Date(Date.UTC(2024, 3, 1)));
    first.numFmt = 'yyyy-mm-dd';
    const path = join(tmp.path(), 'mac-1904.xlsx');
    await workbook.xlsx.writeFile(path);
    return path;
  }

  it('reads serial-number and date-typed cells as the days Excel shows', async () => {
    const grids = await readWorkbookFile(await workbook1904());
    expect(sheetOf(grids, SHEET.deliveries).date1904).toBe(true);
    const read = readWorkbook(grids);
    expect(read.issues).toEqual([]);
    expect(read.input.deliveries.map((delivery) => delivery.date)).toEqual(['2024-04-15']);
    expect(read.input.agreements.map((row) => [row.signedOn, row.firstAdjustment])).toEqual([
      ['2024-01-10', '2024-04-01'],
    ]);
  });

  it('computes with those days and writes the table’s dates as the same days in the 1904 workbook', async () => {
    const output = join(tmp.path(), 'out.xlsx');
    const run = await runCli(['compute', await workbook1904(), '--json', '-o', output]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.adjustments.map((adjustment) => adjustment.adjustmentDate)).toEqual(['2024-04-01']);
    expect(report.adjustments[0]?.deliveries.map((delivery) => delivery.date)).toEqual(['2024-04-15']);
    const grids = await readWorkbookFile(output);
    const table = sheetOf(grids, SHEET.changeTable);
    const days = table.cells
      .flat()
      .map((cell) => cell.value)
      .filter((value): value is Date => value instanceof Date)
      .map((date) => date.toISOString().slice(0, 10));
    expect(days.length).toBeGreaterThan(0);
    // The adjustment date, and the 작성일 of the title block (the harness's today).
    expect(new Set(days)).toEqual(new Set(['2024-04-01', TEST_TODAY]));
    // The input sheets keep their serials, and still read as the same days.
    expect(readWorkbook(grids).input.deliveries.map((delivery) => delivery.date)).toEqual(['2024-04-15']);
    // And verify, re-reading both, finds the table as written.
    expect((await runCli(['verify', output])).code).toBe(0);
  });
});
