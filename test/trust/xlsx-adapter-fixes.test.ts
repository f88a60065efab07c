import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { join } from 'path';
import { readWorkbookFile, saveWorkbookFile, writeOutputSheets } from '../../src/adapters/xlsx';
import type { OutputSheet } from '../../src/workbook/grid/grid';
import { readWorkbook } from '../../src/workbook/input/read-workbook';
import { parseDateCell } from '../../src/workbook/input/values';
import { cellAt, sheetOf } from '../helpers/grid-lookup';
import { useTempDir } from '../helpers/temp-dir';
import { baseWorkbook, put } from '../corpus/base-workbook';

/** Two adapter bugs the trust checks found, each pinned by a test. */

const tmp = useTempDir('yeondong-fixes-');

function textSheet(texts: readonly string[]): OutputSheet {
  return {
    name: '텍스트',
    rows: texts.map((text) => [{ value: text }]),
    columnWidths: [],
    merges: [],
    frozenRows: 0,
    print: { paperSize: 'A4', orientation: 'portrait', fitToWidth: false, repeatRows: null },
  };
}

async function roundTrip(texts: readonly string[]): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  writeOutputSheets(workbook, [textSheet(texts)]);
  const path = join(tmp.path(), `t-${Math.random().toString(36).slice(2)}.xlsx`);
  await saveWorkbookFile(workbook, path);
  const sheet = sheetOf(await readWorkbookFile(path), '텍스트');
  return texts.map((_text, index) => cellAt(sheet, `A${index + 1}`)?.value ?? null);
}

describe('text survives the xlsx file unchanged', () => {
  it('keeps carriage returns, control characters and literal _xHHHH_ text', async () => {
    const texts = [
      '\r=1+1',
      'a\r\nb',
      '\u0001x',
      'x\u000bx',
      '_x000D_',
      'a_x005F_b',
      'lower _x000d_',
      '\t@SUM(1)',
    ];
    expect(await roundTrip(texts)).toEqual(texts);
  });

  it('keeps any text (property, 40 workbooks of 5 strings)', async () => {
    const text = fc.string({
      unit: fc.constantFrom(
        'a',
        '한',
        '_',
        'x',
        '0',
        'D',
        '_x000D_',
        '_x005F_',
        '\r',
        '\n',
        '\t',
        '\u0001',
        '=',
        '-',
      ),
      minLength: 1,
      maxLength: 12,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 5 }), async (texts) => {
        expect(await roundTrip(texts)).toEqual(texts);
      }),
      { numRuns: 40 },
    );
  });
});

describe('date serials up to 60', () => {
  it('reads serials 1–59 as Excel does and refuses serial 60 (1900-02-29)', async () => {
    const workbook = baseWorkbook();
    put(workbook, 'agreements', 'signedOn', 60).numFmt = 'yyyy-mm-dd';
    put(workbook, 'agreements', 'contractStart', 59).numFmt = 'yyyy-mm-dd';
    put(workbook, 'agreements', 'contractEnd', 61).numFmt = 'yyyy-mm-dd';
    const path = join(tmp.path(), 'early.xlsx');
    await workbook.xlsx.writeFile(path);
    const grids = await readWorkbookFile(path);
    const sheet = sheetOf(grids, '연동약정');
    // exceljs alone gives 1900-02-28 for 60 and 1900-02-27 for 59.
    expect(cellAt(sheet, 'F2')?.value).toBe(60);
    expect(cellAt(sheet, 'G2')?.value).toBe(59);
    expect(cellAt(sheet, 'H2')?.value).toEqual(new Date(Date.UTC(1900, 2, 1)));
    const issues = readWorkbook(grids).issues.filter((issue) => issue.sheet === '연동약정');
    expect(issues.filter((issue) => issue.code === 'INVALID_DATE').map((issue) => issue.cell)).toEqual([
      'F2',
    ]);
    expect(parseDateCell(cellAt(sheet, 'G2')!)).toMatchObject({ ok: true, value: '1900-02-28' });
    expect(parseDateCell(cellAt(sheet, 'H2')!)).toMatchObject({ ok: true, value: '1900-03-01' });
  });
});
