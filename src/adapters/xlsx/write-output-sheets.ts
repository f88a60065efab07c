import type ExcelJS from 'exceljs';
import { rangeBounds } from '../../workbook/cells';
import type { OutputSheet } from '../../workbook/grid';
import { mergeUnchecked } from './merge-cells';
import { addChoiceList, frozenViews, writeOutputCell } from './output-cell-writer';
import { pageSetupOf } from './page-setup';

/**
 * Adds each output sheet to the workbook. A sheet of the same name must have been renamed or
 * removed first: this never replaces an existing sheet.
 */
export function writeOutputSheets(workbook: ExcelJS.Workbook, sheets: readonly OutputSheet[]): void {
  for (const sheet of sheets) {
    if (hasSheetNamed(workbook, sheet.name)) {
      throw new Error(`a sheet named '${sheet.name}' already exists; rename or remove it before writing`);
    }
  }
  for (const sheet of sheets) {
    writeSheet(workbook.addWorksheet(sheet.name), sheet);
  }
}

/** Excel compares sheet names without regard to case. */
function hasSheetNamed(workbook: ExcelJS.Workbook, name: string): boolean {
  const key = name.toLocaleUpperCase();
  return workbook.worksheets.some((worksheet) => worksheet.name.toLocaleUpperCase() === key);
}

function writeSheet(worksheet: ExcelJS.Worksheet, sheet: OutputSheet): void {
  sheet.rows.forEach((cells, rowIndex) => {
    cells.forEach((output, columnIndex) =>
      writeOutputCell(worksheet.getCell(rowIndex + 1, columnIndex + 1), output),
    );
  });
  sheet.columnWidths.forEach((width, index) => {
    if (width > 0) worksheet.getColumn(index + 1).width = width;
  });
  for (const range of sheet.merges) {
    const { top, left, bottom, right } = rangeBounds(range);
    mergeUnchecked(worksheet, top, left, bottom, right);
  }
  const views = frozenViews(sheet);
  if (views.length > 0) worksheet.views = views;
  worksheet.pageSetup = { ...worksheet.pageSetup, ...pageSetupOf(sheet.print) };
  for (const row of sheet.print.rowBreaks ?? []) worksheet.getRow(row).addPageBreak();
  sheet.rowHeights?.forEach((height, index) => {
    if (height !== undefined) worksheet.getRow(index + 1).height = height;
  });
  for (const list of sheet.choiceLists ?? []) addChoiceList(worksheet, list);
}
