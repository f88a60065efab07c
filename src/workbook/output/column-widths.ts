import type { OutputCell } from '../grid/grid';
import type { SheetBuilder } from './sheet-builder';

const MIN_WIDTH = 6;
const MAX_WIDTH = 48;
/** Breathing room for the filter arrow and cell padding. */
const PADDING = 2;
const DATE_WIDTH = 10;

/** Excel column width of a text: Hangul and other wide characters take two units. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    width += isWide(char) ? 2 : 1;
  }
  return width;
}

function isWide(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo
    (code >= 0x2e80 && code <= 0xa4cf) || // CJK, Hangul compatibility Jamo
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/** Roughly what a cell shows, long enough to size its column. */
function shownWidth(cell: OutputCell): number {
  const shown = cell.formula !== undefined ? cell.result : cell.value;
  if (typeof shown === 'string') {
    return displayWidth(shown);
  }
  if (typeof shown !== 'number') {
    return 0;
  }
  const format = cell.numberFormat ?? '';
  if (format.includes('yy')) {
    return DATE_WIDTH;
  }
  const whole = Math.trunc(Math.abs(shown)).toString();
  const groups = Math.floor((whole.length - 1) / 3);
  const decimals = format.includes('.') ? format.length - format.indexOf('.') : 0;
  return whole.length + groups + decimals + (shown < 0 ? 1 : 0) + (format.includes('%') ? 3 : 0);
}

/**
 * Widths of columns 1..columnCount fitted to the unmerged cells from `fromRow` down, a column at
 * a time: a lazy row makes only the cell measured, and a column stops being read once it is
 * as wide as a column gets (a long 사유 text settles its column at the first such row).
 */
export function fitColumnWidths(sheet: SheetBuilder, columnCount: number, fromRow: number): number[] {
  const widths: number[] = [];
  const widestNeeded = MAX_WIDTH - PADDING;
  for (let column = 1; column <= columnCount; column += 1) {
    let widest = 0;
    for (let row = fromRow; row <= sheet.lastRow && widest < widestNeeded; row += 1) {
      const cell = sheet.cellAt(row, column);
      if (cell && !sheet.isMerged(row, column)) {
        widest = Math.max(widest, shownWidth(cell));
      }
    }
    widths.push(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + PADDING)));
  }
  return widths;
}
