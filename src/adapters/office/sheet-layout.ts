import { columnLetters } from '../../workbook/grid';
import type { OutputSheet } from '../../workbook/grid';
import { explicitPrintScale } from '../../workbook/output';
import { sheetWidth } from './row-blocks';

/** The scale the sheet is written to print at, null for 100 % without fitting. */
export function printScaleOf(sheet: OutputSheet): number | null {
  return explicitPrintScale(sheet.print, sheet.columnWidths, sheetWidth(sheet));
}

/**
 * Excel measures a column in characters of the default font's digit; Office.js sets it in
 * points. A character is about 7 px plus 5 px of padding, and a pixel is 0.75 pt.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Queues what makes the sheet ready to print and sign: column widths, the frozen header, A4
 * paper in the sheet's orientation, an explicit scale that fits it one page wide, header rows
 * repeated on every page.
 * (Merged cells are queued apart, by size.) Returns the number of operations queued.
 */
export function applyLayout(worksheet: Excel.Worksheet, sheet: OutputSheet): number {
  let operations = 0;
  sheet.columnWidths.forEach((width, index) => {
    const letters = columnLetters(index + 1);
    worksheet.getRange(`${letters}:${letters}`).format.columnWidth = columnWidthPoints(width);
    operations += 1;
  });
  if (sheet.frozenRows > 0) {
    worksheet.freezePanes.freezeRows(sheet.frozenRows);
    operations += 1;
  }
  const layout = worksheet.pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = sheet.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  operations += 2;
  // Never fit-to-page: Excel does not apply zoom.horizontalFitToPages unless the Page Layout
  // tab is active (office-js #1860). An explicit scale, read back after the write, instead.
  const scale = printScaleOf(sheet);
  if (scale !== null) {
    layout.zoom = { scale };
    operations += 1;
  }
  if (sheet.print.repeatRows) {
    const [first, last] = sheet.print.repeatRows;
    layout.setPrintTitleRows(`$${first}:$${last}`);
    operations += 1;
  }
  return operations;
}

/**
 * Page breaks and row heights, one operation each (runs of rows of one height share one): as
 * many as a long 연동표 has rows, so they are sized and sent like the styles, not with the layout.
 */
export function lineOperations(
  sheet: OutputSheet,
): { readonly apply: (worksheet: Excel.Worksheet) => void }[] {
  const breaks = (sheet.print.rowBreaks ?? []).map((row) => ({
    // A break "at" a range starts the new page above it: the row after the break (ExcelApi 1.9).
    apply: (worksheet: Excel.Worksheet) => void worksheet.horizontalPageBreaks.add(`A${row + 1}`),
  }));
  const heights: { first: number; last: number; height: number }[] = [];
  sheet.rowHeights?.forEach((height, index) => {
    if (height === undefined) return;
    const run = heights[heights.length - 1];
    if (run && run.last === index && run.height === height) run.last = index + 1;
    else heights.push({ first: index + 1, last: index + 1, height });
  });
  return [
    ...breaks,
    ...heights.map(({ first, last, height }) => ({
      // Setting cells' row height sets their whole rows'.
      apply: (worksheet: Excel.Worksheet) =>
        void (worksheet.getRange(`A${first}:A${last}`).format.rowHeight = height),
    })),
  ];
}

/**
 * Reads back the print scale of sheets just written, in one request, and returns the names of
 * those whose scale Excel did not keep (or could not report), so that the pane can say so.
 */
export async function scalesNotKept(
  context: Excel.RequestContext,
  written: readonly { readonly worksheet: Excel.Worksheet; readonly sheet: OutputSheet }[],
): Promise<string[]> {
  const checks = written.flatMap(({ worksheet, sheet }) => {
    const scale = printScaleOf(sheet);
    if (scale === null) return [];
    const layout = worksheet.pageLayout;
    layout.load('zoom');
    return [{ name: sheet.name, scale, layout }];
  });
  if (checks.length === 0) return [];
  try {
    await context.sync();
  } catch {
    return checks.map((check) => check.name);
  }
  return checks.filter((check) => check.layout.zoom.scale !== check.scale).map((check) => check.name);
}
