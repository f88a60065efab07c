import type ExcelJS from 'exceljs';

/** The merges exceljs keeps on a worksheet: by first cell in memory, as a list in its streaming writer. */
interface MergesHolder {
  _merges: Record<string, unknown> | unknown[];
}

/**
 * Merges a range through exceljs's own mergeCells, but without its check against every merge
 * already made, which makes a sheet of n merges cost n² (a review of a million rows never
 * finishes). Callers pass ranges that cannot overlap: the output sheets' merges (SheetBuilder
 * makes each cell part of one merge at most) or those of a sheet exceljs has read.
 */
export function mergeUnchecked(
  worksheet: ExcelJS.Worksheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
): void {
  const holder = worksheet as unknown as MergesHolder;
  const all = holder._merges;
  holder._merges = Array.isArray(all) ? [] : {};
  try {
    worksheet.mergeCells(top, left, bottom, right);
  } finally {
    const made = holder._merges;
    holder._merges = all;
    if (Array.isArray(all) && Array.isArray(made)) all.push(...made);
    else Object.assign(all, made);
  }
}

/**
 * Lets go of a committed streaming worksheet's merges: they are written by its commit, but
 * exceljs keeps the list with the sheet until the whole workbook is done (a 변동표 of 100,000
 * adjustments holds half a million ranges through every later sheet otherwise).
 */
export function releaseCommittedMerges(worksheet: ExcelJS.Worksheet): void {
  (worksheet as unknown as MergesHolder)._merges = [];
}
