import type { D } from '../../../src/domain/decimal';
import { INPUT_ISSUE } from '../../../src/workbook/input-issues';
import { parseDecimalCell, type ParseResult } from '../../../src/workbook/values';

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
    ['$8,000', '8000'],
    ['-3', '-3'],
    ['+3', '3'],
    ['$-8,000', '-8000'],
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
    expect(value(parseDecimalCell({ value: '12345678901234567890.123456789' }))).toBe(
      '12345678901234567890.123456789',
    );
  });

  it.each([
    ['1,2OO', INPUT_ISSUE.INVALID_NUMBER],
    ['N/A', INPUT_ISSUE.INVALID_NUMBER],
    ['-', INPUT_ISSUE.INVALID_NUMBER],
    ['12,34', INPUT_ISSUE.INVALID_NUMBER],
    ['1e5', INPUT_ISSUE.INVALID_NUMBER],
    ['12.5%', INPUT_ISSUE.INVALID_NUMBER],
    ['₩1,000원', INPUT_ISSUE.INVALID_NUMBER],
    ['--3', INPUT_ISSUE.INVALID_NUMBER],
    [true, INPUT_ISSUE.INVALID_NUMBER],
    [new Date(Date.UTC(2024, 0, 1)), INPUT_ISSUE.INVALID_NUMBER],
    [Number.NaN, INPUT_ISSUE.INVALID_NUMBER],
    [Number.POSITIVE_INFINITY, INPUT_ISSUE.INVALID_NUMBER],
    [null, INPUT_ISSUE.REQUIRED_VALUE],
    ['   ', INPUT_ISSUE.REQUIRED_VALUE],
    [{ error: '#N/A' }, INPUT_ISSUE.CELL_ERROR_VALUE],
  ])('rejects %p with %s', (input, expected) => {
    expect(code(parseDecimalCell({ value: input }))).toBe(expected);
  });

  it('names the error value of a formula', () => {
    const result = parseDecimalCell({ value: { error: '#REF!' }, formula: 'A1*2' });
    expect(result).toMatchObject({ ok: false, code: INPUT_ISSUE.CELL_ERROR_VALUE, input: '#REF!' });
    if (result.ok) return;
    expect(result.reason?.ko).toContain('#REF!');
  });

  it('uses the cached result of a formula', () => {
    expect(value(parseDecimalCell({ value: 42, formula: 'B2*2' }))).toBe('42');
  });

  it('refuses a formula without a stored result instead of treating it as empty', () => {
    expect(code(parseDecimalCell({ value: null, formula: 'B2*2' }))).toBe(INPUT_ISSUE.FORMULA_WITHOUT_RESULT);
  });

  it('checks the bound', () => {
    expect(code(parseDecimalCell({ value: 0 }, 'positive'))).toBe(INPUT_ISSUE.OUT_OF_RANGE);
    expect(code(parseDecimalCell({ value: '-1' }, 'positive'))).toBe(INPUT_ISSUE.OUT_OF_RANGE);
    expect(value(parseDecimalCell({ value: 0 }, 'nonNegative'))).toBe('0');
    expect(code(parseDecimalCell({ value: -0.5 }, 'nonNegative'))).toBe(INPUT_ISSUE.OUT_OF_RANGE);
  });
});
