import type ExcelJS from 'exceljs';
import type { SheetEdit } from '../../workbook/prices-import';
import { sheetNameKey } from '../../workbook/grid';
import { writeOutputCell } from './output-cell-writer';

/**
 * Sets the cells of an import plan in a loaded workbook: existing sheets get their cells set,
 * missing ones are added. Only the workbook in memory changes; the caller saves it whole.
 */
export function writeCellEdits(workbook: ExcelJS.Workbook, edits: readonly SheetEdit[]): void {
  for (const edit of edits) {
    const existing = workbook.worksheets.find(
      (worksheet) => sheetNameKey(worksheet.name) === sheetNameKey(edit.sheet),
    );
    const worksheet = existing ?? workbook.addWorksheet(edit.sheet);
    for (const { row, column, cell } of edit.cells) writeOutputCell(worksheet.getCell(row, column), cell);
  }
}
