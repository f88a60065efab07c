import { writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  loadWorkbookFile,
  UnreadableWorkbookError,
  workbookGrids,
  worksheetGrid,
} from '../../../src/adapters/xlsx';
import {
  boundWorkbookXml,
  boundWorksheetXml,
  RANGE_CELL_BUDGET,
  withBoundedRanges,
} from '../../../src/adapters/xlsx/range-limits';
import { MAX_GRID_CELLS } from '../../../src/adapters/xlsx/worksheet-grid';
import { readWorkbook } from '../../../src/workbook/input/read-workbook';
import { useTempDir } from '../../helpers/temp-dir';

/**
 * Issue 9.4: reading is bounded by the cells that hold data, not by the extent of one stray
 * cell, nor by a validation, merge or name over whole columns. Shown by sizes: the entries a
 * grid holds, the entries exceljs keeps, the ranges left in the parts exceljs parses.
 */

const tmp = useTempDir('yeondong-bounded-');

/** The cells exceljs keeps a data validation for (its typings do not declare the property). */
function validatedCells(worksheet: ExcelJS.Worksheet | undefined): string[] {
  const held = worksheet as unknown as { dataValidations?: { model?: Record<string, unknown> } } | undefined;
  return Object.keys(held?.dataValidations?.model ?? {});
}

/** The grid entries of a sheet: what reading it allocated. */
function entries(cells: readonly (readonly unknown[])[]): number {
  return cells.reduce((sum, row) => sum + row.length, 0);
}

async function saved(workbook: ExcelJS.Workbook, patch?: (zip: JSZip) => Promise<void>): Promise<string> {
  let bytes: Buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  if (patch) {
    const zip = await JSZip.loadAsync(bytes);
    await patch(zip);
    bytes = await zip.generateAsync({ type: 'nodebuffer' });
  }
  const path = join(tmp.path(), 'in.xlsx');
  writeFileSync(path, bytes);
  return path;
}

/** Inserts XML right after a worksheet's `</sheetData>` (where validations and merges go). */
function afterSheetData(sheet: number, xml: string): (zip: JSZip) => Promise<void> {
  return async (zip) => {
    const path = `xl/worksheets/sheet${sheet}.xml`;
    const text = (await zip.file(path)?.async('string')) ?? '';
    zip.file(path, text.replace('</sheetData>', `</sheetData>${xml}`));
  };
}

function priceWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const prices = workbook.addWorksheet('원재료가격');
  prices.addRow(['기준지표', '일자', '가격']);
  prices.addRow(['구리', '2024-01', 9000]);
  prices.addRow(['구리', '2024-02', 9500]);
  return workbook;
}

describe('grids of sheets with a stray far cell', () => {
  it('gives each row only up to its own last cell: a stray XFD400 is one long row, not 400 of them', () => {
    const workbook = priceWorkbook();
    const prices = workbook.getWorksheet('원재료가격');
    if (prices) prices.getCell('XFD400').value = 'x';
    const grid = worksheetGrid(prices as ExcelJS.Worksheet);
    expect([grid.top, grid.left, grid.cells.length]).toEqual([1, 1, 400]);
    expect(grid.cells.map((row) => row.length).filter((length) => length > 0)).toEqual([3, 3, 3, 16_384]);
    expect(entries(grid.cells)).toBe(3 * 3 + 16_384);
    // The table reads as before; the stray cell lies outside it.
    const read = readWorkbook({ sheets: [grid] });
    expect(read.input.prices).toHaveLength(2);
    expect(read.issues.filter((issue) => issue.sheet === '원재료가격')).toEqual([]);
  });

  it('does not expand the cells of a sheet the reader does not read', () => {
    const workbook = priceWorkbook();
    const memo = workbook.addWorksheet('메모');
    memo.getCell('XFD40000').value = 'x';
    const walked: string[] = [];
    for (const worksheet of workbook.worksheets) {
      const eachRow = worksheet.eachRow.bind(worksheet);
      worksheet.eachRow = ((...args: Parameters<typeof eachRow>) => {
        walked.push(worksheet.name);
        return eachRow(...args);
      }) as typeof worksheet.eachRow;
    }
    const grids = workbookGrids(workbook);
    expect(grids.sheets.map((sheet) => [sheet.name, sheet.state ?? 'visible'])).toEqual([
      ['원재료가격', 'visible'],
      ['메모', 'visible'],
    ]);
    readWorkbook(grids);
    expect(walked).toEqual(['원재료가격']);
  });

  it('keeps rows under the first 50 non-empty ones to their width when far cells would pass the limit', () => {
    const workbook = priceWorkbook();
    const sheet = workbook.getWorksheet('원재료가격') as ExcelJS.Worksheet;
    for (let row = 4; row <= 60; row += 1)
      sheet.addRow(['구리', `20${10 + Math.floor(row / 12)}-0${(row % 9) + 1}`, row]);
    for (let row = 100; row < 110; row += 1) sheet.getCell(row, 16_384).value = row;
    // Within the limit every row runs to its last cell…
    expect(entries(worksheetGrid(sheet).cells)).toBe(60 * 3 + 10 * 16_384);
    // …past it, rows after the header candidates stop at the widest of those (column C).
    const grid = worksheetGrid(sheet, { maxCells: 100_000 });
    expect(entries(grid.cells)).toBe(60 * 3);
    expect(grid.cells.slice(99).every((row) => row.length === 0)).toBe(true);
  });

  it('refuses, naming the sheet and a far cell, a sheet still past the limit', () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('연동약정');
    for (let row = 1; row <= 10; row += 1) {
      sheet.getCell(row, 1).value = row;
      sheet.getCell(row, 16_384).value = row;
    }
    expect(() => worksheetGrid(sheet, { maxCells: 100_000 })).toThrow(UnreadableWorkbookError);
    expect(() => worksheetGrid(sheet, { maxCells: 100_000 })).toThrow(
      /'연동약정' 시트의 셀이 A1:XFD10 범위에.*셀 163,850개 분량, 한도 100,000개.*\(e\.g\. XFD1\)/s,
    );
    expect(MAX_GRID_CELLS).toBe(25_000_000);
  });
});

describe('parts that exceljs expands cell by cell', () => {
  it('cuts data validations over 300,000 rows to a thousand rows past the data', async () => {
    const workbook = priceWorkbook();
    const path = await saved(
      workbook,
      afterSheetData(
        1,
        '<dataValidations count="1"><dataValidation type="list" sqref="C1:C300000 D1:D2"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
      ),
    );
    const worksheet = (await loadWorkbookFile(path)).getWorksheet('원재료가격');
    const validated = validatedCells(worksheet);
    // The data end at row 3 and column C: C1:C1003 stay, D (right of the data) goes.
    expect(validated).toHaveLength(1003);
    expect(validated).toContain('C1003');
    expect(validated).not.toContain('C1004');
  });

  it('keeps validations within the budget exactly as they are', () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><dataValidations count="1"><dataValidation type="list" sqref="B2:C50000"><formula1>"a"</formula1></dataValidation></dataValidations></worksheet>';
    expect(boundWorksheetXml(xml)).toBe(xml);
  });

  it('cuts a whole-sheet validation to the data and drops what still exceeds the budget', () => {
    const xml = (sqref: string) =>
      `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" s="3"/></row><row r="2"><c r="B2" t="s"><v>0</v></c></row></sheetData><dataValidations count="2"><dataValidation type="list" error="a &gt; b > c" sqref="${sqref}"><formula1>"a"</formula1></dataValidation><dataValidation type="whole" sqref="XFD1:XFD1048576"/></dataValidations></worksheet>`;
    // Data: A1:B2 (the formatted-only C1 does not count); a thousand rows below it stay.
    expect(boundWorksheetXml(xml('A1:XFD1048576'))).toBe(
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" s="3"/></row><row r="2"><c r="B2" t="s"><v>0</v></c></row></sheetData><dataValidations count="2"><dataValidation type="list" error="a &gt; b > c" sqref="A1:B1002"><formula1>"a"</formula1></dataValidation></dataValidations></worksheet>',
    );
  });

  it('drops a merge over the whole sheet and keeps the others', () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="D3"><v>1</v></c></row></sheetData><mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="C2:XFD1048576"/></mergeCells></worksheet>';
    expect(boundWorksheetXml(xml)).toBe(
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="D3"><v>1</v></c></row></sheetData><mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="C2:D1003"/></mergeCells></worksheet>',
    );
  });

  it('loads a workbook whose memo sheet merges 500,000 empty cells without creating them', async () => {
    const workbook = priceWorkbook();
    workbook.addWorksheet('메모').getCell('A1').value = '메모';
    const path = await saved(
      workbook,
      afterSheetData(2, '<mergeCells count="1"><mergeCell ref="B2:Z20000"/></mergeCells>'),
    );
    const memo = (await loadWorkbookFile(path)).getWorksheet('메모');
    let cells = 0;
    memo?.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, () => (cells += 1)));
    expect(cells).toBe(1);
  });

  it('clamps column formats past XFD and refuses rows past Excel’s last row', () => {
    expect(boundWorksheetXml('<cols><col min="1" max="2000000000" width="9"/></cols>')).toBe(
      '<cols><col min="1" max="16384" width="9"/></cols>',
    );
    expect(boundWorksheetXml('<cols><col min="20000" max="20001"/></cols>')).toBe('<cols></cols>');
    expect(() => boundWorksheetXml('<sheetData><row r="2000000000"></row></sheetData>')).toThrow(
      /row 2000000000 is beyond Excel's last row, 1048576/,
    );
    expect(() =>
      boundWorksheetXml('<sheetData><row r="1"><c r="AAAA1"><v>1</v></c></row></sheetData>'),
    ).toThrow(/cell AAAA1 is beyond Excel's last cell/);
  });

  it('refuses a file with a row past Excel’s last row as an unreadable workbook', async () => {
    const workbook = priceWorkbook();
    const path = await saved(workbook, async (zip) => {
      const part = 'xl/worksheets/sheet1.xml';
      const text = (await zip.file(part)?.async('string')) ?? '';
      zip.file(
        part,
        text.replace('<row r="3"', '<row r="2000000000"').replace(/r="([A-C])3"/g, 'r="$12000000000"'),
      );
    });
    // The sentence says the file is damaged; the detail line names the row.
    await expect(loadWorkbookFile(path)).rejects.toMatchObject({
      name: 'UnreadableWorkbookError',
      text: { en: expect.stringContaining('damaged') },
      detail: expect.stringContaining("row 2000000000 is beyond Excel's last row"),
    });
  });

  it('drops defined names over more cells than the budget, keeping print areas and small names', () => {
    const xml = [
      '<definedNames>',
      '<definedName name="_xlnm.Print_Area" localSheetId="0">s!$A$1:$XFD$1048576</definedName>',
      '<definedName name="small">s!$A$1:$C$9</definedName>',
      `<definedName name="huge">s!$A$1:$XFD$1048576</definedName>`,
      '</definedNames>',
    ].join('');
    expect(boundWorkbookXml(xml)).toBe(
      xml.replace('<definedName name="huge">s!$A$1:$XFD$1048576</definedName>', ''),
    );
    expect(RANGE_CELL_BUDGET).toBe(200_000);
  });

  it('leaves an ordinary file byte for byte as it was', async () => {
    const bytes = Buffer.from(await priceWorkbook().xlsx.writeBuffer());
    expect(await withBoundedRanges(bytes)).toBe(bytes);
  });
});
