import { readSheetGrids } from '../../../src/adapters/office/read-sheets';
import { runSheetWrites, SHEETS_TO_READ } from '../../../src/adapters/office/run-writes';
import { writeSheets } from '../../../src/adapters/office/write-sheets';
import { runWorkbook, verifyWorkbook } from '../../../src/workbook/run';
import { SHEET } from '../../../src/workbook/grid/sheet-names';
import { FakeWorkbook, type FakeSheet } from './fake-excel/model';
import { templateWorkbook } from './fixtures';
import { mockExcel } from './mock-excel';

/**
 * The add-in's ⑤ 검증 over Office.js: a table the pane wrote verifies clean, and what the xlsx
 * reader catches (issue 9) is caught here too — the Office.js reader reports sheet visibility,
 * every tab's name and the hidden rows and columns.
 */

const TODAY = '2024-08-01';

/** A workbook holding the template inputs and the table and review sheet the pane writes. */
async function written(): Promise<{ workbook: FakeWorkbook; table: FakeSheet; signed: FakeSheet }> {
  const grids = templateWorkbook(3);
  const outcome = runWorkbook(grids, { asOf: null, createdOn: TODAY });
  const workbook = FakeWorkbook.fromGrids(grids);
  await writeSheets(
    mockExcel(workbook).context,
    runSheetWrites(outcome, { replace: false, grids, today: TODAY }),
  );
  // `table` is the calculation sheet (the detailed formulas), `signed` the 변동표 that points at it.
  const table = workbook.sheet(SHEET.calculation);
  const signed = workbook.sheet(SHEET.changeTable);
  if (!table || !signed) throw new Error('no table written');
  return { workbook, table, signed };
}

async function verifyInPane(workbook: FakeWorkbook) {
  const { context, session } = mockExcel(workbook);
  const grids = await readSheetGrids(context, SHEETS_TO_READ);
  const { verification } = verifyWorkbook(grids, { asOf: null, createdOn: TODAY });
  return {
    differences: verification?.differences ?? [],
    rowsChecked: verification?.rowsChecked,
    syncs: session.syncCount,
  };
}

describe('⑤ verify over Office.js', () => {
  it('confirms the table the pane wrote, in two syncs', async () => {
    const { workbook } = await written();
    const { differences, rowsChecked, syncs } = await verifyInPane(workbook);
    expect(differences).toEqual([]);
    expect(rowsChecked).toBeGreaterThan(0);
    expect(syncs).toBe(2);
  });

  it('names an edited formula and a constant-showing number format', async () => {
    const { workbook, table } = await written();
    const [key, cell] =
      [...table.cells.entries()].find(([, c]) => /^=ROUND(DOWN|UP)?\(/.test(c.formula ?? '')) ?? [];
    if (!key || !cell) throw new Error('no unit-price formula');
    const [row] = key.split(',').map(Number);
    cell.formula = `${cell.formula ?? ''}+1000`;
    workbook.writeNumberFormats(table, `R${row}`, [['"12,000"']]);
    const all = await verifyInPane(workbook);
    // The 변동표 shows the recalculated price too: it is named there as well.
    expect(all.differences.some((d) => d.sheet === SHEET.changeTable)).toBe(true);
    const differences = all.differences.filter((d) => d.sheet === SHEET.calculation);
    // Excel recalculates: the cells that depend on the edited formula differ too, after these two.
    expect(differences.slice(0, 2).map((d) => [d.cell, d.column])).toEqual([
      [`R${row}`, '조정 전 납품단가'],
      [`S${row}`, '조정 후 납품단가'],
    ]);
    expect(differences[0]?.actual).toBe('"12,000"');
    // Its recalculated value differs, and its text is named.
    expect(differences[1]?.text.ko).toContain(`아니라 ${cell.formula ?? ''}입니다`);
    expect(differences.slice(2).every((d) => !d.text.ko.includes('수식이 도구가 쓰는'))).toBe(true);
  });

  it('names hidden rows and columns (one more sync, only when some are hidden)', async () => {
    const { workbook, table } = await written();
    table.hiddenRows.add(12);
    table.hiddenColumns.add(17);
    const { differences, syncs } = await verifyInPane(workbook);
    expect(differences.map((d) => [d.cell, d.column])).toEqual([
      ['Q9', '단가 변동액 (δ)'],
      ['A12', '(숨긴 행)'],
    ]);
    expect(syncs).toBe(3);
  });

  it('names a hidden table and a look-alike sheet it never reads', async () => {
    const { workbook, signed } = await written();
    signed.visibility = 'VeryHidden';
    const forged = workbook.addSheet('납품단가\u00A0변동표');
    workbook.writeValues(forged, 'A1', [['납품단가 변동표']]);
    const { differences } = await verifyInPane(workbook);
    expect(differences.map((d) => [d.sheet, d.cell, d.actual])).toEqual([
      [SHEET.changeTable, 'A1', SHEET.changeTable],
      ['납품단가\u00A0변동표', 'A1', '납품단가<U+00A0>변동표'],
    ]);
    expect(differences[0]?.text.ko).toContain('매우 숨김(veryHidden)');
  });
});

describe('readSheetGrids beyond the cells', () => {
  it('reads every tab, the visibility of the sheets read and the hidden rows and columns', async () => {
    const workbook = new FakeWorkbook();
    const prices = workbook.addSheet(SHEET.prices);
    workbook.addSheet('숨긴 시트').visibility = 'Hidden';
    workbook.writeValues(prices, 'B2:D5', [
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
      ['g', 'h', 'i'],
      ['j', 'k', 'l'],
    ]);
    prices.hiddenRows.add(3);
    prices.hiddenRows.add(5);
    prices.hiddenColumns.add(2);
    prices.hiddenColumns.add(3);
    prices.hiddenColumns.add(4);
    const { context, session } = mockExcel(workbook);
    const grids = await readSheetGrids(context, [SHEET.prices]);
    expect(grids.tabs).toEqual([
      { name: SHEET.prices, visibility: 'visible' },
      { name: '숨긴 시트', visibility: 'hidden' },
    ]);
    expect(grids.sheets[0]).toMatchObject({
      visibility: 'visible',
      hiddenRows: [3, 5],
      hiddenColumns: [2, 3, 4],
    });
    // All columns hidden: the used range says so; only the rows needed asking one by one.
    expect(session.syncCount).toBe(3);
  });
});
