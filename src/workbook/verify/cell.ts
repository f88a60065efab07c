import type { D } from '../../domain/decimal';
import type { ColumnKind } from '../output/change-table';
import type { CellContent } from '../output/output-cell';
import { fixedWonText, percentText } from '../grid/display-text';
import { displayedDecimals, isPercentFormat } from '../output/formats';
import { cellDate, cellNumber, cellText, isEmptyCell, isErrorValue } from '../input/grid-reading';
import type { InputCell } from '../grid/grid';

/** A cell that disagrees with the recomputation, in the words the report shows. */
export interface CellMismatch {
  readonly expected: string;
  readonly actual: string;
}

export const EMPTY_SHOWN = '(빈 칸)';

/** Decimals a rate is compared at when its cell says nothing (four of the fraction: 12.34 %). */
const DEFAULT_RATE_DECIMALS = 4;
/** Binary floating point leaves noise in the 16th–17th digit; a file's number is trusted to 15. */
const FLOAT_DIGITS = 15;

/**
 * Compares a table cell with what the engine computed, at the precision the cell shows: a
 * reviewer can only be held to what the printed table says.
 */
export function compareCell(
  kind: ColumnKind,
  expected: CellContent | null,
  cell: InputCell | undefined,
): CellMismatch | null {
  const value = cell?.value ?? null;
  if (isEmptyCell(cell)) {
    return expected === null ? null : { expected: shownExpected(expected), actual: EMPTY_SHOWN };
  }
  if (isErrorValue(value)) {
    return { expected: expected === null ? EMPTY_SHOWN : shownExpected(expected), actual: value.error };
  }
  if (expected === null) {
    return { expected: EMPTY_SHOWN, actual: cellText(cell) };
  }
  switch (expected.kind) {
    case 'text': {
      const actual = cellText(cell);
      return actual === expected.text.trim() ? null : { expected: expected.text, actual };
    }
    case 'date': {
      const actual = cellDate(cell);
      return actual === expected.date ? null : { expected: expected.date, actual: actual ?? cellText(cell) };
    }
    case 'number':
      return compareNumber(kind, expected.value, expected.format, cell);
  }
}

function compareNumber(
  kind: ColumnKind,
  expected: D,
  expectedFormat: string,
  cell: InputCell | undefined,
): CellMismatch | null {
  const parsed = cellNumber(cell);
  const format = cell?.numberFormat;
  const rate = kind === 'rate';
  // As in the input sheets, the format decides whether 12 means 12 % (DOMAIN §2); a reader that
  // reports no format at all is taken to hold our own fractions.
  const percentPoints =
    rate && parsed !== null && !parsed.percentText && format !== undefined && !isPercentFormat(format);
  const shownDecimals = displayedDecimals(format);
  const decimals =
    shownDecimals === null
      ? (displayedDecimals(expectedFormat) ?? (rate ? DEFAULT_RATE_DECIMALS : 0))
      : shownDecimals + (percentPoints ? 2 : 0);
  const show = (value: D): string =>
    rate ? percentText(value, Math.max(0, decimals - 2)) : fixedWonText(value, decimals);
  if (parsed === null) {
    return { expected: show(expected), actual: cellText(cell) };
  }
  const actual = (percentPoints ? parsed.value.dividedBy(100) : parsed.value).toSignificantDigits(
    FLOAT_DIGITS,
  );
  const same = actual.toDecimalPlaces(decimals).eq(expected.toDecimalPlaces(decimals));
  return same ? null : { expected: show(expected), actual: show(actual) };
}

function shownExpected(expected: CellContent): string {
  switch (expected.kind) {
    case 'text':
      return expected.text;
    case 'date':
      return expected.date;
    case 'number': {
      const decimals = displayedDecimals(expected.format) ?? 0;
      return isPercentFormat(expected.format)
        ? percentText(expected.value, Math.max(0, decimals - 2))
        : fixedWonText(expected.value, decimals);
    }
  }
}
