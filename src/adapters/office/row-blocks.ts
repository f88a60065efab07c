import { rangeAddress } from '../../workbook/grid';
import type { OutputSheet } from '../../workbook/grid';
import { cellLiteral, type CellLiteral } from './cell-literal';
import { jsonBytes, OPERATION_OVERHEAD_BYTES, packBySize } from './payload';

type Matrix<T> = (T | null)[][];

/**
 * A band of rows of an output sheet with what Office.js must set on it, in order: number
 * formats first (so that Excel shows a date serial as a date from the start), then values, then
 * formulas. A null matrix means the band has nothing of that kind.
 */
export interface RowBlock {
  /** 1-based worksheet row of the band's first row. */
  readonly firstRow: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** "A1:T120". */
  readonly address: string;
  readonly numberFormat: Matrix<string> | null;
  readonly values: Matrix<string | number | boolean> | null;
  readonly formulas: Matrix<string> | null;
  /** Estimated request bytes of the three operations. */
  readonly bytes: number;
}

/** The widest row of a sheet (at least one column). */
export function sheetWidth(sheet: OutputSheet): number {
  return Math.max(1, ...sheet.rows.map((row) => row.length));
}

/**
 * Cuts a sheet's rows into bands whose operations stay within `budget` bytes: one band for a
 * sheet of ordinary size, more only when its content is large.
 */
export function planRowBlocks(sheet: OutputSheet, budget: number): RowBlock[] {
  const width = sheetWidth(sheet);
  const literals = sheet.rows.map((row) => Array.from({ length: width }, (_, c) => cellLiteral(row[c])));
  const rowIndexes = literals.map((_, index) => index);
  const rowCost = (index: number): number => literalRowBytes(literals[index] ?? []);
  const room = Math.max(1, budget - 3 * OPERATION_OVERHEAD_BYTES);
  return packBySize(rowIndexes, rowCost, room).map((indexes) => {
    const first = indexes[0] ?? 0;
    return blockOf(literals.slice(first, first + indexes.length), first + 1, width);
  });
}

/** A row's share of the three matrices: its three arrays and the commas between rows. */
function literalRowBytes(row: readonly CellLiteral[]): number {
  return (
    3 +
    jsonBytes(row.map((cell) => cell.numberFormat)) +
    jsonBytes(row.map((cell) => cell.value)) +
    jsonBytes(row.map((cell) => cell.formula))
  );
}

function blockOf(rows: readonly (readonly CellLiteral[])[], firstRow: number, width: number): RowBlock {
  const pick = <T>(part: (cell: CellLiteral) => T | null): Matrix<T> | null => {
    const matrix = rows.map((row) => row.map(part));
    return matrix.some((row) => row.some((entry) => entry !== null)) ? matrix : null;
  };
  const numberFormat = pick((cell) => cell.numberFormat);
  const values = pick((cell) => cell.value);
  const formulas = pick((cell) => cell.formula);
  const bytes = [numberFormat, values, formulas]
    .filter((matrix) => matrix !== null)
    .reduce((sum, matrix) => sum + jsonBytes(matrix) + OPERATION_OVERHEAD_BYTES, 0);
  return {
    firstRow,
    rowCount: rows.length,
    columnCount: width,
    address: rangeAddress(firstRow, 1, firstRow + rows.length - 1, width),
    numberFormat,
    values,
    formulas,
    bytes,
  };
}
