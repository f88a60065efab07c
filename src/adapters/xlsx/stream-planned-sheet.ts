import type ExcelJS from 'exceljs';
import { EXCEL_MAX_ROWS, type SheetPlan, SheetTooLongError } from '../../workbook/sheet-plan';
import { StreamingSheetBuilder } from '../../workbook/streaming-sheet-builder';
import { addChoiceList, frozenViews, writeOutputCell } from './output-cell-writer';
import { pageSetupOf } from './page-setup';
import type { StreamingWorksheet } from './sheet-model';

/**
 * Writes one planned output sheet through a streaming workbook writer, row by row: a first pass
 * fits the column widths (they precede the rows in the file), a second writes each row as it is
 * made and lets it go. The sheet is the same as writeOutputSheets makes of the whole sheet.
 * A sheet longer than `maxRows` (Excel's limit) is refused with SheetTooLongError before a row is
 * written.
 */
export function streamPlannedSheet(
  plan: SheetPlan,
  writer: ExcelJS.stream.xlsx.WorkbookWriter,
  maxRows = EXCEL_MAX_ROWS,
): void {
  const measured = new StreamingSheetBuilder();
  const frame = plan.write(measured);
  if (measured.lastRow > maxRows) throw new SheetTooLongError(plan.name, measured.lastRow);
  const worksheet = writer.addWorksheet(plan.name, {
    views: frozenViews(frame),
    pageSetup: pageSetupOf(frame.print),
  }) as StreamingWorksheet;
  frame.columnWidths.forEach((width, index) => {
    if (width > 0) worksheet.getColumn(index + 1).width = width;
  });
  for (const list of frame.choiceLists ?? []) addChoiceList(worksheet, list);
  plan.write(
    new StreamingSheetBuilder((row) => {
      const target = worksheet.getRow(row.number);
      row.cells.forEach((cell, index) => {
        if (cell) writeOutputCell(target.getCell(index + 1), cell);
      });
      for (const [left, right] of row.merges) worksheet.mergeCells(row.number, left, row.number, right);
      target.commit();
    }),
  );
  worksheet.commit();
}
