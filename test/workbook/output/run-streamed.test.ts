import type { WorkbookGrids } from '../../../src/workbook/grid';
import { runWorkbook } from '../../../src/workbook/run';
import { runWorkbookStreamed } from '../../../src/workbook/run-streamed';
import { materializeSheet } from '../../../src/workbook/sheet-plan';
import { buildTemplateSheets } from '../../../src/workbook/template';
import { toSheetGrid } from './sheet-helpers';

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
    expect([...streamed.sheets()].map(materializeSheet)).toEqual(expected);
    expect(streamed.sheetNames).toEqual(expected.map((sheet) => sheet.name));
    expect(streamed.outcome.fingerprint).toBe(whole.fingerprint);
    expect(streamed.outcome.report).toEqual(whole.report);
  });
});
