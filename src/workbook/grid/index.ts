export { address, columnLetters, rangeAddress, rangeBounds, type RangeBounds } from './cells';
export { groupThousands, signedPercentText, signedWonText, wonText } from './display-text';
export {
  type CellValue,
  type ChoiceList,
  type InputCell,
  type OutputCell,
  type OutputSheet,
  type OutputStyle,
  type PrintSetup,
  type SheetGrid,
  type SheetVisibility,
  type WorkbookGrids,
} from './grid';
export { MAX_SHEET_NAME_LENGTH, SHEET, sheetNameKey } from './sheet-names';
export { materializeSheet, rowsOf, type WritableSheet } from './sheet-plan';
