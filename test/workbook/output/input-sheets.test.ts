import type { SheetGrid } from '../../../src/workbook/grid/grid';
import { inputSheetsOf } from '../../../src/workbook/output/input-sheets';

describe('input sheets written back for a per-supplier workbook', () => {
  it('sizes the columns of a sheet of 150,000 rows (more than a spread of its rows allows)', () => {
    const rows = 150_000;
    const grid: SheetGrid = {
      name: '원재료가격',
      top: 1,
      left: 1,
      cells: [
        [{ value: '기준지표' }, { value: '가격' }],
        ...Array.from({ length: rows - 1 }, (_, index) => [
          { value: index === 77_777 ? 'LME 전기동 (USD/t) 현물 평균가격' : 'LME' },
          { value: 9000 + index },
        ]),
      ],
    };
    const [sheet] = inputSheetsOf({ sheets: [grid] });
    expect(sheet?.rows).toHaveLength(rows);
    // The widest text sits deep in the sheet; the width follows it (capped at 40).
    expect(sheet?.columnWidths).toEqual([34, 8]);
  });
});
