import { writeFileSync } from 'fs';
import ExcelJS from 'exceljs';
import { ISSUE as I } from '../../src/domain/issues';
import { SHEET } from '../../src/workbook/grid/sheet-names';
import { addCopy, at, baseWorkbook, put, sheetOf } from './base-workbook';

/**
 * The corpus of bad workbooks (issue 4.3): each case breaks one thing in a valid workbook and
 * names the issue the command line must report for it, with its sheet and cell.
 */

export interface ExpectedIssue {
  readonly code: string;
  readonly sheet: string;
  readonly cell: string;
}

export interface CorpusCase {
  readonly name: string;
  readonly make: (path: string) => Promise<void>;
  /** 0 when only warnings are expected. */
  readonly exit: 0 | 1;
  /** Issues that must be in the JSON report; null for files that cannot be opened at all. */
  readonly issues: readonly ExpectedIssue[] | null;
}

const A = SHEET.agreements;
const P = SHEET.prices;
const D = SHEET.deliveries;

type Edit = (workbook: ExcelJS.Workbook) => void;

/** A case made from the base workbook by one edit. */
function edited(name: string, edit: Edit, exit: 0 | 1, issues: readonly ExpectedIssue[]): CorpusCase {
  return {
    name,
    exit,
    issues,
    make: async (path) => {
      const workbook = baseWorkbook();
      edit(workbook);
      await workbook.xlsx.writeFile(path);
    },
  };
}

const err = (code: string, sheet: string, cell: string): ExpectedIssue => ({ code, sheet, cell });

function removeSheet(name: string): Edit {
  return (workbook) => workbook.removeWorksheet(workbook.getWorksheet(name)!.id);
}

export const CASES: readonly CorpusCase[] = [
  edited('missing agreements sheet', removeSheet(A), 1, [err(I.MISSING_SHEET, A, '')]),
  edited('missing prices sheet', removeSheet(P), 1, [err(I.MISSING_SHEET, P, '')]),
  edited(
    'empty agreements sheet',
    (workbook) => {
      removeSheet(A)(workbook);
      workbook.addWorksheet(A);
    },
    1,
    [err(I.EMPTY_SHEET, A, 'A1')],
  ),
  edited('header only', (workbook) => sheetOf(workbook, 'agreements').spliceRows(2, 1), 1, [
    err(I.NO_DATA_ROWS, A, 'A1:AE1'),
  ]),
  edited(
    'missing header 조정요건',
    (workbook) => {
      put(workbook, 'agreements', 'threshold', null, 1);
      put(workbook, 'agreements', 'threshold', null);
    },
    1,
    [err(I.MISSING_HEADER, A, 'A1:AE1')],
  ),
  edited('duplicated header 물품명', (workbook) => put(workbook, 'agreements', 'partNo', '물품명', 1), 1, [
    err(I.DUPLICATE_HEADER, A, at('agreements', 'partNo', 1)),
  ]),
  edited(
    'empty rows in the middle of the prices',
    (workbook) => sheetOf(workbook, 'prices').spliceRows(3, 0, [], []),
    0,
    [err(I.BLANK_ROWS_SKIPPED, P, 'A3:E4')],
  ),
  edited(
    'merged cells in a data row',
    (workbook) =>
      sheetOf(workbook, 'agreements').mergeCells(
        `${at('agreements', 'buyer')}:${at('agreements', 'supplier')}`,
      ),
    1,
    [err(I.MERGED_CELLS, A, `${at('agreements', 'buyer')}:${at('agreements', 'supplier')}`)],
  ),
  edited('unit price 1,2OO (letter O)', (workbook) => put(workbook, 'agreements', 'unitPrice', '1,2OO'), 1, [
    err(I.INVALID_NUMBER, A, at('agreements', 'unitPrice')),
  ]),
  edited('price N/A', (workbook) => put(workbook, 'prices', 'price', 'N/A', 3), 1, [
    err(I.INVALID_NUMBER, P, at('prices', 'price', 3)),
  ]),
  edited('quantity per unit "-"', (workbook) => put(workbook, 'agreements', 'quantityPerUnit', '-'), 1, [
    err(I.INVALID_NUMBER, A, at('agreements', 'quantityPerUnit')),
  ]),
  edited('negative price', (workbook) => put(workbook, 'prices', 'price', -9000), 1, [
    err(I.OUT_OF_RANGE, P, at('prices', 'price')),
  ]),
  edited('zero unit price', (workbook) => put(workbook, 'agreements', 'unitPrice', 0), 1, [
    err(I.OUT_OF_RANGE, A, at('agreements', 'unitPrice')),
  ]),
  // 0 % is the standard agreement's "모든 경우": accepted, no warning (DOMAIN §2.1).
  edited('threshold 0 % (accepted)', (workbook) => put(workbook, 'agreements', 'threshold', '0%'), 0, []),
  edited('threshold −1 %', (workbook) => put(workbook, 'agreements', 'threshold', '-1%'), 1, [
    err(I.OUT_OF_RANGE, A, at('agreements', 'threshold')),
  ]),
  edited('threshold 150 %', (workbook) => put(workbook, 'agreements', 'threshold', '150%'), 1, [
    err(I.OUT_OF_RANGE, A, at('agreements', 'threshold')),
  ]),
  edited(
    'threshold 12 % (legal warning only)',
    (workbook) => put(workbook, 'agreements', 'threshold', '12%'),
    0,
    [err('THRESHOLD_ABOVE_LEGAL', A, at('agreements', 'threshold'))],
  ),
  edited('reflection ratio 120 %', (workbook) => put(workbook, 'agreements', 'reflectionRatio', '120%'), 1, [
    err(I.OUT_OF_RANGE, A, at('agreements', 'reflectionRatio')),
  ]),
  edited('unknown index', (workbook) => put(workbook, 'agreements', 'index', '니켈 (원/kg)'), 1, [
    err(I.UNKNOWN_INDEX, A, at('agreements', 'index')),
  ]),
  edited(
    'unknown currency without FX',
    (workbook) => {
      for (let row = 2; row <= 5; row += 1) put(workbook, 'prices', 'currency', 'USD', row);
    },
    1,
    [err(I.UNKNOWN_CURRENCY, P, at('prices', 'currency'))],
  ),
  edited('currency that is not a code', (workbook) => put(workbook, 'prices', 'currency', '달러$'), 1, [
    err(I.INVALID_CURRENCY, P, at('prices', 'currency')),
  ]),
  edited('mixed currencies in one index', (workbook) => put(workbook, 'prices', 'currency', 'USD', 3), 1, [
    err(I.MIXED_CURRENCY, P, at('prices', 'currency', 3)),
  ]),
  edited(
    'a month without observations in the averaging window',
    (workbook) => put(workbook, 'agreements', 'averagingMonths', 2),
    1,
    [err('MONTH_WITHOUT_PRICE', A, at('agreements', 'basePoint'))],
  ),
  edited(
    'duplicate (index, date) with different prices',
    (workbook) => addCopy(workbook, 'prices', { price: 9100 }),
    1,
    [err(I.DUPLICATE_OBSERVATION, P, at('prices', 'price', 6))],
  ),
  edited('duplicate (index, date) with the same price', (workbook) => addCopy(workbook, 'prices', {}), 0, [
    err(I.REPEATED_OBSERVATION, P, at('prices', 'price', 6)),
  ]),
  edited(
    'first adjustment before the base point',
    (workbook) => put(workbook, 'agreements', 'firstAdjustment', '2023-12-01'),
    1,
    [err(I.FIRST_ADJUSTMENT_NOT_AFTER_BASE, A, at('agreements', 'firstAdjustment'))],
  ),
  edited(
    'date serial beyond 9999-12-31',
    (workbook) => {
      put(workbook, 'agreements', 'firstAdjustment', 3_000_000).numFmt = 'yyyy-mm-dd';
    },
    1,
    [err(I.INVALID_DATE, A, at('agreements', 'firstAdjustment'))],
  ),
  edited(
    '1900 leap-year serial 60',
    (workbook) => {
      put(workbook, 'agreements', 'signedOn', 60).numFmt = 'yyyy-mm-dd';
    },
    1,
    [err(I.INVALID_DATE, A, at('agreements', 'signedOn'))],
  ),
  edited(
    'formula with #N/A in an input cell',
    (workbook) =>
      put(workbook, 'agreements', 'unitPrice', {
        formula: 'VLOOKUP(1,Z1:Z2,2,FALSE)',
        result: { error: '#N/A' },
      } as ExcelJS.CellFormulaValue),
    1,
    [err(I.CELL_ERROR_VALUE, A, at('agreements', 'unitPrice'))],
  ),
  edited(
    '#REF! error value in a price',
    (workbook) => put(workbook, 'prices', 'price', { error: '#REF!' }),
    1,
    [err(I.CELL_ERROR_VALUE, P, at('prices', 'price'))],
  ),
  edited(
    'formula without a cached result',
    (workbook) => put(workbook, 'agreements', 'unitPrice', { formula: '5000*2' } as ExcelJS.CellFormulaValue),
    1,
    [err(I.FORMULA_WITHOUT_RESULT, A, at('agreements', 'unitPrice'))],
  ),
  edited(
    'rows of one item disagree on unit price',
    (workbook) => addCopy(workbook, 'agreements', { material: '주석', unitPrice: 11000 }),
    1,
    [err('ITEM_ROWS_DISAGREE', A, at('agreements', 'unitPrice', 3))],
  ),
  edited('unknown 산식', (workbook) => put(workbook, 'agreements', 'formula', '면적'), 1, [
    err(I.INVALID_CHOICE, A, at('agreements', 'formula')),
  ]),
  edited('cycle of 7 months', (workbook) => put(workbook, 'agreements', 'cycle', 7), 1, [
    err(I.INVALID_CHOICE, A, at('agreements', 'cycle')),
  ]),
  edited(
    'contract end before start',
    (workbook) => {
      put(workbook, 'agreements', 'contractStart', '2024-06-01');
      put(workbook, 'agreements', 'contractEnd', '2024-01-01');
    },
    1,
    [err(I.CONTRACT_END_BEFORE_START, A, at('agreements', 'contractEnd'))],
  ),
  edited('missing buyer', (workbook) => put(workbook, 'agreements', 'buyer', null), 1, [
    err(I.REQUIRED_VALUE, A, at('agreements', 'buyer')),
  ]),
  edited(
    '투입량 without 단위당투입량',
    (workbook) => put(workbook, 'agreements', 'quantityPerUnit', null),
    1,
    [err(I.REQUIRED_VALUE, A, at('agreements', 'quantityPerUnit'))],
  ),
  edited('7 price decimals', (workbook) => put(workbook, 'agreements', 'priceDecimals', 7), 1, [
    err(I.OUT_OF_RANGE, A, at('agreements', 'priceDecimals')),
  ]),
  edited('TRUE in a price cell', (workbook) => put(workbook, 'prices', 'price', true), 1, [
    err(I.INVALID_NUMBER, P, at('prices', 'price')),
  ]),
  edited('delivery of an unknown item', (workbook) => put(workbook, 'deliveries', 'item', '없는 물품'), 1, [
    err(I.UNKNOWN_DELIVERY_ITEM, D, at('deliveries', 'item')),
  ]),
  edited(
    '20,000 empty formatted rows at the end',
    (workbook) => {
      const sheet = sheetOf(workbook, 'prices');
      for (let row = 6; row <= 20_005; row += 1) sheet.getCell(`C${row}`).numFmt = '#,##0.00';
    },
    0,
    [],
  ),
  {
    name: 'empty workbook',
    exit: 1,
    issues: [err(I.MISSING_SHEET, A, ''), err(I.MISSING_SHEET, P, '')],
    make: async (path) => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('Sheet1');
      await workbook.xlsx.writeFile(path);
    },
  },
  {
    name: 'not an xlsx file (CSV text)',
    exit: 1,
    issues: null,
    make: async (path) => writeFileSync(path, '약정번호,위탁기업\nT-1,한빛\n'),
  },
  {
    name: 'truncated xlsx',
    exit: 1,
    issues: null,
    make: async (path) => {
      const bytes = Buffer.from(await baseWorkbook().xlsx.writeBuffer());
      writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    },
  },
  {
    name: 'zero-byte file',
    exit: 1,
    issues: null,
    make: async (path) => writeFileSync(path, ''),
  },
];
