import type ExcelJS from 'exceljs';

/**
 * The parts of exceljs's worksheet model (what its own writer renders a worksheet from) that
 * the streaming copy reads. exceljs's type declarations leave most of them out.
 */
export interface CellModel {
  readonly address: string;
  readonly type: ExcelJS.ValueType;
  readonly style?: Partial<ExcelJS.Style>;
  readonly value?: unknown;
  readonly result?: unknown;
  readonly formula?: string;
  readonly sharedFormula?: string;
  readonly shareType?: string;
  readonly ref?: string;
  readonly si?: number;
}

export interface RowModel {
  readonly number: number;
  readonly cells: readonly CellModel[];
  readonly min: number;
  readonly max: number;
  readonly height?: number;
  readonly style: Partial<ExcelJS.Style>;
  readonly hidden?: boolean;
  readonly outlineLevel?: number;
  readonly collapsed?: boolean;
}

interface ColumnModel {
  readonly min: number;
  readonly max: number;
  readonly width?: number;
  readonly style?: Partial<ExcelJS.Style>;
  readonly hidden?: boolean;
  readonly outlineLevel?: number;
  readonly collapsed?: boolean;
}

export interface SheetModel {
  readonly name: string;
  readonly state: ExcelJS.WorksheetState;
  readonly properties: Partial<ExcelJS.WorksheetProperties>;
  readonly pageSetup: Partial<ExcelJS.PageSetup> | null | undefined;
  readonly headerFooter: Partial<ExcelJS.HeaderFooter>;
  readonly rowBreaks: readonly ExcelJS.RowBreak[] | null | undefined;
  readonly views: readonly Partial<ExcelJS.WorksheetView>[] | null | undefined;
  readonly autoFilter: ExcelJS.AutoFilter | null;
  readonly media: readonly unknown[] | null | undefined;
  readonly tables: readonly unknown[] | null | undefined;
  readonly sheetProtection: unknown;
  readonly conditionalFormattings:
    readonly { readonly rules: readonly { readonly type: string }[] }[] | null | undefined;
  readonly dataValidations: Record<string, ExcelJS.DataValidation> | null | undefined;
  readonly cols: readonly ColumnModel[] | undefined;
  readonly rows: readonly RowModel[];
  readonly merges: readonly string[] | null | undefined;
}

export function sheetModelOf(worksheet: ExcelJS.Worksheet): SheetModel {
  return worksheet.model as unknown as SheetModel;
}

/** What a streaming worksheet writer takes besides the Worksheet interface exceljs declares. */
export interface StreamingWorksheet extends ExcelJS.Worksheet {
  /**
   * Every formula cell written so far, kept by address so that a later cell could share its
   * formula. Nothing written here shares formulas (copied sheets have theirs unshared), so it is
   * emptied after each row: kept, it would hold every formula of a long sheet until its end.
   */
  _formulae: Record<string, unknown>;
  conditionalFormatting: unknown;
  sheetProtection: unknown;
  rowBreaks: readonly ExcelJS.RowBreak[];
  readonly dataValidations: {
    model: Record<string, ExcelJS.DataValidation>;
    add(range: string, validation: ExcelJS.DataValidation): void;
  };
  commit(): void;
  /** The first row not yet committed, and the rows from it on (a gap leaves holes). */
  _rowZero: number;
  readonly _rows: readonly unknown[];
}

/**
 * Moves a streaming sheet on to `row` when every earlier row is committed. exceljs would keep
 * the rows in between as holes in an array it shifts one at a time, which costs the gap squared
 * (a stray cell at row 40,000 took minutes); there is nothing in them to write.
 */
export function skipEmptyRowsBefore(worksheet: StreamingWorksheet, row: number): void {
  if (worksheet._rows.length === 0 && worksheet._rowZero < row) worksheet._rowZero = row;
}
