import type { WorkbookGrids } from '../../workbook/grid';
import type { RunOutcome } from '../../workbook/run';
import { highlightCells, selectCell } from './navigate';
import { readSheetGrids } from './read-sheets';
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
  selectCell(sheet: string, cell: string): Promise<void>;
  highlightCells(sheet: string, cells: readonly string[]): Promise<void>;
}

/** The gateway over Office.js: every call is one Excel.run batch session. */
export const officeWorkbook: WorkbookGateway = {
  readWorkbook: () => Excel.run((context) => readSheetGrids(context, SHEETS_TO_READ)),
  writeTemplate: (onProgress) =>
    Excel.run((context) => writeSheets(context, templateSheetWrites(), { onProgress })),
  writeRun: (outcome, options, onProgress) =>
    Excel.run((context) => writeSheets(context, runSheetWrites(outcome, options), { onProgress })),
  selectCell: (sheet, cell) => Excel.run((context) => selectCell(context, sheet, cell)),
  highlightCells: (sheet, cells) => Excel.run((context) => highlightCells(context, sheet, cells)),
};
