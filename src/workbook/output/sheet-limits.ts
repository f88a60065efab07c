import { rowCountOf, type WritableSheet } from '../grid/sheet-plan';

/** The most rows an Excel worksheet holds. */
export const EXCEL_MAX_ROWS = 1_048_576;

/** A sheet longer than a worksheet holds (Excel's limit unless a test asks for fewer); nothing was saved. */
export class SheetTooLongError extends Error {
  constructor(
    readonly sheetName: string,
    readonly rows: number,
    readonly limit: number = EXCEL_MAX_ROWS,
  ) {
    super(`sheet '${sheetName}' has ${rows} rows, more than the ${limit} a sheet holds`);
    this.name = 'SheetTooLongError';
  }
}

/** Throws SheetTooLongError for the first sheet with more rows than `maxRows`. */
export function assertSheetsFit(sheets: readonly WritableSheet[], maxRows = EXCEL_MAX_ROWS): void {
  const tooLong = sheets.find((sheet) => rowCountOf(sheet) > maxRows);
  if (tooLong) throw new SheetTooLongError(tooLong.name, rowCountOf(tooLong), maxRows);
}
