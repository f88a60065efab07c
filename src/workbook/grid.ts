/**
 * The sheet contract between the pure workbook layer and the adapters (Office.js, exceljs).
 * Adapters only move these grids in and out of Excel or files; everything else is pure.
 */

/** An Excel error value such as #N/A or #REF!. */
export interface CellErrorValue {
  readonly error: string;
}

export type CellValue = string | number | boolean | Date | CellErrorValue | null;

/** One input cell as Excel holds it. */
export interface InputCell {
  /** The cell's value (a formula cell gives its cached result). Dates may arrive as Date or as serial numbers. */
  readonly value: CellValue;
  /** Excel number format, e.g. "0%", "yyyy-mm-dd", "General". */
  readonly numberFormat?: string;
  /** Present when the cell holds a formula (without the leading "="). */
  readonly formula?: string;
}

/** A rectangular block of one sheet: `cells[0][0]` is the cell at (`top`, `left`). */
export interface SheetGrid {
  readonly name: string;
  /** 1-based worksheet row of `cells[0]`. */
  readonly top: number;
  /** 1-based worksheet column of `cells[r][0]`. */
  readonly left: number;
  readonly cells: readonly (readonly InputCell[])[];
  /** Merged ranges inside the block, as A1 ranges ("B3:C3"). */
  readonly merges?: readonly string[];
  /** How the sheet's tab shows in Excel; absent means visible. */
  readonly state?: 'visible' | 'hidden' | 'veryHidden';
  /**
   * The workbook counts date serials from 1904-01-01 (Excel's 1904 date system) rather than
   * 1900-01-01. A workbook property, repeated on each of its sheets; absent means the 1900 system.
   */
  readonly date1904?: boolean;
}

/** A workbook as the adapters read it: every sheet, by name. */
export interface WorkbookGrids {
  readonly sheets: readonly SheetGrid[];
}

export type OutputStyle = 'title' | 'label' | 'header' | 'body' | 'total' | 'signature' | 'note';

export interface OutputCell {
  /**
   * A literal value. Strings are ALWAYS text: adapters must write them so that Excel never
   * reads them as a formula, even when they begin with "=", "+", "-" or "@".
   */
  readonly value?: string | number | boolean | null;
  /** A live formula without the leading "=", e.g. "ROUND(N8+M8,0)". */
  readonly formula?: string;
  /** The value the formula must produce, for adapters that can store a cached result (xlsx). */
  readonly result?: string | number | boolean | null;
  readonly numberFormat?: string;
  readonly style?: OutputStyle;
}

export interface PrintSetup {
  readonly paperSize: 'A4';
  readonly orientation: 'landscape' | 'portrait';
  readonly fitToWidth: boolean;
  /** 1-based rows repeated at the top of each printed page, e.g. [5, 5]. */
  readonly repeatRows: readonly [number, number] | null;
}

/** A sheet to write. Row r, column c of `rows` is worksheet cell (r + 1, c + 1). */
export interface OutputSheet {
  readonly name: string;
  readonly rows: readonly (readonly OutputCell[])[];
  /** Character widths of columns A, B, …; missing = Excel default. */
  readonly columnWidths: readonly number[];
  /** A1 ranges to merge. */
  readonly merges: readonly string[];
  /** Rows frozen at the top (the table header), 0 for none. */
  readonly frozenRows: number;
  readonly print: PrintSetup;
}
