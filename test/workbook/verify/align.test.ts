import { alignRows, longestIncreasing, type RowTokens } from '../../../src/workbook/verify/align';

const rows = (text: string): RowTokens[] => text.split(' ').map((row) => (row === '_' ? [] : row.split('')));

/** The alignment as "a=e" pairs, "+a" extra and "-e" missing, in order. */
function aligned(actual: string, expected: string): string[] {
  return alignRows(rows(actual), rows(expected)).map(({ actual: a, expected: e }) =>
    a !== null && e !== null ? `${a}=${e}` : a !== null ? `+${a}` : `-${e ?? '?'}`,
  );
}

describe('alignRows', () => {
  it('pairs equal sheets row for row', () => {
    expect(aligned('ab cd _ ef', 'ab cd _ ef')).toEqual(['0=0', '1=1', '2=2', '3=3']);
  });

  it('finds one inserted and one deleted row without shifting the others', () => {
    expect(aligned('ab xy cd ef', 'ab cd ef')).toEqual(['0=0', '+1', '2=1', '3=2']);
    expect(aligned('ab ef', 'ab cd ef')).toEqual(['0=0', '-1', '1=2']);
  });

  it('keeps a changed row paired with the row it was (the cells it shares)', () => {
    expect(aligned('ab cX ef', 'ab cd ef')).toEqual(['0=0', '1=1', '2=2']);
    // A row that shares no filled cell with any is extra, the other missing.
    expect(aligned('ab _ ef', 'ab cd ef')).toEqual(['0=0', '+1', '-1', '2=2']);
  });

  it('uses rows unique to both sides as anchors when the ends differ', () => {
    expect(aligned('X ab cd ef Y', 'P ab cd ef Q')).toEqual(['0=0', '1=1', '2=2', '3=3', '4=4']);
    expect(aligned('zz ab ab cd ab', 'ab ab cd ab')).toEqual(['+0', '1=0', '2=1', '3=2', '4=3']);
  });

  it('pairs rows in order when a gap is too large to weigh', () => {
    const actual = Array.from({ length: 600 }, (_, i): RowTokens => [`a${i}`]);
    const expected = Array.from({ length: 600 }, (_, i): RowTokens => [`e${i}`]);
    const steps = alignRows(actual, expected);
    expect(steps).toHaveLength(600);
    expect(steps[599]).toEqual({ actual: 599, expected: 599 });
  });
});

describe('longestIncreasing', () => {
  it('keeps the longest run in order', () => {
    expect(longestIncreasing([3, 1, 2, 5, 4, 6], (n) => n)).toEqual([1, 2, 4, 6]);
    expect(longestIncreasing([], (n: number) => n)).toEqual([]);
  });
});
