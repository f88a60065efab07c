import fc from 'fast-check';
import { address, columnLetters, columnNumber, parseAddress } from '../../../src/workbook/grid/cells';

describe('A1 addresses', () => {
  it('names columns as Excel does', () => {
    expect(columnLetters(1)).toBe('A');
    expect(columnLetters(26)).toBe('Z');
    expect(columnLetters(27)).toBe('AA');
    expect(columnLetters(702)).toBe('ZZ');
    expect(columnLetters(703)).toBe('AAA');
    expect(columnLetters(16384)).toBe('XFD');
    expect(address(7, 3)).toBe('C7');
    expect(parseAddress('$AB$12')).toEqual({ row: 12, column: 28 });
  });

  it('round-trips every column of a worksheet', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16384 }), (column) => {
        expect(columnNumber(columnLetters(column))).toBe(column);
      }),
    );
  });
});
