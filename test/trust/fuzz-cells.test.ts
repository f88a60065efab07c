import fc from 'fast-check';
import type { CellValue, InputCell, SheetGrid, WorkbookGrids } from '../../src/workbook/grid/grid';
import { readWorkbook } from '../../src/workbook/input/read-workbook';
import { runWorkbook } from '../../src/workbook/run';
import { SHEET } from '../../src/workbook/grid/sheet-names';
import { gridsOf, randomRows } from './random-workbook';

/**
 * Issue 4.4: random cell values of every shape the adapters can hand over go through
 * `readWorkbook` and `runWorkbook`; nothing may throw, and every problem must come back as an
 * issue that names a sheet, a code and a message in both languages.
 */

export const FUZZ_RUNS = { mutated: 100, random: 300 } as const;

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.constantFrom(
    '=1+1',
    '+82',
    '-',
    '@SUM(A1)',
    '\t=cmd',
    '\r=x',
    '1,2OO',
    'N/A',
    '10%',
    '%',
    '1e400',
    '-0',
    '2024-02-30',
    '2024-13',
    '0000-00-00',
    '9999-12-31',
    '24.3.15',
    '１２３',
    '١٢٣',
    '  ',
    '투입량',
    '비중',
    '초과분',
    '분기',
    '#N/A',
    'TRUE',
    '1,000원',
    '12.5%%',
  ),
);

const number = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    0,
    -0,
    60,
    2_958_466,
    1e308,
    -1e308,
    5e-324,
    0.1 + 0.2,
    2 ** 53 + 1,
  ),
);

const date = fc.oneof(
  fc.date({ noInvalidDate: false }),
  fc.constant(new Date(NaN)),
  fc.constant(new Date(8.64e15)),
);

const value: fc.Arbitrary<CellValue> = fc.oneof(
  text,
  number,
  date,
  fc.boolean(),
  fc
    .constantFrom('#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NULL!', '#NUM!', '#SPILL!')
    .map((error) => ({
      error,
    })),
  fc.constant(null),
);

const format = fc.constantFrom(
  undefined,
  'General',
  '0%',
  '0.00%',
  'yyyy-mm-dd',
  'yyyy-mm',
  '#,##0',
  '@',
  '[$-412]yyyy"년" m"월"',
  '0.00E+00',
  '"%"0',
  '',
);

const cell: fc.Arbitrary<InputCell> = fc
  .record({
    value,
    numberFormat: format,
    formula: fc.option(fc.constantFrom('A1*2', 'NA()', '=1', ''), { nil: undefined }),
  })
  .map(({ value: v, numberFormat, formula }) => ({
    value: v,
    ...(numberFormat === undefined ? {} : { numberFormat }),
    ...(formula === undefined ? {} : { formula }),
  }));

/** A valid workbook with some of its cells (headers included) replaced by random ones. */
const mutatedWorkbook = fc
  .tuple(randomRows, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), cell), { minLength: 1, maxLength: 12 }))
  .map(([rows, edits]): WorkbookGrids => {
    const sheets = gridsOf(rows).sheets.map((sheet) => ({
      ...sheet,
      cells: sheet.cells.map((row) => [...row]),
    }));
    for (const [s, r, c, replacement] of edits) {
      const sheet = sheets[s % sheets.length]!;
      const row = sheet.cells[r % sheet.cells.length]!;
      row[c % row.length] = replacement;
    }
    return { sheets };
  });

const SHEET_NAMES = [SHEET.agreements, SHEET.prices, SHEET.fx, SHEET.deliveries, 'Sheet1', ''];

/** Sheets of random cells at random places, some of them under the input sheets' names. */
const randomWorkbook: fc.Arbitrary<WorkbookGrids> = fc
  .array(
    fc.record({
      name: fc.constantFrom(...SHEET_NAMES),
      top: fc.integer({ min: 1, max: 1_048_576 }),
      left: fc.integer({ min: 1, max: 16_384 }),
      cells: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }),
      merges: fc.option(fc.array(fc.constantFrom('A1:B1', 'B2:B3', 'XFD1:XFD2', 'A0:B1', 'nonsense')), {
        nil: undefined,
      }),
    }),
    { maxLength: 5 },
  )
  .map((sheets): WorkbookGrids => ({ sheets: sheets as SheetGrid[] }));

function checkIssues(workbook: WorkbookGrids): void {
  readWorkbook(workbook);
  const outcome = runWorkbook(workbook, { asOf: null, createdOn: '2025-07-01' });
  for (const issue of outcome.issues) {
    expect(issue.code).toMatch(/^[A-Z_]+$/);
    expect(issue.sheet.length).toBeGreaterThan(0);
    expect(issue.text.ko.trim().length).toBeGreaterThan(0);
    expect(issue.text.en.trim().length).toBeGreaterThan(0);
  }
  JSON.stringify(outcome.report);
}

describe('fuzzing the input side', () => {
  it(`never throws on ${FUZZ_RUNS.mutated} valid workbooks with random cells`, () => {
    fc.assert(fc.property(mutatedWorkbook, checkIssues), { numRuns: FUZZ_RUNS.mutated, seed: 4401 });
  });

  it(`never throws on ${FUZZ_RUNS.random} workbooks of random sheets`, () => {
    fc.assert(fc.property(randomWorkbook, checkIssues), { numRuns: FUZZ_RUNS.random, seed: 4402 });
  });
});
