/** A1 addresses: column letters and 1-based row/column numbers. */

export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1) {
    throw new RangeError(`column must be a positive integer, got ${column}`);
  }
  let letters = '';
  let rest = column;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) {
    throw new RangeError(`not column letters: ${letters}`);
  }
  let column = 0;
  for (const letter of letters.toUpperCase()) {
    column = column * 26 + (letter.charCodeAt(0) - 64);
  }
  return column;
}

/** "C7" for row 7, column 3. */
export function address(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** Parses "C7" or "$C$7" (sheet prefixes are not accepted here). */
export function parseAddress(a1: string): CellPosition {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!match || !match[1] || !match[2]) {
    throw new RangeError(`not an A1 address: ${a1}`);
  }
  return { row: Number(match[2]), column: columnNumber(match[1]) };
}

/** "A1:C3" from two corners. */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${address(top, left)}:${address(bottom, right)}`;
}

/** The corners of a range such as "A1:C3" (or of one cell, "B2"), whichever way round it is written. */
export interface RangeBounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function rangeBounds(range: string): RangeBounds {
  const [from = '', to = from] = range.split(':');
  const start = parseAddress(from);
  const end = parseAddress(to);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}
