import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import { displayedDecimals } from '../../src/workbook/output/formats';

/** One derived cell of a change table: where it is, what the engine says, how it is shown. */
export interface ExpectedCell {
  readonly address: string;
  /** The column header above it, or '합계' for the totals row. */
  readonly column: string;
  readonly formula: string;
  readonly engine: number;
  readonly numberFormat: string | undefined;
}

export interface Disagreement {
  readonly address: string;
  readonly column: string;
  readonly formula: string;
  readonly engine: number;
  readonly other: unknown;
}

/**
 * Equal at the cell's displayed precision: both rounded half up to the shown decimals agree. A
 * value that sits on a rounding edge may differ by binary noise alone, so a difference below
 * 1e-9 of the value still counts as equal (it cannot be seen on paper).
 */
export function sameAsDisplayed(engine: number, other: number, numberFormat: string | undefined): boolean {
  const decimals = displayedDecimals(numberFormat) ?? 10;
  const a = new Decimal(engine).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const b = new Decimal(other).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  if (a.eq(b)) return true;
  return new Decimal(engine).minus(other).abs().lte(new Decimal(engine).abs().plus(1).times(1e-9));
}

/** The value LibreOffice computed for each expected cell, compared with the engine's. */
export function disagreements(
  worksheet: ExcelJS.Worksheet,
  expected: readonly ExpectedCell[],
): Disagreement[] {
  const found: Disagreement[] = [];
  for (const cell of expected) {
    const read = worksheet.getCell(cell.address);
    // `cell.result`, not `cell.value.result`: exceljs leaves a result of 0 out of the value object.
    const result: unknown = read.type === ExcelJS.ValueType.Formula ? read.result : read.value;
    if (typeof result !== 'number' || !sameAsDisplayed(cell.engine, result, cell.numberFormat)) {
      found.push({ ...cell, other: result });
    }
  }
  return found;
}
