import type { WorkbookGrids } from '../../workbook/grid';
import { HISTORY_SHEET, type SheetEdit } from '../../workbook/prices-import';
import { readSheetGrids } from './read-sheets';
import { SHEETS_TO_READ } from './run-writes';
import { writeCellEdits } from './write-cell-edits';

/** What the 가격 가져오기 step asks of the open workbook; its tests give it a fake. */
export interface ImportGateway {
  /** The input sheets (and 가격 변경 이력) as grids. */
  readWorkbook(): Promise<WorkbookGrids>;
  /** Sets the planned cells whole or not at all. */
  writeEdits(edits: readonly SheetEdit[]): Promise<void>;
}

/** As the main gateway: a batch waits while the user is typing in a cell instead of failing. */
const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

export const officeImportGateway: ImportGateway = {
  readWorkbook: () =>
    Excel.run(RUN_OPTIONS, (context) => readSheetGrids(context, [...SHEETS_TO_READ, HISTORY_SHEET])),
  writeEdits: (edits) => Excel.run(RUN_OPTIONS, (context) => writeCellEdits(context, edits)),
};
