import { columnLetters } from '../../workbook/cells';
import type { OutputSheet } from '../../workbook/grid';

/**
 * Excel measures a column in characters of the default font's digit; Office.js sets it in
 * points. A character is about 7 px plus 5 px of padding, and a pixel is 0.75 pt.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Queues what makes the sheet ready to print and sign: column widths, the frozen header, A4
 * paper in the sheet's orientation, fit to one page wide, header rows repeated on every page.
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
  if (sheet.print.scale !== undefined) {
    layout.zoom = { scale: sheet.print.scale };
    operations += 1;
  } else if (sheet.print.fitToWidth) {
    // One page wide, as many tall as needed (0 = automatic).
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
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
