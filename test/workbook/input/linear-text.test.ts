import fc from 'fast-check';
import { textLiteral } from '../../../src/adapters/office/cell-literal';
import { inputCell as officeInputCell } from '../../../src/adapters/office/input-cell';
import { archiveSheetName } from '../../../src/workbook/output/archive-name';
import { parseAddress } from '../../../src/workbook/grid/cells';
import { groupThousands } from '../../../src/workbook/grid/display-text';
import { cellNumber, normalizeLabel } from '../../../src/workbook/input/grid-reading';
import { normalizeHeader } from '../../../src/workbook/input/headers';
import { ISSUE } from '../../../src/domain/issues';
import {
  choiceKey,
  CYCLE_CHOICES,
  hasPercentFormat,
  isMonthOnlyFormat,
  parseChoiceCell,
  parseCurrencyCell,
  parseDateCell,
  parseDecimalCell,
  parseIntegerCell,
  parsePercentCell,
  parsePointCell,
  parseTextCell,
  readDateText,
  readNumberText,
} from '../../../src/workbook/input/values';
import { formatCodes } from '../../../src/workbook/input/values/cell-basics';
import { withoutTimeSuffix } from '../../../src/workbook/input/values/date-text';
import { codeOf, valueOf } from './parse-expect';

/**
 * Issue 9.4: every pattern that reads user text runs in linear time. Each reader gets strings of
 * 100,000 characters shaped to make a backtracking pattern retry from every position ("1",
 * 32,000 spaces, "x" took 1.5 s per cell); the tests assert what comes back, and finish at once
 * only because nothing is quadratic any more.
 */

const N = 100_000;
const spaces = ' '.repeat(N);
const ADVERSARIAL: readonly string[] = [
  `1${spaces}x`,
  `${spaces}x`,
  `x${spaces}`,
  `1${'\u00a0'.repeat(N)}x`,
  `1${'\u3000'.repeat(N)}x`,
  `2024-3${spaces}x`,
  `2024-3-1${spaces}x`,
  `2024년${spaces}x`,
  `1:00${spaces}x`,
  ` 1:00`.repeat(N / 5),
  `T1:00`.repeat(N / 5),
  `${'1'.repeat(N)}x`,
  `${'1,000'.repeat(N / 5)}x`,
  `${'('.repeat(N)}x`,
  `${')'.repeat(N)}`,
  `x${'(a)'.repeat(N / 3)}`,
  `x${' (a) '.repeat(N / 5)}`,
  `x${'[a]'.repeat(N / 3)}`,
  `a${'*'.repeat(N)}`,
  `${'*'.repeat(N)}a`,
  `a${'* '.repeat(N / 2)}`,
  `${"'".repeat(N)}x`,
  `x${"'".repeat(N)}`,
  `${'"'.repeat(N)}x`,
  `"${'a'.repeat(N)}`,
  `${'[a'.repeat(N / 2)}`,
  `${'\\'.repeat(N)}`,
  `$${'-'.repeat(N)}1`,
  `${'원'.repeat(N)}`,
  `${'%'.repeat(N)}`,
  `1${'.'.repeat(N)}`,
  `#${'!'.repeat(N)}`,
];

describe('readers of user text on 100,000-character adversarial strings', () => {
  it.each(ADVERSARIAL.map((text, index) => [index, text] as const))(
    'string %i: number, percent, integer, currency, choice readers refuse it',
    (_index, text) => {
      expect(readNumberText(text)).toBeNull();
      expect(codeOf(parseDecimalCell({ value: text }))).toBe(ISSUE.INVALID_NUMBER);
      expect(codeOf(parsePercentCell({ value: text }))).toBe(ISSUE.INVALID_PERCENT);
      expect(codeOf(parseIntegerCell({ value: text }, CYCLE_RANGE))).toBe(ISSUE.INVALID_INTEGER);
      expect(codeOf(parseCurrencyCell({ value: text }))).toBe(ISSUE.INVALID_CURRENCY);
      expect(codeOf(parseChoiceCell({ value: text }, CYCLE_CHOICES))).toBe(ISSUE.INVALID_CHOICE);
      expect(cellNumber({ value: text })).toBeNull();
    },
  );

  it.each(ADVERSARIAL.map((text, index) => [index, text] as const))(
    'string %i: date readers refuse it',
    (_index, text) => {
      expect(readDateText(text).kind).toBe('unrecognised');
      expect(codeOf(parseDateCell({ value: text }))).toBe(ISSUE.INVALID_DATE);
      expect(codeOf(parsePointCell({ value: text }))).toBe(ISSUE.INVALID_DATE);
    },
  );

  it('reads a long text field as too long, naming its length', () => {
    const result = parseTextCell({ value: `1${spaces}x` });
    expect(result).toMatchObject({ ok: false, code: ISSUE.TEXT_TOO_LONG });
    expect(!result.ok && result.reason?.en).toBe(`the text has ${N + 2} characters`);
  });

  it('normalises headers', () => {
    expect(normalizeHeader(`1${spaces}x`)).toBe('1x');
    expect(normalizeHeader(`조정요건${' (%)'.repeat(N / 4)}`)).toBe('조정요건');
    expect(normalizeHeader(`x${'(a)'.repeat(N / 3)}`)).toBe('x');
    expect(normalizeHeader(`a${'*'.repeat(N)}`)).toBe('a');
    expect(normalizeHeader(`a${'* '.repeat(N / 2)}`)).toBe('a');
    expect(normalizeHeader(`${'*'.repeat(N)}a`)).toBe('a');
    expect(normalizeHeader(`${'('.repeat(N)}x`)).toBe(`${'('.repeat(N)}x`);
    expect(normalizeHeader(`x${'a)'.repeat(N / 2)}`)).toBe(`x${'a)'.repeat(N / 2)}`);
    expect(normalizeLabel(`a${spaces}B`)).toBe('ab');
    expect(choiceKey(`a${spaces}B`)).toBe('ab');
  });

  it('reads number formats', () => {
    for (const format of [`${'"'.repeat(N)}%`, `"${'a'.repeat(N)}%`, `${'[a'.repeat(N / 2)}%`]) {
      expect(hasPercentFormat(format)).toBe(true);
    }
    expect(hasPercentFormat(`"${'%'.repeat(N)}"`)).toBe(false);
    expect(isMonthOnlyFormat(`yyyy-mm${'\\d'.repeat(N / 2)}`)).toBe(true);
    expect(isMonthOnlyFormat(`yyyy${'"'.repeat(N)}mm`)).toBe(true);
    expect(isMonthOnlyFormat(`yyyy${'"'.repeat(N - 1)}mm"dd`)).toBe(false);
  });

  it('groups the digits of a long number', () => {
    const grouped = groupThousands(`${'1'.repeat(N)}.5`);
    expect(grouped.replace(/,/g, '')).toBe(`${'1'.repeat(N)}.5`);
    expect(grouped.startsWith('1,111,')).toBe(true);
    expect(groupThousands('Infinity')).toBe('Infinity');
  });

  it('names an archived sheet from a long name', () => {
    const name = archiveSheetName(null, [], '2026-01-05', `x${"'".repeat(N)}`);
    expect(name).toBe('x 2026-01-05');
    expect(archiveSheetName(null, [], '2026-01-05', `${"'".repeat(N)}`)).toBe('납품단가 변동표 2026-01-05');
  });

  it('reads cell addresses and Office.js values', () => {
    expect(() => parseAddress(`A${'1'.repeat(N)}x`)).toThrow(RangeError);
    expect(officeInputCell(`#${'!'.repeat(N)}`, 'General', null).value).toBe(`#${'!'.repeat(N)}`);
    expect(textLiteral(`${spaces}truex`)).toBe(`${spaces}truex`);
    expect(textLiteral(`${spaces}true${spaces}`)).toBe(`'${spaces}true${spaces}`);
  });

  it('still reads what it should, with long runs of spaces', () => {
    expect(valueOf(parseDecimalCell({ value: `₩${spaces}1,000${spaces}` })).toFixed()).toBe('1000');
    expect(valueOf(parseDecimalCell({ value: `1,000${spaces}원` })).toFixed()).toBe('1000');
    expect(valueOf(parsePointCell({ value: `2024-03-15${spaces}00:00:00` }))).toEqual({
      date: '2024-03-15',
      granularity: 'day',
    });
  });
});

const CYCLE_RANGE = { min: 1, max: 12, suffixes: ['개월'] };

/**
 * The patterns the linear readers replaced, kept here as the reference they must agree with on
 * short text (where backtracking costs nothing).
 */
const OLD_NUMBER_TEXT = /^([+-]?)\s*([₩$€£¥]?)\s*([+-]?)\s*(.*?)\s*(원|%)?$/u;
const OLD_NUMBER_BODY = /^(?:(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?|\.(\d+))$/;
const OLD_TIME_SUFFIX = /(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z)?$/;

function oldReadNumberText(text: string): { digits: string; percent: boolean; currency: boolean } | null {
  const parts = OLD_NUMBER_TEXT.exec(text.normalize('NFKC').trim().replace(/^'\s*/, ''));
  if (!parts) return null;
  const [, signBefore = '', currencySign = '', signAfter = '', rest = '', suffix = ''] = parts;
  if (signBefore !== '' && signAfter !== '') return null;
  if (currencySign !== '' && suffix !== '') return null;
  const body = OLD_NUMBER_BODY.exec(rest);
  if (!body) return null;
  const negative = signBefore === '-' || signAfter === '-';
  const whole = (body[1] ?? '0').replace(/,/g, '');
  const fraction = body[2] ?? body[3] ?? '';
  return {
    digits: `${negative ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`,
    percent: suffix === '%',
    currency: currencySign !== '' || suffix === '원',
  };
}

function oldNormalizeHeader(text: string): string {
  let name = text.normalize('NFKC').trim();
  let previous = '';
  while (previous !== name) {
    previous = name;
    name = name.replace(/\s*(?:\([^()]*\)|\[[^[\]]*\])\s*$/, '').replace(/\*+\s*$/, '');
  }
  return name.toLowerCase().replace(/[\s_\-*·.]+/g, '');
}

const textOf = (alphabet: readonly string[]) =>
  fc.array(fc.constantFrom(...alphabet), { maxLength: 14 }).map((chars) => chars.join(''));

describe('the linear readers agree with the patterns they replaced', () => {
  it('number text', () => {
    const alphabet = [
      '1',
      '0',
      '5',
      ',',
      '.',
      ' ',
      '\u00a0',
      '+',
      '-',
      '₩',
      '￦',
      '$',
      '€',
      '원',
      '%',
      "'",
      'x',
    ];
    fc.assert(
      fc.property(textOf(alphabet), (text) => {
        const read = readNumberText(text);
        const old = oldReadNumberText(text);
        expect(read && { digits: read.digits, percent: read.percent, currency: read.currency }).toEqual(old);
      }),
      { numRuns: 3000 },
    );
  });

  it('dates with a time of day', () => {
    const alphabet = ['2024-03-15', '1', '0', ':', '.', ' ', '\u3000', 'T', 'Z', '-'];
    fc.assert(
      fc.property(textOf(alphabet), (text) => {
        expect(withoutTimeSuffix(text)).toBe(text.replace(OLD_TIME_SUFFIX, ''));
      }),
      { numRuns: 3000 },
    );
  });

  it('number formats', () => {
    const alphabet = ['"', '\\', '[', ']', '%', 'y', 'M', 'd', '0', ' ', '\n'];
    const old = (format: string): string =>
      format
        .replace(/"[^"]*"/g, '')
        .replace(/\\./g, '')
        .replace(/\[[^\]]*\]/g, '')
        .toLowerCase();
    fc.assert(
      fc.property(textOf(alphabet), (format) => {
        expect(formatCodes(format)).toBe(old(format));
      }),
      { numRuns: 3000 },
    );
  });

  it('headers', () => {
    const alphabet = ['a', 'B', ' ', '(', ')', '[', ']', '*', '%', '_', '-', '·', '.'];
    fc.assert(
      fc.property(textOf(alphabet), (text) => {
        expect(normalizeHeader(text)).toBe(oldNormalizeHeader(text));
      }),
      { numRuns: 3000 },
    );
  });
});
