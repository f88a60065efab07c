import { EXCEL_MAX_CELL_TEXT, fitCellText, joinWithinCell } from '../../../src/workbook/grid/cell-text';
import { runWorkbook } from '../../../src/workbook/run';
import { AGREEMENT, agreementSheet, priceSheet } from '../input/sample-sheets';

/**
 * Issue 9: no output cell exceeds Excel's 32,767 characters. Input text fields are at most 255
 * characters; cells that list many of them (every agreement number in the title block, every
 * material of an item) are cut to fit, saying how many were left out.
 */
describe('text that fits in one cell', () => {
  it('joins values as far as they fit and counts the rest', () => {
    expect(joinWithinCell(['A-1', 'A-2', 'A-3'])).toBe('A-1, A-2, A-3');
    expect(joinWithinCell(['A-1', 'A-2', 'A-3', 'A-4'], 20)).toBe('A-1 외 3건');
    expect(joinWithinCell(['A-1', 'A-2', 'A-3', 'A-4'], 30)).toBe('A-1, A-2, A-3, A-4');
    expect(joinWithinCell(['A-1'.repeat(10)], 30)).toBe('A-1A-1A-1A-1A-1A-1A-1A-1A-1A-1');
    expect(joinWithinCell([])).toBe('');
  });

  it('cuts a long text with an ellipsis', () => {
    expect(fitCellText('가'.repeat(40_000))).toHaveLength(EXCEL_MAX_CELL_TEXT);
    expect(fitCellText('가'.repeat(40_000)).endsWith('가…')).toBe(true);
    expect(fitCellText('짧은 글')).toBe('짧은 글');
  });

  it('keeps every cell of the output sheets within 32,767 characters for 140 agreements with 255-character numbers', () => {
    const rows = Array.from({ length: 140 }, (_, index) => ({
      ...AGREEMENT,
      약정번호: `${'약'.repeat(250)}${String(index).padStart(5, '0')}`,
      원재료: `${'재'.repeat(250)}${String(index).padStart(5, '0')}`,
      물품명: '하우징',
    }));
    const outcome = runWorkbook(
      { sheets: [agreementSheet(...rows), priceSheet()] },
      { asOf: '2024-04-01', createdOn: '2024-04-02' },
    );
    expect(outcome.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    const lengths = [outcome.changeTable, outcome.reviewSheet].flatMap((sheet) =>
      sheet.rows.flatMap((row) =>
        row.map((cell) => (typeof cell.value === 'string' ? cell.value.length : 0)),
      ),
    );
    expect(Math.max(...lengths)).toBeLessThanOrEqual(EXCEL_MAX_CELL_TEXT);
    const title = outcome.changeTable.rows
      .flat()
      .map((cell) => cell.value)
      .find((value): value is string => typeof value === 'string' && value.startsWith('약'.repeat(250)));
    expect(title).toMatch(/ 외 \d+건$/);
  });
});
