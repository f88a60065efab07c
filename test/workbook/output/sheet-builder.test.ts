import { materializeSheet, rowsOf } from '../../../src/workbook/grid/sheet-plan';
import type { OutputCell, PrintSetup } from '../../../src/workbook/grid/grid';
import { fitColumnWidths } from '../../../src/workbook/output/column-widths';
import { type RowCells, SheetBuilder } from '../../../src/workbook/output/sheet-builder';

const PRINT: PrintSetup = { paperSize: 'A4', orientation: 'portrait', fitToWidth: true, repeatRows: null };

/** Row i of a small table: a name, a number, and a long text in column 3 for every row. */
function cellOf(row: number, column: number): OutputCell {
  if (column === 1) return { value: `품목 ${row}`, style: 'body' };
  if (column === 2) return { value: row * 1000.5, numberFormat: '#,##0.0', style: 'body' };
  return { value: '변동률 +12.00% ≥ 조정요건 10.00% — 단가 +2,160원 (반영비율 80.00%)', style: 'body' };
}

/** The same sheet written cell by cell, or with its rows 3 … 2 + rows made lazily (counting what is made). */
function sheets(rows: number) {
  const eager = new SheetBuilder();
  const lazy = new SheetBuilder();
  const made = { rows: 0, cells: [0, 0, 0, 0] };
  for (const sheet of [eager, lazy]) {
    sheet.setMerged(1, 1, 3, { value: '제목', style: 'title' });
    for (let column = 1; column <= 3; column += 1)
      sheet.set(2, column, { value: `머리글${column}`, style: 'header' });
  }
  for (let row = 3; row < 3 + rows; row += 1) {
    for (let column = 1; column <= 3; column += 1) eager.set(row, column, cellOf(row, column));
  }
  lazy.setLazyRows(3, rows, 3, (offset): RowCells => {
    made.rows += 1;
    return (column) => {
      made.cells[column] = (made.cells[column] ?? 0) + 1;
      return cellOf(3 + offset, column);
    };
  });
  return { eager, lazy, made };
}

describe('SheetBuilder: rows made only when they are written', () => {
  it('a planned sheet gives, pass after pass, the rows of the sheet written cell by cell', () => {
    const { eager, lazy, made } = sheets(50);
    const whole = eager.build('표', [10, 12, 48], 2, PRINT);
    const plan = lazy.plan('표', [10, 12, 48], 2, PRINT);
    expect(made.rows).toBe(0);
    expect(plan.rowCount).toBe(52);
    expect(materializeSheet(plan)).toEqual(whole);
    expect([...rowsOf(plan)]).toEqual(whole.rows);
    // Each pass makes each row once, all its cells from one rowAt call.
    expect(made.rows).toBe(100);
    expect(made.cells.slice(1)).toEqual([100, 100, 100]);
  });

  it('build() makes every lazy row into cells, as set() would have placed them', () => {
    const { eager, lazy } = sheets(5);
    expect(lazy.build('표', [], 2, PRINT)).toEqual(eager.build('표', [], 2, PRINT));
  });

  it('measures a lazy row a cell at a time, and a column no further than its widest width', () => {
    const { eager, lazy, made } = sheets(1000);
    const widths = fitColumnWidths(lazy, 3, 2);
    expect(widths).toEqual(fitColumnWidths(eager, 3, 2));
    expect(widths[2]).toBe(48);
    // Columns 1 and 2 are read to the end; the long text settles column 3 at the first row.
    expect(made.cells.slice(1)).toEqual([1000, 1000, 1]);
  });

  it('refuses to set a cell of a lazy row, or to make a written row lazy', () => {
    const { lazy } = sheets(3);
    expect(() => lazy.set(4, 1, { value: 'x' })).toThrow(/made lazily/);
    expect(() => lazy.setLazyRows(2, 1, 3, () => () => undefined)).toThrow(/already written/);
  });
});
