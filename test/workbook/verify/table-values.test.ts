import { buildChangeTable } from '../../../src/workbook/output/change-table/calculation-sheet';
import type { InputCell, SheetGrid } from '../../../src/workbook/grid/grid';
import { verifyChangeTable } from '../../../src/workbook/verify/table-values';
import {
  adjust,
  BRACKET,
  COPPER,
  exampleOne,
  MOTOR,
  resultOf,
  shareExcessTwoMaterials,
  twoAdjustmentsOfOneItem,
} from '../output/fixtures';
import { cellAt, toSheetGrid, withCell } from '../output/sheet-helpers';

const META = { createdOn: '2026-11-25', fingerprint: 'f'.repeat(64) };

const everything = () =>
  resultOf(
    '2024-10-01',
    [...twoAdjustmentsOfOneItem().adjustments, ...shareExcessTwoMaterials().adjustments],
    twoAdjustmentsOfOneItem().evaluations.filter((e) => !e.triggered),
    [MOTOR, BRACKET],
  );

describe('verifyChangeTable on tables written by buildChangeTable', () => {
  it.each([
    ['example 1', exampleOne, 1],
    ['비중 + 초과분, two materials, deliveries', shareExcessTwoMaterials, 2],
    ['two adjustments of one item', twoAdjustmentsOfOneItem, 2],
    ['two agreements', everything, 4],
  ])('finds no difference in %s', (_name, scenario, rows) => {
    const result = scenario();
    const report = verifyChangeTable(toSheetGrid(buildChangeTable(result, META)), result);
    expect(report).toEqual({ differences: [], rowsChecked: rows });
  });

  it('reads dates that the file reader turned into Date objects, and merged labels copied across', () => {
    const result = everything();
    const grid = toSheetGrid(buildChangeTable(result, META), { dates: 'date', copyMerged: true });
    expect(grid.cells[9]?.[1]?.value).toBe('약정번호 A-001 · 위탁기업 (주)대한전자 · 수탁기업 한빛금속');
    expect(verifyChangeTable(grid, result)).toEqual({ differences: [], rowsChecked: 4 });
  });

  it('reports exactly the one derived cell whose cached value was changed, formula kept', () => {
    const result = exampleOne();
    const sheet = buildChangeTable(result, META);
    const after = cellAt(sheet, 'S11');
    const edited = withCell(toSheetGrid(sheet), 'S11', {
      value: 12161,
      formula: after.formula ?? '',
      numberFormat: '#,##0',
    });
    const report = verifyChangeTable(edited, result);
    expect(report.rowsChecked).toBe(1);
    expect(report.differences).toEqual([
      {
        sheet: '연동 계산 내역',
        cell: 'S11',
        column: '조정 후 납품단가',
        expected: '12,160',
        actual: '12,161',
        text: {
          ko: '조정 후 납품단가: 재계산 값은 12,160인데 표의 수식 결과는 12,161입니다.',
          en: "조정 후 납품단가: recomputed 12,160, the table's formula shows 12,161.",
        },
      },
    ]);
  });

  it('reports a derived cell typed over with a number', () => {
    const result = shareExcessTwoMaterials();
    const edited = withCell(toSheetGrid(buildChangeTable(result, META)), 'Q11', {
      value: 2000,
      numberFormat: '#,##0',
    });
    const report = verifyChangeTable(edited, result);
    expect(report.differences.map((d) => [d.cell, d.column, d.expected, d.actual])).toEqual([
      ['Q11', '단가 변동액 (δ)', '1,200', '2,000'],
    ]);
    expect(report.differences[0]?.text.ko).toBe('단가 변동액 (δ): 재계산 값은 1,200인데 표에는 2,000입니다.');
  });

  it('compares at the precision the cell shows', () => {
    const result = exampleOne();
    const grid = toSheetGrid(buildChangeTable(result, META));
    const rate = (value: number): InputCell => ({ value, formula: '(L11-K11)/K11', numberFormat: '0.00%' });
    // 12.004 % shows as 12.00 %: the same; 12.05 % does not.
    expect(verifyChangeTable(withCell(grid, 'M11', rate(0.12004)), result).differences).toEqual([]);
    const off = verifyChangeTable(withCell(grid, 'M11', rate(0.1205)), result).differences;
    expect(off.map((d) => [d.cell, d.expected, d.actual])).toEqual([['M11', '12.00%', '12.05%']]);
    // A won price shown without decimals is held to whole won.
    expect(
      verifyChangeTable(withCell(grid, 'K11', { value: 9000.4, numberFormat: '#,##0' }), result).differences,
    ).toEqual([]);
    const shownWithDecimals = withCell(grid, 'K11', { value: 9000.4, numberFormat: '#,##0.00' });
    expect(
      verifyChangeTable(shownWithDecimals, result).differences.map((d) => [d.cell, d.expected, d.actual]),
    ).toEqual([['K11', '9,000.00', '9,000.40']]);
  });

  it('reports every cell a different recomputation moves', () => {
    const written = exampleOne();
    const recomputed = resultOf('2024-04-01', [
      adjust(MOTOR, {
        sequence: 1,
        adjustmentDate: '2024-04-01',
        unitPriceBefore: '10000',
        materials: [{ ...COPPER, base: '9000', comparison: '10170' }],
      }),
    ]);
    const report = verifyChangeTable(toSheetGrid(buildChangeTable(written, META)), recomputed);
    expect(report.differences.map((d) => [d.cell, d.expected, d.actual])).toEqual([
      ['L11', '10,170', '10,080'],
      ['M11', '13.00%', '12.00%'],
      ['Q11', '2,340', '2,160'],
      ['S11', '12,340', '12,160'],
    ]);
  });

  it('lists rows the recomputation lacks and adjustments the table lacks', () => {
    const two = twoAdjustmentsOfOneItem();
    const one = exampleOne();
    const extra = verifyChangeTable(toSheetGrid(buildChangeTable(two, META)), one);
    expect(extra.rowsChecked).toBe(1);
    expect(extra.differences.map((d) => [d.cell, d.column, d.actual])).toEqual([
      ['A12', '(행)', 'A-001 / 모터 하우징 / 2024-10-01 / 구리'],
    ]);
    const missing = verifyChangeTable(toSheetGrid(buildChangeTable(one, META)), two);
    expect(missing.differences.map((d) => [d.cell, d.column, d.expected, d.text.ko])).toEqual([
      [
        'A11',
        '(행)',
        'A-001 / 모터 하우징 / 2024-10-01 / 구리',
        '재계산에는 있는 행(A-001 / 모터 하우징 / 2024-10-01 / 구리)이 표에 없습니다.',
      ],
    ]);
  });

  it('reports a table without its header row, and a missing column', () => {
    const result = exampleOne();
    const noHeader: SheetGrid = { name: '납품단가 변동표', top: 1, left: 1, cells: [[{ value: '메모' }]] };
    const report = verifyChangeTable(noHeader, result);
    expect(report.rowsChecked).toBe(0);
    expect(report.differences.map((d) => [d.cell, d.column])).toEqual([['A1', '(머리글)']]);

    const grid = toSheetGrid(buildChangeTable(result, META));
    const withoutDelta = withCell(grid, 'Q9', { value: '비고' });
    const columns = verifyChangeTable(withoutDelta, result).differences;
    expect(columns.map((d) => [d.cell, d.column, d.text.ko])).toEqual([
      ['A9', '단가 변동액 (δ)', '표에 단가 변동액 (δ) 열이 없습니다.'],
    ]);
  });
});

describe('verifyChangeTable on a table typed by hand', () => {
  const headers = [
    '약정번호',
    '물품명',
    '품번',
    '조정일',
    '조정대금반영일',
    '원재료',
    '기준지표',
    '산식',
    '단위당 원재료량',
    '기준시점 가격',
    '비교시점 가격',
    '변동률',
    '조정요건',
    '반영비율',
    '반영방식',
    '단가 변동액',
    '조정 전 납품단가',
    '조정 후 납품단가',
  ];
  const text = (value: string | number): InputCell =>
    typeof value === 'number' ? { value, numberFormat: 'General' } : { value };
  const row = (cells: readonly (string | number)[]): InputCell[] => cells.map(text);
  const typed = (overrides: Partial<Record<number, InputCell>> = {}): SheetGrid => {
    const data = row([
      'A-001',
      '모터 하우징',
      'MH-100',
      '2024.4.1',
      '2024-04-01',
      '구리',
      'LME 구리',
      '투입량',
      2,
      '9,000',
      '10,080원',
      '12%',
      10,
      '100%',
      '전액',
      '2,160',
      '10,000',
      '12,160',
    ]);
    const cells = data.map((cell, index) => overrides[index] ?? cell);
    return {
      name: '납품단가 변동표',
      top: 3,
      left: 2,
      cells: [row(['(주)대한전자 납품단가 변동표']), [], row(headers), cells, [], row(['위탁기업', '(인)'])],
    };
  };

  it('finds the header wherever it is and accepts text numbers, percents and dates', () => {
    expect(verifyChangeTable(typed(), exampleOne())).toEqual({ differences: [], rowsChecked: 1 });
  });

  it('addresses differences in the worksheet, not in the grid', () => {
    const report = verifyChangeTable(typed({ 17: text('12,100') }), exampleOne());
    // Grid column 17 from column B is S; grid row 3 from row 3 is row 6.
    expect(report.differences.map((d) => [d.cell, d.expected, d.actual])).toEqual([
      ['S6', '12,160', '12,100'],
    ]);
  });

  it('reads a number without a percent format as percentage points, as the input sheets do', () => {
    const asPoints = typed({ 11: { value: 12, numberFormat: 'General' } });
    expect(verifyChangeTable(asPoints, exampleOne()).differences).toEqual([]);
    const unreadable = typed({ 3: text('사월 초') });
    expect(verifyChangeTable(unreadable, exampleOne()).differences.map((d) => [d.cell, d.column])).toEqual([
      ['E6', '조정일'],
      ['B6', '(행)'],
    ]);
  });
});
