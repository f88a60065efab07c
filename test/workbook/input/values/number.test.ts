import type { D } from '../../../../src/domain/decimal';
import { ISSUE } from '../../../../src/domain/issues';
import { parseDecimalCell, type ParseResult } from '../../../../src/workbook/input/values';

function value(result: ParseResult<D>): string {
  if (!result.ok) throw new Error(`expected a value, got ${result.code}`);
  return result.value.toFixed();
}

function code(result: ParseResult<unknown>): string {
  if (result.ok) throw new Error('expected a problem');
  return result.code;
}

describe('numbers', () => {
  it.each([
    [1234.5, '1234.5'],
    ['1,234.5', '1234.5'],
    ['1,000원', '1000'],
    ['1,000 원', '1000'],
    [' 12.5 ', '12.5'],
    ['₩1,000', '1000'],
    ['￦1,000', '1000'],
    ['KRW 1,000', '1000'],
    ['1,000 KRW', '1000'],
    ['-3', '-3'],
    ['+3', '3'],
    ['₩-8,000', '-8000'],
    ['0.500', '0.5'],
    ['18.5000', '18.5'],
    ['1,018.500', '1018.5'],
    ['.5', '0.5'],
    ['1,234,567.891', '1234567.891'],
    ['１２３', '123'],
  ])('reads %p as %s', (input, expected) => {
    expect(value(parseDecimalCell({ value: input }))).toBe(expected);
  });

  it('keeps the float noise of a number Excel stored', () => {
    expect(value(parseDecimalCell({ value: 0.1 + 0.2 }))).toBe('0.30000000000000004');
    expect(value(parseDecimalCell({ value: 0.1 }))).toBe('0.1');
  });

  it('reads long decimal text exactly, not through a float', () => {
    expect(value(parseDecimalCell({ value: '123456789012345.123456789012345' }))).toBe(
      '123456789012345.123456789012345',
    );
  });

  it.each([
    ['$8,000', '$'],
    ['$-8,000', '$'],
    ['€ 12.5', '€'],
    ['£3', '£'],
    ['¥3', '¥'],
  ])('refuses %p: a currency sign other than won, named in the message', (input, sign) => {
    const result = parseDecimalCell({ value: input }, 'positive');
    expect(result).toMatchObject({ ok: false, code: ISSUE.CURRENCY_SIGN_NOT_WON, input });
    expect(!result.ok && result.reason?.ko).toContain(`'${sign}'`);
    expect(!result.ok && result.reason?.en).toContain('won (₩, 원, KRW)');
  });

  it.each([
    ['18.500', '18.5', '18500'],
    ['1.000', '1', '1000'],
    ['-999.999원', '999.999', '999999'],
  ])('refuses %p: the dot may group thousands, so both readings are offered', (input, decimal, grouped) => {
    const result = parseDecimalCell({ value: input });
    expect(result).toMatchObject({ ok: false, code: ISSUE.AMBIGUOUS_NUMBER, input });
    expect(!result.ok && result.reason?.en).toBe(
      `the dot may be a decimal point or a thousands separator; enter ${decimal} if you mean ${decimal}, or ${grouped} or ${grouped.slice(0, -3)},${grouped.slice(-3)} if you mean ${grouped}`,
    );
  });

  it.each([
    [1e308, '1e+308'],
    [1e15, '1000000000000000'],
    [-1e15, '-1000000000000000'],
    ['1,000,000,000,000,000', '1,000,000,000,000,000'],
  ])('refuses %p: out of the sane range', (input, shown) => {
    const result = parseDecimalCell({ value: input });
    expect(result).toMatchObject({ ok: false, code: ISSUE.OUT_OF_RANGE, input: shown });
    expect(!result.ok && result.reason?.en).toBe(
      'the number is too large; it must be at most 999,999,999,999,999',
    );
  });

  it('keeps the largest number of the range', () => {
    expect(value(parseDecimalCell({ value: 999_999_999_999_999 }))).toBe('999999999999999');
    expect(value(parseDecimalCell({ value: '999,999,999,999,999.99' }))).toBe('999999999999999.99');
  });

  it.each([
    ['1,2OO', ISSUE.INVALID_NUMBER],
    ['N/A', ISSUE.INVALID_NUMBER],
    ['-', ISSUE.INVALID_NUMBER],
    ['12,34', ISSUE.INVALID_NUMBER],
    ['1e5', ISSUE.INVALID_NUMBER],
    ['12.5%', ISSUE.INVALID_NUMBER],
    ['₩1,000원', ISSUE.INVALID_NUMBER],
    ['--3', ISSUE.INVALID_NUMBER],
    [true, ISSUE.INVALID_NUMBER],
    [new Date(Date.UTC(2024, 0, 1)), ISSUE.INVALID_NUMBER],
    [Number.NaN, ISSUE.INVALID_NUMBER],
    [Number.POSITIVE_INFINITY, ISSUE.INVALID_NUMBER],
    [null, ISSUE.REQUIRED_VALUE],
    ['   ', ISSUE.REQUIRED_VALUE],
    [{ error: '#N/A' }, ISSUE.CELL_ERROR_VALUE],
  ])('rejects %p with %s', (input, expected) => {
    expect(code(parseDecimalCell({ value: input }))).toBe(expected);
  });

  it('names the error value of a formula', () => {
    const result = parseDecimalCell({ value: { error: '#REF!' }, formula: 'A1*2' });
    expect(result).toMatchObject({ ok: false, code: ISSUE.CELL_ERROR_VALUE, input: '#REF!' });
    if (result.ok) return;
    expect(result.reason?.ko).toContain('#REF!');
  });

  it('uses the cached result of a formula', () => {
    expect(value(parseDecimalCell({ value: 42, formula: 'B2*2' }))).toBe('42');
  });

  it('refuses a formula without a stored result instead of treating it as empty', () => {
    expect(code(parseDecimalCell({ value: null, formula: 'B2*2' }))).toBe(ISSUE.FORMULA_WITHOUT_RESULT);
  });

  it('checks the bound', () => {
    expect(code(parseDecimalCell({ value: 0 }, 'positive'))).toBe(ISSUE.OUT_OF_RANGE);
    expect(code(parseDecimalCell({ value: '-1' }, 'positive'))).toBe(ISSUE.OUT_OF_RANGE);
    expect(value(parseDecimalCell({ value: 0 }, 'nonNegative'))).toBe('0');
    expect(code(parseDecimalCell({ value: -0.5 }, 'nonNegative'))).toBe(ISSUE.OUT_OF_RANGE);
  });
});
