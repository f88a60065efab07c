import { ISSUE } from '../../../src/domain/issues';
import { cellAt, locateTable } from '../../../src/workbook/input/locate-table';
import { readWorkbook } from '../../../src/workbook/input/read-workbook';
import { grid, workbook } from './grid-helpers';
import { AGREEMENT, agreementSheet, PRICES, priceSheet, tableSheet } from './sample-sheets';

describe('locating the table', () => {
  it('finds the header below blank rows and right of blank columns', () => {
    const sheet = grid(
      '원재료가격',
      [
        [null, null, null, null],
        ['', '  ', null, null],
        [null, '기준지표', '일자', '가격'],
        [null, '구리지수', '2024-01', 9000],
      ],
      { top: 3, left: 2 },
    );
    const table = locateTable(sheet);
    expect(table).toMatchObject({ headerRow: 5, firstColumn: 3, lastColumn: 5 });
    expect(table?.dataRows.map((row) => row.row)).toEqual([6]);
    const row = table?.dataRows[0];
    expect(table && row && cellAt(table, row, 5)).toEqual({ value: 9000 });
  });

  it('gives worksheet addresses for an offset table', () => {
    const sheet = tableSheet('원재료가격', PRICES, { top: 10, left: 4 });
    const padded = {
      ...sheet,
      top: 8,
      left: 2,
      cells: [[], [], ...sheet.cells.map((cells) => [{ value: null }, { value: '' }, ...cells])],
    };
    const { prices } = readWorkbook(workbook(agreementSheet(), padded)).input;
    expect(prices.map((price) => price.origin.row)).toEqual([11, 12]);
    expect(prices[0]?.origin.cells).toEqual({ index: 'D11', date: 'E11', point: 'E11', price: 'F11' });
  });

  it('skips blank rows inside the table with a warning, and reads the rows after them', () => {
    const rows = [PRICES[0] ?? {}, {}, {}, PRICES[1] ?? {}];
    const result = readWorkbook(workbook(agreementSheet(), priceSheet(rows)));
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: ISSUE.BLANK_ROWS_SKIPPED,
        cell: 'A3:C4',
        sheet: '원재료가격',
      }),
    ]);
    expect(result.input.prices.map((price) => price.origin.row)).toEqual([2, 5]);
  });

  // How fast it passes over them is measured by the bench, not here.
  it('passes over 20,000 formatted but empty trailing rows quietly', () => {
    const sheet = priceSheet();
    const emptyRow = [
      { value: null, numberFormat: '#,##0' },
      { value: '' },
      { value: '', formula: 'IF(A1="","",1)' },
    ];
    const long = { ...sheet, cells: [...sheet.cells, ...Array.from({ length: 20_000 }, () => emptyRow)] };
    const result = readWorkbook(workbook(agreementSheet(), long));
    expect(result.issues).toEqual([]);
    expect(result.input.prices).toHaveLength(2);
  });

  it('passes over a title above the header, with a warning', () => {
    const sheet = grid('원재료가격', [
      ['원재료 가격 (2024년)'],
      [],
      ['기준지표', '일자', '가격'],
      ['구리지수', '2024-01', 9000],
    ]);
    const table = locateTable(sheet, (cells) => cells.some(({ cell }) => cell.value === '기준지표'));
    expect(table).toMatchObject({
      headerRow: 3,
      issues: [expect.objectContaining({ code: ISSUE.TITLE_ROWS_SKIPPED, cell: 'A1:C2' })],
    });
  });

  it('finds the header under eleven title rows: one warning, not an error per column (issue 9)', () => {
    const titles = Array.from({ length: 11 }, (_, index) => [`제목 ${index + 1}`]);
    const sheet = grid('원재료가격', [
      ...titles,
      ['기준지표', '일자', '가격'],
      ['구리지수', '2024-01', 9000],
    ]);
    const result = readWorkbook(workbook(agreementSheet(), sheet));
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: ISSUE.TITLE_ROWS_SKIPPED, cell: 'A1:C11' }),
    ]);
    expect(result.input.prices.map((price) => price.origin.row)).toEqual([13]);
  });

  it('looks for the header among the first 50 non-empty rows', () => {
    const notes = (count: number) => Array.from({ length: count }, (_, index) => [`메모 ${index + 1}`, null]);
    const header = ['기준지표', '일자', '가격'];
    const found = locateTable(grid('원재료가격', [...notes(49), header]), (cells) =>
      cells.some(({ cell }) => cell.value === '기준지표'),
    );
    expect(found).toMatchObject({ headerRow: 50 });
    const missed = locateTable(grid('원재료가격', [...notes(50), header]), (cells) =>
      cells.some(({ cell }) => cell.value === '기준지표'),
    );
    expect(missed).toEqual({ headerNotFound: true, searchedRange: 'A1:C50' });
  });

  it('reports one error naming the expected headers when no row is the header', () => {
    const sheet = grid(
      '원재료가격',
      Array.from({ length: 60 }, (_, index) => [`메모 ${index + 1}`, '지표', index]),
    );
    const result = readWorkbook(workbook(agreementSheet(), sheet));
    const onPrices = result.issues.filter((issue) => issue.sheet === '원재료가격');
    expect(onPrices).toEqual([
      {
        severity: 'error',
        sheet: '원재료가격',
        cell: 'A1:C50',
        code: ISSUE.HEADER_NOT_FOUND,
        text: {
          ko: '원재료가격 시트 A1:C50: 머리글 행을 찾지 못했습니다. 처음 50개의 내용 있는 행 중 한 행에 머리글이 있어야 합니다. 필수 머리글: 기준지표, 일자, 가격',
          en: 'sheet 원재료가격 A1:C50: no header row was found; one of the first 50 non-empty rows must hold the headers. Required headers: 기준지표 (index), 일자 (date), 가격 (price)',
        },
      },
    ]);
  });

  it('refuses merged cells inside the table, not in a title above it', () => {
    const sheet = grid(
      '원재료가격',
      [['제목'], ['기준지표', '일자', '가격'], ['구리지수', '2024-01', 9000], ['구리지수', '2024-03', 10080]],
      { merges: ['A1:C1', 'A3:A4', 'E3:F4'] },
    );
    const result = readWorkbook(workbook(agreementSheet(), sheet));
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([
      expect.objectContaining({ code: ISSUE.MERGED_CELLS, cell: 'A3:A4', sheet: '원재료가격' }),
    ]);
  });

  it('returns null for a grid without any value', () => {
    expect(locateTable(grid('빈', [[null, ''], []]))).toBeNull();
  });
});

describe('sheets', () => {
  it('reports a missing required sheet without a cell, and accepts missing optional ones', () => {
    const result = readWorkbook(workbook(priceSheet()));
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: ISSUE.MISSING_SHEET,
        sheet: '연동약정',
        cell: '',
      }),
    ]);
  });

  it('reports an empty required sheet', () => {
    const result = readWorkbook(workbook(agreementSheet(), grid('원재료가격', [])));
    expect(result.issues.map((issue) => [issue.sheet, issue.cell, issue.code])).toEqual([
      ['연동약정', 'H2', ISSUE.UNKNOWN_INDEX],
      ['원재료가격', 'A1', ISSUE.EMPTY_SHEET],
    ]);
  });

  it('finds a sheet whose name differs only in spaces, and names it as the workbook does', () => {
    const sheet = { ...agreementSheet({ ...AGREEMENT, 약정일: 'x' }), name: '연동 약정' };
    const result = readWorkbook(workbook(sheet, priceSheet()));
    expect(result.issues).toEqual([
      expect.objectContaining({ sheet: '연동 약정', cell: '', code: ISSUE.LOOKALIKE_SHEET_NAME }),
      expect.objectContaining({ sheet: '연동 약정', cell: 'E2' }),
    ]);
    expect(result.issues[1]?.text.ko.startsWith('연동 약정 시트 E2:')).toBe(true);
  });

  it('reports a missing required header at the header row and reads no row of that sheet', () => {
    const withoutBasePoint = Object.fromEntries(
      Object.entries(AGREEMENT).filter(([header]) => header !== '기준시점'),
    );
    const result = readWorkbook(workbook(agreementSheet(withoutBasePoint, withoutBasePoint), priceSheet()));
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'error', code: ISSUE.MISSING_HEADER, cell: 'A1:M1' }),
    ]);
    expect(result.input.agreements).toEqual([]);
  });

  it('keeps extra columns without complaint', () => {
    const result = readWorkbook(
      workbook(agreementSheet({ 메모: '=SUM(1)', ...AGREEMENT, 비고: 42 }), priceSheet()),
    );
    expect(result.issues).toEqual([]);
    expect(result.input.agreements[0]?.origin.cells.agreementId).toBe('B2');
  });

  it('reads English headers in any case', () => {
    const english = {
      AgreementId: 'A-1',
      buyer: '갑',
      SUPPLIER: '을',
      item: 'x',
      'signed on': '2024-01-10',
      unit_price: 1000,
      material: '구리',
      index: '구리지수',
      formula: 'quantity',
      quantityPerUnit: 1,
      basePoint: '2024-01',
      threshold: '5%',
      cycle: 'quarterly',
      firstAdjustment: '2024-04-01',
    };
    const result = readWorkbook(workbook(agreementSheet(english), priceSheet()));
    expect(result.issues).toEqual([]);
    expect(result.input.agreements).toHaveLength(1);
  });
});
