import { D } from '../../../src/domain/decimal';
import { issue } from '../../../src/domain/issues';
import { toOutputCell } from '../../../src/workbook/output/output-cell';
import {
  EVALUATION_COLUMNS,
  ISSUE_COLUMNS,
  SUMMARY_COLUMNS,
} from '../../../src/workbook/output/review-sheet-columns';
import { REVIEW_HEADERS } from '../../../src/workbook/output/review-sheet';

describe('the review sheet’s column tables', () => {
  it('spans the issue table over exactly the width of the evaluation table', () => {
    const width = ISSUE_COLUMNS.reduce((total, column) => total + (column.span ?? 1), 0);
    expect(width).toBe(EVALUATION_COLUMNS.length);
    expect(REVIEW_HEADERS).toEqual(EVALUATION_COLUMNS.map((column) => column.header));
    expect(SUMMARY_COLUMNS.length).toBeLessThanOrEqual(EVALUATION_COLUMNS.length);
  });

  it('writes an issue’s texts as text, whatever they begin with', () => {
    const found = issue({
      severity: 'warning',
      code: 'OUT_OF_RANGE',
      at: { sheet: '원재료가격', cell: 'C7' },
      text: { ko: '=1+1', en: '+cmd' },
    });
    expect(ISSUE_COLUMNS.map((column) => toOutputCell(column.content(found)))).toEqual([
      { value: '경고', style: 'body' },
      { value: '원재료가격', style: 'body' },
      { value: 'C7', style: 'body' },
      { value: 'OUT_OF_RANGE', style: 'body' },
      { value: '=1+1', style: 'body' },
      { value: '+cmd', style: 'body' },
    ]);
  });

  it('counts with a thousands separator and cuts text to what one cell holds', () => {
    const [, itemName, , , evaluations] = SUMMARY_COLUMNS;
    const summary = {
      agreementId: 'A-1',
      buyer: 'B',
      supplier: 'S',
      item: '모'.repeat(40_000),
      partNo: null,
      materials: ['구리'],
      originalUnitPrice: new D(100),
      currentUnitPrice: new D(100),
      adjustmentCount: 0,
      evaluationCount: 12_345,
      complete: true,
    };
    expect(toOutputCell(evaluations?.content(summary) ?? null)).toEqual({
      value: 12345,
      numberFormat: '#,##0',
      style: 'body',
    });
    const shown = String(toOutputCell(itemName?.content(summary) ?? null).value);
    expect([shown.length, shown.endsWith('모…')]).toEqual([32_767, true]);
  });
});
