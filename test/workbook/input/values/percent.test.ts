import { ISSUE } from '../../../../src/domain/issues';
import { parsePercentCell } from '../../../../src/workbook/input/values';
import { fmt } from '../grid-helpers';
import { codeOf, valueOf } from '../parse-expect';

describe('percentages', () => {
  it.each([
    [{ value: 10 }, '0.1'],
    [{ value: '10' }, '0.1'],
    [{ value: '10%' }, '0.1'],
    [{ value: "'10%" }, '0.1'],
    [{ value: ' 12.5 % ' }, '0.125'],
    [{ value: '１０％' }, '0.1'],
    [fmt(0.1, '0%'), '0.1'],
    [fmt(0.125, '0.0%'), '0.125'],
    [fmt(1, '0%'), '1'],
    [{ value: 100 }, '1'],
    // A literal "%" in quotes is decoration, not a percent format: the cell stores points.
    [fmt(10, '0"%"'), '0.1'],
  ])('reads %p as %s', (cell, expected) => {
    expect(valueOf(parsePercentCell(cell)).toFixed()).toBe(expected);
  });

  it('keeps the stored double exactly, with no division noise', () => {
    expect(valueOf(parsePercentCell(fmt(0.07, '0%'))).toFixed()).toBe('0.07');
    expect(valueOf(parsePercentCell({ value: 7.3 })).toFixed()).toBe('0.073');
  });

  it('warns when a number below 1 is taken as points', () => {
    const result = parsePercentCell({ value: 0.1 });
    expect(valueOf(result).toFixed()).toBe('0.001');
    expect(result.ok && result.note?.code).toBe(ISSUE.AMBIGUOUS_PERCENT);
    expect(result.ok && result.note?.text.ko).toContain('0.1%');
    const explicit = parsePercentCell({ value: '0.5%' });
    expect(explicit.ok && explicit.note).toBeUndefined();
  });

  it.each([
    [{ value: 0 }, ISSUE.OUT_OF_RANGE],
    [{ value: '-5%' }, ISSUE.OUT_OF_RANGE],
    [{ value: 101 }, ISSUE.OUT_OF_RANGE],
    [fmt(1.5, '0%'), ISSUE.OUT_OF_RANGE],
    [{ value: '10%%' }, ISSUE.INVALID_PERCENT],
    [{ value: '₩10' }, ISSUE.INVALID_PERCENT],
    [{ value: 'ten' }, ISSUE.INVALID_PERCENT],
    [{ value: false }, ISSUE.INVALID_PERCENT],
    [{ value: { error: '#DIV/0!' }, formula: 'A1/0' }, ISSUE.CELL_ERROR_VALUE],
    [{ value: '' }, ISSUE.REQUIRED_VALUE],
  ])('rejects %p with %s', (cell, expected) => {
    expect(codeOf(parsePercentCell(cell))).toBe(expected);
  });
});
