import fc from 'fast-check';
import { D } from '../../../../src/domain/decimal';
import { fromDayNumber, makeDate, splitDate, toDayNumber } from '../../../../src/domain/dates';
import type { CellValue } from '../../../../src/workbook/grid/grid';
import { ISSUE } from '../../../../src/domain/issues';
import {
  dateToSerial,
  parseChoiceCell,
  parseCurrencyCell,
  parseDateCell,
  parseDecimalCell,
  parseIntegerCell,
  parsePercentCell,
  parsePointCell,
  parseTextCell,
  YES_NO_CHOICES,
} from '../../../../src/workbook/input/values';
import { valueOf } from '../parse-expect';

/** Any day Excel can hold as a serial after its fictitious leap day, as year, month and day. */
const validDate = fc
  .integer({ min: toDayNumber('1900-03-01'), max: toDayNumber('9999-12-31') })
  .map((dayNumber) => splitDate(fromDayNumber(dayNumber)));

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** Every textual form the reader accepts for one day. */
function textualForms(year: number, month: number, day: number): string[] {
  const forms = [
    `${year}-${pad2(month)}-${pad2(day)}`,
    `${year}-${month}-${day}`,
    `${year}.${month}.${day}`,
    `${year}.${month}.${day}.`,
    `${year}. ${month}. ${day}.`,
    `${year}/${pad2(month)}/${pad2(day)}`,
    `${year}년 ${month}월 ${day}일`,
  ];
  // Two-digit years name 1930–2029 only.
  if (year >= 1930 && year <= 2029) forms.push(`${pad2(year % 100)}.${month}.${day}`);
  return forms;
}

describe('parsing properties', () => {
  it('reads every textual form of a valid date back to that date', () => {
    fc.assert(
      fc.property(validDate, ({ year, month, day }) => {
        const iso = makeDate(year, month, day);
        for (const form of textualForms(year, month, day)) {
          expect(valueOf(parseDateCell({ value: form }))).toBe(iso);
        }
        expect(valueOf(parseDateCell({ value: dateToSerial(iso) }))).toBe(iso);
        expect(valueOf(parseDateCell({ value: new Date(`${iso}T00:00:00Z`) }))).toBe(iso);
        expect(valueOf(parsePointCell({ value: `${year}-${pad2(month)}` }))).toEqual({
          date: makeDate(year, month, 1),
          granularity: 'month',
        });
      }),
    );
  });

  it('reads a decimal with thousands separators as exactly that decimal', () => {
    const decimalText = fc
      .tuple(
        // Up to the largest magnitude read (10^15 − 1); "18.500" shapes are refused, not read.
        fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }),
        fc.option(fc.stringMatching(/^\d{1,12}$/)),
        fc.boolean(),
      )
      .map(([whole, fraction, negative]) => ({ whole, fraction, negative }));
    fc.assert(
      fc.property(decimalText, ({ whole, fraction, negative }) => {
        const plain = `${negative ? '-' : ''}${whole}${fraction === null ? '' : `.${fraction}`}`;
        const grouped = `${negative ? '-' : ''}${whole.toLocaleString('en-US')}${fraction === null ? '' : `.${fraction}`}`;
        if (whole >= 1n && whole <= 999n && fraction?.length === 3) {
          expect(parseDecimalCell({ value: grouped })).toMatchObject({ code: ISSUE.AMBIGUOUS_NUMBER });
          return;
        }
        expect(valueOf(parseDecimalCell({ value: grouped })).eq(new D(plain))).toBe(true);
        expect(
          valueOf(parseDecimalCell({ value: `₩${grouped.replace('-', '')}` })).eq(new D(plain).abs()),
        ).toBe(true);
      }),
    );
  });

  it('never throws on junk cells', () => {
    const junkValue: fc.Arbitrary<CellValue> = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('-', '%', '₩', '.', ',', '년', '2024-', '1,,0', '..', '$-', '원', 'e', '∞'),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.date({ noInvalidDate: false }),
      fc.string().map((error) => ({ error })),
    );
    const junkCell = fc.record(
      {
        value: junkValue,
        numberFormat: fc.oneof(fc.string(), fc.constantFrom('0%', 'yyyy-mm', '@')),
        formula: fc.string(),
      },
      { requiredKeys: ['value'] },
    );
    fc.assert(
      fc.property(junkCell, (cell) => {
        const results = [
          parseDateCell(cell),
          parsePointCell(cell),
          parseDecimalCell(cell, 'positive'),
          parsePercentCell(cell),
          parseIntegerCell(cell, { min: 0, max: 4, suffixes: ['자리'] }),
          parseChoiceCell(cell, YES_NO_CHOICES),
          parseCurrencyCell(cell),
          parseTextCell(cell),
        ];
        for (const result of results) expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});
