import { writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { readWorkbookFile, UnreadableWorkbookError } from '../../../src/adapters/xlsx';
import { cellAt, sheetOf } from '../../helpers/grid-lookup';
import { useTempDir } from '../../helpers/temp-dir';

const tmp = useTempDir();

async function saved(build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const path = join(tmp.path(), 'in.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('readWorkbookFile', () => {
  it('reads every sheet in tab order over its used range', async () => {
    const path = await saved((workbook) => {
      const sheet = workbook.addWorksheet('연동약정');
      sheet.getCell('C4').value = '약정번호';
      sheet.getCell('E6').value = 7;
      workbook.addWorksheet('빈 시트');
    });
    const grids = await readWorkbookFile(path);
    expect(grids.sheets.map((sheet) => sheet.name)).toEqual(['연동약정', '빈 시트']);
    const first = sheetOf(grids, '연동약정');
    // Each row ends at its own last cell that holds something.
    expect([first.top, first.left, first.cells.map((row) => row.length)]).toEqual([4, 3, [1, 0, 3]]);
    expect(cellAt(first, 'C4')).toEqual({ value: '약정번호' });
    expect(cellAt(first, 'E6')).toEqual({ value: 7 });
    expect(cellAt(first, 'D6')).toEqual({ value: null });
    expect(cellAt(first, 'D5')).toBeUndefined();
    expect(sheetOf(grids, '빈 시트').cells).toEqual([]);
  });

  it('gives Date cells as dates and keeps text dates and percent formats as the user wrote them', async () => {
    const path = await saved((workbook) => {
      const sheet = workbook.addWorksheet('s');
      sheet.getCell('A1').value = new Date(Date.UTC(2024, 2, 15));
      sheet.getCell('A1').numFmt = 'yyyy-mm-dd';
      sheet.getCell('A2').value = '2024.3.15';
      sheet.getCell('A3').value = 0.1;
      sheet.getCell('A3').numFmt = '0%';
      sheet.getCell('A4').value = '10%';
      sheet.getCell('A5').value = 10;
      sheet.getCell('A6').value = '1,234.5';
    });
    const sheet = sheetOf(await readWorkbookFile(path), 's');
    expect(cellAt(sheet, 'A1')).toEqual({
      value: new Date('2024-03-15T00:00:00Z'),
      numberFormat: 'yyyy-mm-dd',
    });
    expect(cellAt(sheet, 'A2')).toEqual({ value: '2024.3.15' });
    expect(cellAt(sheet, 'A3')).toEqual({ value: 0.1, numberFormat: '0%' });
    expect(cellAt(sheet, 'A4')).toEqual({ value: '10%' });
    expect(cellAt(sheet, 'A5')).toEqual({ value: 10 });
    expect(cellAt(sheet, 'A6')).toEqual({ value: '1,234.5' });
  });

  it('turns rich text and hyperlinks into their plain text', async () => {
    const path = await saved((workbook) => {
      const sheet = workbook.addWorksheet('s');
      sheet.getCell('A1').value = { richText: [{ text: '한빛', font: { bold: true } }, { text: '전자' }] };
      sheet.getCell('A2').value = { text: 'LME 전기동', hyperlink: 'https://www.lme.com/' };
    });
    const sheet = sheetOf(await readWorkbookFile(path), 's');
    expect(cellAt(sheet, 'A1')).toEqual({ value: '한빛전자' });
    expect(cellAt(sheet, 'A2')).toEqual({ value: 'LME 전기동' });
  });

  it('gives formulas with their cached results, shared formulas and error results included', async () => {
    const path = await saved((workbook) => {
      const sheet = workbook.addWorksheet('s');
      sheet.getCell('A1').value = 2;
      sheet.getCell('A2').value = 3;
      // exceljs's typings lack the shared-formula master's fields; the object is what it reads.
      const master = { formula: 'A1*10', result: 20, shareType: 'shared', ref: 'B1:B2' };
      sheet.getCell('B1').value = master;
      sheet.getCell('B2').value = { sharedFormula: 'B1', result: 30 };
      sheet.getCell('C1').value = { formula: 'VLOOKUP(9,A1:A2,1,FALSE)', result: { error: '#N/A' } };
      sheet.getCell('C2').value = { formula: 'NOW()' };
    });
    const sheet = sheetOf(await readWorkbookFile(path), 's');
    expect(cellAt(sheet, 'B1')).toEqual({ value: 20, formula: 'A1*10' });
    expect(cellAt(sheet, 'B2')).toEqual({ value: 30, formula: 'A2*10' });
    expect(cellAt(sheet, 'C1')).toEqual({ value: { error: '#N/A' }, formula: 'VLOOKUP(9,A1:A2,1,FALSE)' });
    // No cached result: the value is unknown, not zero.
    expect(cellAt(sheet, 'C2')).toEqual({ value: null, formula: 'NOW()' });
  });

  it('reads an Excel table as a plain range whose first row is the header', async () => {
    const path = await saved((workbook) => {
      const sheet = workbook.addWorksheet('원재료가격');
      sheet.addTable({
        name: 'Prices',
        ref: 'B2',
        headerRow: true,
        columns: [{ name: '기준지표' }, { name: '일자' }, { name: '가격' }],
        rows: [
          ['열연강판 (원/kg)', '2024-01', 1020],
          ['열연강판 (원/kg)', '2024-02', 1035],
        ],
      });
    });
    const sheet = sheetOf(await readWorkbookFile(path), '원재료가격');
    expect([sheet.top, sheet.left]).toEqual([2, 2]);
    expect(sheet.cells.map((row) => row.map((cell) => cell.value))).toEqual([
      ['기준지표', '일자', '가격'],
      ['열연강판 (원/kg)', '2024-01', 1020],
      ['열연강판 (원/kg)', '2024-02', 1035],
    ]);
  });

  it('ignores formatted but empty rows below the data', async () => {
    const path = await saved((workbook) => {
      const sheet = workbook.addWorksheet('s');
      sheet.getCell('A1').value = '헤더';
      sheet.getCell('A2').value = 1;
      for (let row = 3; row <= 50_000; row += 1) sheet.getCell(row, 1).numFmt = '#,##0';
    });
    const sheet = sheetOf(await readWorkbookFile(path), 's');
    expect(sheet.cells).toHaveLength(2);
  });

  it('reports a missing file and a file that is not an .xlsx workbook in Korean and English', async () => {
    const missing = join(tmp.path(), 'nope.xlsx');
    await expect(readWorkbookFile(missing)).rejects.toThrow(UnreadableWorkbookError);
    await expect(readWorkbookFile(missing)).rejects.toMatchObject({
      text: { ko: expect.stringContaining('파일이 없습니다') },
    });
    const csv = join(tmp.path(), 'data.xlsx');
    writeFileSync(csv, '약정번호,위탁기업\nA-1,한빛전자\n');
    await expect(readWorkbookFile(csv)).rejects.toMatchObject({
      text: {
        ko: expect.stringContaining('.xlsx'),
        en: expect.stringContaining('cannot open as an Excel workbook'),
      },
    });
    await expect(readWorkbookFile(tmp.path())).rejects.toMatchObject({
      text: { en: expect.stringContaining('folder') },
    });
  });
});
