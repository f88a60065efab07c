import type ExcelJS from 'exceljs';
import { EXCEL_MAX_ROWS, finished, type SheetPlan, SheetTooLongError } from '../../workbook/sheet-plan';
import { StreamingSheetBuilder } from '../../workbook/streaming-sheet-builder';
import { addChoiceList, frozenViews, writeOutputCell } from './output-cell-writer';
import { pageSetupOf } from './page-setup';
import type { StreamingWorksheet } from './sheet-model';

/** Rows between two looks at how far the file has fallen behind. */
const ROWS_PER_LOOK = 2_000;

/**
 * Writes one planned output sheet through a streaming workbook writer, row by row: a first pass
 * fits the column widths (they precede the rows in the file), a second writes each row as it is
 * made and lets it go, pausing while `catchUp` says the file has fallen behind (the writer
 * compresses and writes only when the event loop runs). The sheet is the same as
 * writeOutputSheets makes of the whole sheet. A sheet longer than `maxRows` (Excel's limit) is
 * refused with SheetTooLongError before a row is written.
 */
export async function streamPlannedSheet(
  plan: SheetPlan,
  writer: ExcelJS.stream.xlsx.WorkbookWriter,
  catchUp: () => Promise<void>,
  maxRows = EXCEL_MAX_ROWS,
): Promise<void> {
  const measured = new StreamingSheetBuilder();
  const frame = finished(plan.steps(measured));
  if (measured.lastRow > maxRows) throw new SheetTooLongError(plan.name, measured.lastRow);
  const worksheet = writer.addWorksheet(plan.name, {
    views: frozenViews(frame),
    pageSetup: pageSetupOf(frame.print),
  }) as StreamingWorksheet;
  frame.columnWidths.forEach((width, index) => {
    if (width > 0) worksheet.getColumn(index + 1).width = width;
  });
  for (const list of frame.choiceLists ?? []) addChoiceList(worksheet, list);
  let rowsSinceLook = 0;
  const steps = plan.steps(
    new StreamingSheetBuilder((row) => {
      rowsSinceLook += 1;
      const target = worksheet.getRow(row.number);
      row.cells.forEach((cell, index) => {
        if (cell) writeOutputCell(target.getCell(index + 1), cell);
      });
      for (const [left, right] of row.merges) worksheet.mergeCells(row.number, left, row.number, right);
      target.commit();
    }),
  );
  while (steps.next().done !== true) {
    if (rowsSinceLook >= ROWS_PER_LOOK) {
      rowsSinceLook = 0;
      await catchUp();
    }
  }
  worksheet.commit();
}
