import { join } from 'path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../../src/adapters/xlsx';
import { sheetDisplay } from '../../../src/adapters/xlsx/sheet-display';
import { sheetOf } from '../../helpers/grid-lookup';
import { useTempDir } from '../../helpers/temp-dir';

const tmp = useTempDir();

describe('what the xlsx reader reports of a sheet beyond its cells', () => {
  it('reads tab visibility and hidden rows and columns from a file', async () => {
    const workbook = new ExcelJS.Workbook();
    const shown = workbook.addWorksheet('보임');
    shown.getCell('A1').value = 'x';
    const table = workbook.addWorksheet('표');
    table.getCell('B2').value = 1;
    table.getCell('E6').value = 2;
    // exceljs writes no row without a cell, hidden or not.
    table.getCell('C3').value = 'x';
    table.getCell('C5').value = 'y';
    table.getRow(3).hidden = true;
    table.getRow(5).hidden = true;
    table.getColumn('D').hidden = true;
    // Outside the used range (B2:E6): hides nothing that is there.
    table.getRow(9).hidden = true;
    table.getColumn('H').hidden = true;
    table.state = 'hidden';
    const secret = workbook.addWorksheet('비밀');
    secret.state = 'veryHidden';
    const path = join(tmp.path(), 'hidden.xlsx');
    await workbook.xlsx.writeFile(path);

    const grids = await readWorkbookFile(path);
    expect(grids.sheets.map((sheet) => [sheet.name, sheet.visibility])).toEqual([
      ['보임', 'visible'],
      ['표', 'hidden'],
      ['비밀', 'veryHidden'],
    ]);
    const read = sheetOf(grids, '표');
    expect([read.hiddenRows, read.hiddenColumns]).toEqual([[3, 5], [4]]);
    expect([sheetOf(grids, '보임').hiddenRows, sheetOf(grids, '보임').hiddenColumns]).toEqual([[], []]);
    expect(sheetOf(grids, '비밀')).toMatchObject({ cells: [], hiddenRows: [], hiddenColumns: [] });
  });

  it('takes a row of no height and a column of no width as hidden, and adds no row or column', () => {
    const worksheet = new ExcelJS.Workbook().addWorksheet('표');
    worksheet.getCell('A1').value = 'a';
    worksheet.getCell('C4').value = 'c';
    worksheet.getRow(2).height = 0;
    worksheet.getColumn(2).width = 0;
    const rowsBefore = worksheet.rowCount;
    const columnsBefore = worksheet.columns.length;
    expect(sheetDisplay(worksheet, { top: 1, left: 1, bottom: 4, right: 3 })).toEqual({
      visibility: 'visible',
      hiddenRows: [2],
      hiddenColumns: [2],
    });
    expect(worksheet.rowCount).toBe(rowsBefore);
    expect(worksheet.columns.length).toBe(columnsBefore);
    expect(worksheet.findRow(3)).toBeUndefined();
  });

  it('reads columns past the last one exceljs defines as shown', () => {
    const worksheet = new ExcelJS.Workbook().addWorksheet('표');
    worksheet.getCell('A1').value = 'a';
    expect(sheetDisplay(worksheet, { top: 1, left: 1, bottom: 1, right: 30 })).toEqual({
      visibility: 'visible',
      hiddenRows: [],
      hiddenColumns: [],
    });
  });
});
