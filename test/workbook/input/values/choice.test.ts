import { ISSUE } from '../../../../src/domain/issues';
import {
  BUYER_SIZE_CHOICES,
  CYCLE_CHOICES,
  FORMULA_CHOICES,
  parseChoiceCell,
  parseCurrencyCell,
  parseIntegerCell,
  parseTextCell,
  REFLECTION_MODE_CHOICES,
  ROUNDING_CHOICES,
  YES_NO_CHOICES,
} from '../../../../src/workbook/input/values';
import { codeOf, valueOf } from '../parse-expect';

describe('choices', () => {
  it.each([
    ['투입량', 'quantity'],
    [' 투입량 ', 'quantity'],
    ['Quantity', 'quantity'],
    ['비중', 'share'],
    ['SHARE', 'share'],
  ])('formula %p is %s', (text, expected) => {
    expect(valueOf(parseChoiceCell({ value: text }, FORMULA_CHOICES))).toBe(expected);
  });

  it.each([
    [1, 1],
    ['1', 1],
    ['월', 1],
    ['매월', 1],
    ['1개월', 1],
    ['monthly', 1],
    [3, 3],
    ['분기', 3],
    ['3개월', 3],
    ['Quarterly', 3],
    [6, 6],
    ['반기', 6],
    ['6 개월', 6],
    ['semiannual', 6],
    [12, 12],
    ['연', 12],
    ['년', 12],
    ['12개월', 12],
    ['annual', 12],
  ])('cycle %p is %d months', (input, months) => {
    expect(valueOf(parseChoiceCell({ value: input }, CYCLE_CHOICES))).toBe(months);
  });

  it.each([2, 4, '2개월', '주', 3.5])('rejects cycle %p', (input) => {
    expect(codeOf(parseChoiceCell({ value: input }, CYCLE_CHOICES))).toBe(ISSUE.INVALID_CHOICE);
  });

  it.each([
    ['전액', 'whole'],
    ['whole', 'whole'],
    ['초과분', 'excess'],
    ['Excess', 'excess'],
  ])('reflection mode %p is %s', (text, expected) => {
    expect(valueOf(parseChoiceCell({ value: text }, REFLECTION_MODE_CHOICES))).toBe(expected);
  });

  it.each([
    ['반올림', 'halfUp'],
    ['halfUp', 'halfUp'],
    ['절사', 'down'],
    ['버림', 'down'],
    ['down', 'down'],
    ['올림', 'up'],
    ['UP', 'up'],
  ])('rounding %p is %s', (text, expected) => {
    expect(valueOf(parseChoiceCell({ value: text }, ROUNDING_CHOICES))).toBe(expected);
  });

  it.each([
    ['소기업', 'small'],
    ['중기업', 'medium'],
    ['중견기업', 'midsize'],
    ['대기업', 'large'],
    ['Large', 'large'],
  ])('buyer size %p is %s', (text, expected) => {
    expect(valueOf(parseChoiceCell({ value: text }, BUYER_SIZE_CHOICES))).toBe(expected);
  });

  it.each([
    ['Y', true],
    ['y', true],
    ['예', true],
    ['TRUE', true],
    ['O', true],
    [true, true],
    ['N', false],
    ['아니오', false],
    ['아니요', false],
    ['false', false],
    ['X', false],
    ['x', false],
    [false, false],
  ])('yes/no %p is %p', (input, expected) => {
    expect(valueOf(parseChoiceCell({ value: input }, YES_NO_CHOICES))).toBe(expected);
  });

  it('lists the allowed words when refusing', () => {
    const result = parseChoiceCell({ value: '중량' }, FORMULA_CHOICES);
    expect(result).toMatchObject({ ok: false, code: ISSUE.INVALID_CHOICE, input: '중량' });
    expect(!result.ok && result.expected.ko).toBe('다음 중 하나여야 합니다: 투입량, 비중, 변동률');
  });

  it('refuses error values and empty cells', () => {
    expect(codeOf(parseChoiceCell({ value: { error: '#N/A' } }, YES_NO_CHOICES))).toBe(
      ISSUE.CELL_ERROR_VALUE,
    );
    expect(codeOf(parseChoiceCell({ value: null }, YES_NO_CHOICES))).toBe(ISSUE.REQUIRED_VALUE);
  });
});

describe('integers', () => {
  const decimals = { min: 0, max: 4, suffixes: ['자리'] };
  const months = { min: 0, max: 120, suffixes: ['개월'] };

  it.each([
    [0, 0],
    [2, 2],
    ['2', 2],
    [' 4 ', 4],
    ['2자리', 2],
  ])('price decimals %p is %d', (input, expected) => {
    expect(valueOf(parseIntegerCell({ value: input }, decimals))).toBe(expected);
  });

  it('accepts a unit after averaging months', () => {
    expect(valueOf(parseIntegerCell({ value: '3개월' }, months))).toBe(3);
  });

  it.each([
    [5, ISSUE.OUT_OF_RANGE],
    [-1, ISSUE.OUT_OF_RANGE],
    ['-1', ISSUE.OUT_OF_RANGE],
    [1.5, ISSUE.INVALID_INTEGER],
    ['1.5', ISSUE.INVALID_INTEGER],
    ['two', ISSUE.INVALID_INTEGER],
    [true, ISSUE.INVALID_INTEGER],
    [Number.NaN, ISSUE.INVALID_INTEGER],
  ])('rejects %p with %s', (input, expected) => {
    expect(codeOf(parseIntegerCell({ value: input }, decimals))).toBe(expected);
  });
});

describe('currencies', () => {
  it.each([
    ['KRW', 'KRW'],
    ['krw', 'KRW'],
    ['원', 'KRW'],
    ['usd', 'USD'],
    [' USD ', 'USD'],
    ['달러', 'USD'],
    ['$', 'USD'],
    ['eur', 'EUR'],
    ['엔', 'JPY'],
  ])('%p is %s', (input, expected) => {
    expect(valueOf(parseCurrencyCell({ value: input }))).toBe(expected);
  });

  it.each(['US Dollar', 'US', 'USDT', '12', 840])('rejects %p', (input) => {
    expect(codeOf(parseCurrencyCell({ value: input }))).toBe(ISSUE.INVALID_CURRENCY);
  });
});

describe('text', () => {
  it('keeps text as written, without outer spaces, even when it looks like a formula', () => {
    expect(valueOf(parseTextCell({ value: '  =SUM(A1) ' }))).toBe('=SUM(A1)');
    expect(valueOf(parseTextCell({ value: 'PP 수지 ㎏' }))).toBe('PP 수지 ㎏');
  });

  it('turns numbers and dates in a text column into their text', () => {
    expect(valueOf(parseTextCell({ value: 12345 }))).toBe('12345');
    expect(valueOf(parseTextCell({ value: new Date(Date.UTC(2024, 2, 15)) }))).toBe('2024-03-15');
  });

  it('refuses error values', () => {
    expect(codeOf(parseTextCell({ value: { error: '#NAME?' } }))).toBe(ISSUE.CELL_ERROR_VALUE);
  });
});
