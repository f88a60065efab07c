/** The exceljs adapter: .xlsx files ↔ the workbook layer's grids. */
export { loadWorkbookFile } from './load-workbook-file';
export { readWorkbookFile } from './read-workbook-file';
export {
  assertReplaceable,
  createFileExclusively,
  type FileFiller,
  handleStream,
  replaceFileInPlace,
  saveWorkbookFile,
  workbookBytes,
  writeFileAtomically,
} from './save-workbook-file';
export { streamable, streamWorkbook, StreamableWorkbook } from './stream-workbook';
export { FileTakenError, ReadOnlyFileError } from './output-file-errors';
export { removeTemporaryFilesOnExit } from './temporary-files';
export { UnreadableWorkbookError } from './unreadable-workbook-error';
export { workbookGrids } from './workbook-grids';
export { worksheetGrid } from './worksheet-grid';
export { writeOutputSheets } from './write-output-sheets';
export { keepCopiedText } from './keep-copied-text';
export { writeCellEdits } from './write-cell-edits';
export { readImportFile, decodeCp949 } from './read-import-file';
