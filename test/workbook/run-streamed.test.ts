import type { WorkbookGrids } from '../../src/workbook/grid/grid';
import { materializeSheet, rowsOf } from '../../src/workbook/grid/sheet-plan';
import { runWorkbook } from '../../src/workbook/run';
import { runWorkbookStreamed } from '../../src/workbook/run-streamed';
import { buildTemplateSheets } from '../../src/workbook/input/template';
import { toSheetGrid } from './output/sheet-helpers';

function sampleWorkbook(): WorkbookGrids {
  return { sheets: buildTemplateSheets().map((sheet) => toSheetGrid(sheet)) };
}

const OPTIONS = { asOf: '2024-07-01', createdOn: '2026-11-25' } as const;

describe('runWorkbookStreamed: the sheets made one at a time', () => {
  it.each([
    ['every evaluation, one review sheet', {}, 1],
    ['triggered only', { review: { listing: 'triggered' as const } }, 1],
    ['the review continued on more sheets', { review: { listing: 'all' as const, maxRows: 20 } }, 2],
  ])('%s: the same sheets, names and summary as runWorkbook', (_name, extra, reviewSheets) => {
    const whole = runWorkbook(sampleWorkbook(), { ...OPTIONS, ...extra });
    const streamed = runWorkbookStreamed(sampleWorkbook(), { ...OPTIONS, ...extra });
    const expected = [whole.changeTable, whole.calculationSheet, ...whole.reviewSheets, whole.agreementTable];
    expect(whole.reviewSheets).toHaveLength(reviewSheets);
    const sheets = [...streamed.sheets()];
    // The change table, the calculation and the review are planned: rows made as they are written.
    expect(sheets.map((sheet) => typeof sheet.rows === 'function')).toEqual(
      expected.map((sheet) => sheet !== whole.agreementTable),
    );
    expect(sheets.map(materializeSheet)).toEqual(expected);
    // A plan's rows are made afresh on each pass, and alike.
    const plan = sheets[1];
    if (plan) expect([...rowsOf(plan)]).toEqual([...rowsOf(plan)]);
    expect(streamed.sheetNames).toEqual(expected.map((sheet) => sheet.name));
    expect(streamed.outcome.fingerprint).toBe(whole.fingerprint);
    expect(streamed.outcome.report).toEqual(whole.report);
  });
});
