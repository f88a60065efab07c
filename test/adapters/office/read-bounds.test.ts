import { MAX_READ_CELLS, readSheetGrids } from '../../../src/adapters/office/read-sheets';
import { SHEET } from '../../../src/workbook/grid/sheet-names';
import { FakeWorkbook } from './fake-excel/model';
import { mockExcel } from './mock-excel';

/**
 * Issue 9.4 in the add-in: Office.js's used range (values only) runs to the farthest value, so
 * one stray value at XFD40000 would have Excel send 655 million cells. Such a sheet is refused,
 * naming the sheet and where the far value is, before any cell is loaded.
 */
describe('reading a sheet whose used range a stray value stretches', () => {
  it('refuses it after the one sync that measures the used ranges', async () => {
    const workbook = new FakeWorkbook();
    const sheet = workbook.addSheet(SHEET.agreements);
    workbook.writeValues(sheet, 'A1:B2', [
      ['약정번호', '위탁기업'],
      ['A-1', '갑'],
    ]);
    workbook.writeValues(sheet, 'XFD40000', [['x']]);
    const { context, session } = mockExcel(workbook);
    await expect(readSheetGrids(context, [SHEET.agreements])).rejects.toThrow(
      "'연동약정' 시트의 사용 범위 A1:XFD40000가 너무 커서(셀 655,360,000개, 한도 10,000,000개) 읽지 않았습니다. 표 밖의 먼 셀(XFD40000 근처)의 값을 지우고 다시 실행하세요.",
    );
    expect(session.syncCount).toBe(1);
    expect(MAX_READ_CELLS).toBe(10_000_000);
  });

  it('reads a sheet whose used range a stray value stretches within the limit, as before', async () => {
    const workbook = new FakeWorkbook();
    const sheet = workbook.addSheet(SHEET.fx);
    workbook.writeValues(sheet, 'A1:C1', [['통화', '일자', '환율']]);
    workbook.writeValues(sheet, 'J2000', [['x']]);
    const grids = await readSheetGrids(mockExcel(workbook).context, [SHEET.fx]);
    expect(grids.sheets[0]?.cells.map((row) => row.length)).toEqual(Array.from({ length: 2000 }, () => 10));
  });
});
