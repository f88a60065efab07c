import type { WorkbookGrids } from '../../workbook/grid';
import type { RunOutcome } from '../../workbook/run';
import type { SheetReference } from '../../workbook/output';
import { clearMarks, markDifferences, type CellMark } from './marks';
import { selectCell } from './navigate';
import { readSheetGrids } from './read-sheets';
import { findReferences } from './references';
import { runSheetWrites, SHEETS_TO_READ, templateSheetWrites, type RunWriteOptions } from './run-writes';
import { writeSheets, type WriteOutcome, type WriteProgress } from './write-sheets';

/** What the task pane asks of the open workbook; the pane's tests give it a fake. */
export interface WorkbookGateway {
  /** The input sheets and any existing output sheets, as grids. */
  readWorkbook(): Promise<WorkbookGrids>;
  /** Adds the template sheets that are missing, as Excel tables with sample rows. */
  writeTemplate(onProgress?: (progress: WriteProgress) => void): Promise<WriteOutcome>;
  /** Writes 납품단가 변동표 and 연동 검토내역 whole or not at all. */
  writeRun(
    outcome: RunOutcome,
    options: RunWriteOptions,
    onProgress?: (progress: WriteProgress) => void,
  ): Promise<WriteOutcome>;
  /** Formulas in other sheets that point at those of `sheets` that exist. */
  findReferences(sheets: readonly string[]): Promise<SheetReference[]>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Clears the previous verification marks, then marks these cells. */
  markDifferences(marks: readonly CellMark[]): Promise<void>;
  /** Clears the verification marks; resolves to how many there were. */
  clearMarks(): Promise<number>;
}

/**
 * Every batch waits while the user is typing in a cell instead of failing (Excel.RunOptions;
 * hosts that predate the option ignore it).
 */
const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

/** The gateway over Office.js: every call is one Excel.run batch session. */
export const officeWorkbook: WorkbookGateway = {
  readWorkbook: () => Excel.run(RUN_OPTIONS, (context) => readSheetGrids(context, SHEETS_TO_READ)),
  writeTemplate: (onProgress) =>
    Excel.run(RUN_OPTIONS, (context) => writeSheets(context, templateSheetWrites(), { onProgress })),
  writeRun: (outcome, options, onProgress) =>
    Excel.run(RUN_OPTIONS, (context) =>
      writeSheets(context, runSheetWrites(outcome, options), { onProgress }),
    ),
  findReferences: (sheets) => Excel.run(RUN_OPTIONS, (context) => findReferences(context, sheets)),
  selectCell: (sheet, cell) => Excel.run(RUN_OPTIONS, (context) => selectCell(context, sheet, cell)),
  markDifferences: (marks) => Excel.run(RUN_OPTIONS, (context) => markDifferences(context, marks)),
  clearMarks: () => Excel.run(RUN_OPTIONS, (context) => clearMarks(context)),
};
