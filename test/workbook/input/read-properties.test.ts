import fc from 'fast-check';
import type { CellValue } from '../../../src/workbook/grid/grid';
import { ISSUE } from '../../../src/domain/issues';
import { readWorkbook } from '../../../src/workbook/input/read-workbook';
import { TEMPLATE_HEADERS } from '../../../src/workbook/input/template';
import { type CellSpec, grid, workbook } from './grid-helpers';

const junkValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '2024-03',
    '2024-13-45',
    '10%',
    '1,2OO',
    '투입량',
    '비중',
    '분기',
    'Y',
    '-',
    'USD',
    '₩1,000',
  ),
  fc.double(),
  fc.integer({ min: -5, max: 50_000 }),
  fc.boolean(),
  fc.constant(null),
  fc.string().map((error) => ({ error })),
);
const junkCell: fc.Arbitrary<CellSpec> = fc.oneof(
  junkValue,
  junkValue.map((value) => ({ value, numberFormat: '0%' })),
  junkValue.map((value) => ({ value, formula: 'A1' })),
);

describe('reading whole sheets of junk', () => {
  it('never throws, addresses every issue to the sheet, and keeps only rows without errors', () => {
    const width = TEMPLATE_HEADERS.agreements.length;
    const rows = fc.array(fc.array(junkCell, { maxLength: width }), { maxLength: 6 });
    fc.assert(
      fc.property(
        rows,
        fc.array(fc.array(junkCell, { maxLength: 6 }), { maxLength: 6 }),
        (agreementRows, priceRows) => {
          const result = readWorkbook(
            workbook(
              grid('연동약정', [TEMPLATE_HEADERS.agreements, ...agreementRows]),
              grid('원재료가격', [TEMPLATE_HEADERS.prices, ...priceRows]),
            ),
          );
          const codes = new Set<string>(Object.values(ISSUE));
          for (const issue of result.issues) {
            expect(['연동약정', '원재료가격']).toContain(issue.sheet);
            expect(codes.has(issue.code)).toBe(true);
            expect(issue.text.ko.startsWith(`${issue.sheet} 시트`)).toBe(true);
          }
          const errorRows = new Set(
            result.issues
              .filter((issue) => issue.severity === 'error')
              .map((issue) => `${issue.sheet}!${issue.cell.replace(/^[A-Z]+/, '')}`),
          );
          for (const row of [...result.input.agreements, ...result.input.prices]) {
            expect(errorRows.has(`${row.origin.sheet}!${row.origin.row}`)).toBe(false);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
