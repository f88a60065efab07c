import type { OutputCell, OutputSheet } from './grid';

/**
 * A sheet whose rows are made when they are written rather than held: all of OutputSheet but
 * its rows, their number known beforehand. A streaming writer takes each row and lets it go, so
 * a sheet of a million rows never sits in memory whole; materializeSheet gives the same sheet
 * whole, for writers that need it so.
 */
export interface SheetPlan extends Omit<OutputSheet, 'rows'> {
  readonly rowCount: number;
  /** Rows 1, 2, … of the sheet, made afresh on each call. */
  readonly rows: () => Iterable<readonly OutputCell[]>;
}

/** A sheet as handed to a writer: whole, or planned. */
export type WritableSheet = OutputSheet | SheetPlan;

function isSheetPlan(sheet: WritableSheet): sheet is SheetPlan {
  return typeof sheet.rows === 'function';
}

export function rowCountOf(sheet: WritableSheet): number {
  return isSheetPlan(sheet) ? sheet.rowCount : sheet.rows.length;
}

/** The sheet's rows from the top. */
export function rowsOf(sheet: WritableSheet): Iterable<readonly OutputCell[]> {
  return isSheetPlan(sheet) ? sheet.rows() : sheet.rows;
}

/** The planned sheet made whole (an OutputSheet is returned as it is). */
export function materializeSheet(sheet: WritableSheet): OutputSheet {
  if (!isSheetPlan(sheet)) return sheet;
  const { name, columnWidths, merges, frozenRows, print, rowHeights, choiceLists } = sheet;
  return {
    name,
    rows: [...sheet.rows()],
    columnWidths,
    merges,
    frozenRows,
    print,
    ...(rowHeights === undefined ? {} : { rowHeights }),
    ...(choiceLists === undefined ? {} : { choiceLists }),
  };
}
