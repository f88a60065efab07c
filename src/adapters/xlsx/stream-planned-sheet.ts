import type ExcelJS from 'exceljs';
import type { OutputSheet } from '../../workbook/grid';
import { EXCEL_MAX_ROWS, finished, type SheetPlan, SheetTooLongError } from '../../workbook/sheet-plan';
import { StreamingSheetBuilder } from '../../workbook/streaming-sheet-builder';
import { addChoiceList, frozenViews, writeOutputCell } from './output-cell-writer';
import { pageSetupOf } from './page-setup';
import type { StreamingWorksheet } from './sheet-model';

/** Rows between two looks at how far the file has fallen behind. */
const ROWS_PER_LOOK = 2_000;

/** A planned sheet measured: its frame (widths, merges, panes, print) before its rows are written. */
export interface MeasuredSheet {
  readonly plan: SheetPlan;
  readonly frame: OutputSheet;
}

/**
 * The first pass over a planned sheet: the column widths (they precede the rows in the file) and
 * the rest of its frame. A sheet longer than `maxRows` (Excel's limit) is SheetTooLongError.
 */
export function measurePlannedSheet(plan: SheetPlan, maxRows = EXCEL_MAX_ROWS): MeasuredSheet {
  const measured = new StreamingSheetBuilder();
  const frame = finished(plan.steps(measured));
  if (measured.lastRow > maxRows) throw new SheetTooLongError(plan.name, measured.lastRow, maxRows);
  return { plan, frame };
}

/**
 * Writes a measured sheet through a streaming workbook writer, row by row, each row let go as
 * soon as it is written, pausing while `catchUp` says the file has fallen behind (the writer
 * compresses and writes only when the event loop runs). The sheet is the same as
 * writeOutputSheets makes of the whole sheet.
 */
export async function streamPlannedSheet(
  { plan, frame }: MeasuredSheet,
  writer: ExcelJS.stream.xlsx.WorkbookWriter,
  catchUp: () => Promise<void>,
): Promise<void> {
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
      worksheet._formulae = {};
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
