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
  /** The sheet's tab, when the reader reports it (absent: not known). */
  readonly visibility?: SheetVisibility;
  /** 1-based worksheet rows of the block that Excel does not show (hidden or of no height), when reported. */
  readonly hiddenRows?: readonly number[];
  /** 1-based worksheet columns of the block that Excel does not show (hidden or of no width), when reported. */
  readonly hiddenColumns?: readonly number[];
  /**
   * How the sheet's tab shows, for the input readers' hidden-sheet warnings; absent means visible.
   * (The verifier reads `visibility`, which the readers fill alike.)
   */
  readonly state?: SheetVisibility;
  /**
   * The workbook counts date serials from 1904-01-01 (Excel's 1904 date system) rather than
   * 1900-01-01. A workbook property, repeated on each of its sheets; absent means the 1900 system.
   */
  readonly date1904?: boolean;
}

/** 'hidden' sheets can be shown again from Excel's menus; 'veryHidden' ones only by code. */
export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

/** A sheet as the workbook's tab bar holds it, whether or not its cells were read. */
export interface SheetTab {
  readonly name: string;
  readonly visibility: SheetVisibility;
}

/** A workbook as the adapters read it: every sheet, by name. */
export interface WorkbookGrids {
  readonly sheets: readonly SheetGrid[];
  /**
   * Every sheet of the workbook in tab order, read or not. A reader that reads only some sheets
   * lists them all here, so that look-alike names and hidden sheets can be found.
   */
  readonly tabs?: readonly SheetTab[];
}

/** `text` is `body` for long text: wrapped, top-aligned, so a printed sentence is never cut. */
export type OutputStyle = 'title' | 'label' | 'header' | 'body' | 'text' | 'total' | 'signature' | 'note';

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
  /** 1-based rows after which a new printed page starts (each agreement on its own page). */
  readonly rowBreaks?: readonly number[];
  /** An explicit scale in percent, used instead of fitting (manual page breaks need it). */
  readonly scale?: number;
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
  /** Row heights in points by 0-based row index, where wrapped text needs more than one line. */
  readonly rowHeights?: readonly (number | undefined)[];
  /** In-cell drop-down lists (Excel data validation) of the template's choice columns. */
  readonly choiceLists?: readonly ChoiceList[];
}

/** The allowed words of one column, offered from `fromRow` to `toRow` (1-based, inclusive). */
export interface ChoiceList {
  readonly column: number;
  readonly fromRow: number;
  readonly toRow: number;
  readonly choices: readonly string[];
}
