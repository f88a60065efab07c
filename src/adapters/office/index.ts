/** The Office.js adapter: the open workbook ↔ the workbook layer's grids. No business logic. */
export { officeWorkbook, type WorkbookGateway } from './gateway';
export { readSheetGrids } from './read-sheets';
export {
  writeSheets,
  SheetWriteError,
  type SheetWrite,
  type WriteOutcome,
  type WriteProgress,
} from './write-sheets';
export { runSheetWrites, templateSheetWrites, SHEETS_TO_READ, type RunWriteOptions } from './run-writes';
export { selectCell } from './navigate';
export { clearMarks, markDifferences, type CellMark } from './marks';
export { findReferences } from './references';
