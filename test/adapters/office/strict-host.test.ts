/** The in-memory Excel is as strict as Excel where the adapter could otherwise pass by luck. */
import { FakeWorkbook } from './fake-excel/model';
import { mockExcel } from './mock-excel';

function workbookWith(...names: string[]): FakeWorkbook {
  const workbook = new FakeWorkbook();
  for (const name of names) workbook.addSheet(name);
  return workbook;
}

describe('the strict in-memory Excel', () => {
  it('refuses a malformed formula at sync, and takes a well-formed one (a defined name included)', async () => {
    const { context } = mockExcel(workbookWith('Sheet1'));
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('A1').formulas = [['=SUM(B1']];
    await expect(context.sync()).rejects.toMatchObject({
      code: 'InvalidArgument',
      debugInfo: { errorLocation: 'Sheet1!A1.formulas' },
    });
    sheet.getRange('A1:C1').formulas = [['=SUM(B1:B2)', '=Rate*2', '=#REF!A1+1']];
    await expect(context.sync()).resolves.toBeUndefined();
  });

  it('counts method calls in the request size, not only the values set', async () => {
    const { context, session } = mockExcel(workbookWith('Sheet1'));
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    for (let row = 1; row <= 1000; row += 1) sheet.getRange(`A${row}:B${row}`).merge(false);
    await context.sync();
    // getItem, then getRange and merge for each row: about 2,001 actions of 64 bytes or more.
    expect(session.requestBytes[0]).toBeGreaterThan(2001 * 64);
  });

  it('throws PropertyNotLoaded for a property read before load and sync, isNullObject included', async () => {
    const { context } = mockExcel(workbookWith('Sheet1'));
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    expect(() => sheet.name).toThrow(/PropertyNotLoaded/);
    const missing = context.workbook.worksheets.getItemOrNullObject('없는 시트');
    expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/);
    sheet.load('name');
    expect(() => sheet.name).toThrow(/PropertyNotLoaded/);
    await context.sync();
    expect(sheet.name).toBe('Sheet1');
    expect(missing.isNullObject).toBe(true);
    expect(() => sheet.visibility).toThrow(/PropertyNotLoaded/);
  });

  it('keeps formulas on a renamed sheet and turns them to #REF! when it is deleted', async () => {
    const workbook = workbookWith('요약', '납품단가 변동표');
    const [summary, table] = workbook.sheets;
    if (!summary || !table) throw new Error('no sheets');
    workbook.writeValues(table, 'B2', [[1234]]);
    workbook.writeFormulas(summary, 'A1:B1', [["='납품단가 변동표'!B2*2", '="납품단가 변동표!B2"']]);
    const { context } = mockExcel(workbook);

    context.workbook.worksheets.getItem('납품단가 변동표').name = '납품단가 변동표 2024-08-01';
    await context.sync();
    expect(summary.cell(1, 1)?.formula).toBe("='납품단가 변동표 2024-08-01'!B2*2");
    expect(summary.cell(1, 2)?.formula).toBe('="납품단가 변동표!B2"');
    expect(workbook.valueOf(summary, 1, 1)).toBe(2468);

    context.workbook.worksheets.getItem('납품단가 변동표 2024-08-01').delete();
    await context.sync();
    expect(summary.cell(1, 1)?.formula).toBe('=#REF!B2*2');
    expect(workbook.valueOf(summary, 1, 1)).toBe('#REF!');
  });

  it('keeps what a Text (@) cell receives as it is: a visible apostrophe, a formula as text', async () => {
    const workbook = workbookWith('Sheet1');
    const { context } = mockExcel(workbook);
    const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1');
    range.numberFormat = [['@', '@', 'General']];
    range.values = [["'YD-2024-001", '=1+1', "'YD-2024-001"]];
    await context.sync();
    const sheet = workbook.sheets[0];
    expect(sheet?.cell(1, 1)).toMatchObject({ value: "'YD-2024-001", quotePrefix: false });
    expect(sheet?.cell(1, 2)).toMatchObject({ value: '=1+1', formula: null });
    expect(sheet?.cell(1, 3)).toMatchObject({ value: 'YD-2024-001', quotePrefix: true });
  });

  it('fails a batch run without delayForCellEdit while the user edits a cell', async () => {
    const { excel, session } = mockExcel(workbookWith('Sheet1'));
    session.cellEditMode = true;
    const batch = async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      await context.sync();
      return 'written';
    };
    await expect((excel.run as (b: typeof batch) => Promise<string>)(batch)).rejects.toMatchObject({
      code: 'InvalidOperationInCellEditMode',
    });
    await expect(excel.run({ delayForCellEdit: true }, batch)).resolves.toBe('written');
  });
});
