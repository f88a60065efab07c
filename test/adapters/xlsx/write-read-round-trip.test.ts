import { join } from 'path';
import ExcelJS from 'exceljs';
import {
  loadWorkbookFile,
  readWorkbookFile,
  saveWorkbookFile,
  writeOutputSheets,
} from '../../../src/adapters/xlsx';
import type { OutputSheet } from '../../../src/workbook/grid/grid';
import { cellAt, sheetOf } from '../../helpers/grid-lookup';
import { useTempDir } from '../../helpers/temp-dir';

const tmp = useTempDir();

const TABLE: OutputSheet = {
  name: '납품단가 변동표',
  rows: [
    [{ value: '납품단가 변동표', style: 'title' }],
    [
      { value: '위탁기업', style: 'label' },
      { value: '한빛전자', style: 'body' },
    ],
    [
      { value: '물품명', style: 'header' },
      { value: '조정 전', style: 'header' },
      { value: '변동액', style: 'header' },
      { value: '조정 후', style: 'header' },
      { value: '변동률', style: 'header' },
    ],
    [
      { value: '모터 하우징', style: 'body' },
      { value: 10000, numberFormat: '#,##0', style: 'body' },
      { value: 2160, numberFormat: '#,##0', style: 'body' },
      { formula: 'ROUND(B4+C4,0)', result: 12160, numberFormat: '#,##0', style: 'body' },
      { formula: 'D4/B4-1', result: 0.216, numberFormat: '0.00%', style: 'body' },
    ],
    [
      // User text that looks like a formula must stay text.
      { value: '=SUM(A1)', style: 'body' },
      { value: '+1', style: 'body' },
      { value: '@x', style: 'body' },
      { value: '-2', style: 'body' },
      { formula: 'IF(B4>0,"예","아니오")', result: '예', style: 'total' },
    ],
    [
      { value: '확인 필요', style: 'note' },
      {},
      { value: true },
      { value: 45383, numberFormat: 'yyyy-mm-dd' },
    ],
  ],
  columnWidths: [18, 12, 0, 14],
  merges: ['A1:E1', 'A6:B6'],
  frozenRows: 3,
  print: { paperSize: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: [3, 3] },
};

async function writtenFile(sheets: readonly OutputSheet[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  writeOutputSheets(workbook, sheets);
  const path = join(tmp.path(), 'out.xlsx');
  await saveWorkbookFile(workbook, path);
  return path;
}

describe('writeOutputSheets → readWorkbookFile', () => {
  it('keeps values, formulas with their cached results, and number formats', async () => {
    const sheet = sheetOf(await readWorkbookFile(await writtenFile([TABLE])), TABLE.name);
    expect(sheet.top).toBe(1);
    expect(sheet.left).toBe(1);
    expect(cellAt(sheet, 'A1')).toEqual({ value: '납품단가 변동표' });
    expect(cellAt(sheet, 'B4')).toEqual({ value: 10000, numberFormat: '#,##0' });
    expect(cellAt(sheet, 'D4')).toEqual({ value: 12160, formula: 'ROUND(B4+C4,0)', numberFormat: '#,##0' });
    expect(cellAt(sheet, 'E4')).toEqual({ value: 0.216, formula: 'D4/B4-1', numberFormat: '0.00%' });
    expect(cellAt(sheet, 'E5')).toEqual({ value: '예', formula: 'IF(B4>0,"예","아니오")' });
    expect(cellAt(sheet, 'C6')).toEqual({ value: true });
  });

  it('reads text that starts with =, +, @ or - back as text, never as a formula', async () => {
    const sheet = sheetOf(await readWorkbookFile(await writtenFile([TABLE])), TABLE.name);
    expect(cellAt(sheet, 'A5')).toEqual({ value: '=SUM(A1)' });
    expect(cellAt(sheet, 'B5')).toEqual({ value: '+1' });
    expect(cellAt(sheet, 'C5')).toEqual({ value: '@x' });
    expect(cellAt(sheet, 'D5')).toEqual({ value: '-2' });
  });

  it('keeps merges; a merged cell other than the first is empty', async () => {
    const sheet = sheetOf(await readWorkbookFile(await writtenFile([TABLE])), TABLE.name);
    expect(sheet.merges).toEqual(['A1:E1', 'A6:B6']);
    expect(cellAt(sheet, 'B1')).toEqual({ value: null });
  });

  it('keeps a date serial with its date format as a date', async () => {
    const sheet = sheetOf(await readWorkbookFile(await writtenFile([TABLE])), TABLE.name);
    // exceljs turns date-formatted numbers into UTC-midnight instants.
    expect(cellAt(sheet, 'D6')).toEqual({
      value: new Date('2024-04-01T00:00:00Z'),
      numberFormat: 'yyyy-mm-dd',
    });
  });

  it('sets column widths, frozen header rows and A4 page setup', async () => {
    const worksheet = (await loadWorkbookFile(await writtenFile([TABLE]))).getWorksheet(TABLE.name);
    if (!worksheet) throw new Error('sheet missing');
    expect(worksheet.getColumn(1).width).toBe(18);
    expect(worksheet.getColumn(2).width).toBe(12);
    expect(worksheet.getColumn(3).width).toBeUndefined();
    expect(worksheet.getColumn(4).width).toBe(14);
    expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, topLeftCell: 'A4' });
    expect(worksheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '3:3',
    });
  });

  it('styles titles, headers and body cells', async () => {
    const worksheet = (await loadWorkbookFile(await writtenFile([TABLE]))).getWorksheet(TABLE.name);
    if (!worksheet) throw new Error('sheet missing');
    const title = worksheet.getCell('A1');
    expect(title.font).toMatchObject({ bold: true, size: 16 });
    const header = worksheet.getCell('C3');
    expect(header.font).toMatchObject({ bold: true });
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(header.border.bottom).toMatchObject({ style: 'thin' });
    const body = worksheet.getCell('B4');
    expect(body.font.bold).toBeFalsy();
    expect(body.border.left).toMatchObject({ style: 'thin' });
    expect(worksheet.getCell('E5').border.top).toMatchObject({ style: 'double' });
  });

  it('writes a portrait sheet without frozen rows or print titles as such', async () => {
    const plain: OutputSheet = {
      name: '연동 검토내역',
      rows: [[{ value: 'x' }]],
      columnWidths: [],
      merges: [],
      frozenRows: 0,
      print: { paperSize: 'A4', orientation: 'portrait', fitToWidth: false, repeatRows: null },
    };
    const worksheet = (await loadWorkbookFile(await writtenFile([plain]))).getWorksheet(plain.name);
    if (!worksheet) throw new Error('sheet missing');
    expect((worksheet.views ?? []).some((view) => view.state === 'frozen')).toBe(false);
    expect(worksheet.pageSetup.orientation).toBe('portrait');
    expect(worksheet.pageSetup.fitToPage).toBeFalsy();
    expect(worksheet.pageSetup.printTitlesRow).toBeUndefined();
  });

  it('refuses to replace a sheet that already exists (names compared without case), writing nothing', () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Review');
    const second: OutputSheet = { ...TABLE, name: 'REVIEW' };
    expect(() => writeOutputSheets(workbook, [TABLE, second])).toThrow(/already exists/);
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(['Review']);
  });
});
