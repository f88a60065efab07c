import type ExcelJS from 'exceljs';
import { rangeBounds, type RangeBounds } from '../../workbook/grid';
import { rowsOf, type WritableSheet } from '../../workbook/grid';
import { mergeUnchecked, releaseCommittedMerges } from './merge-cells';
import { addChoiceList, frozenViews, writeOutputCell } from './output-cell-writer';
import { pageSetupOf } from './page-setup';
import type { StreamingWorksheet } from './sheet-model';

/** Rows between two looks at how far the file has fallen behind. */
const ROWS_PER_LOOK = 2_000;

/**
 * Writes an output sheet through a streaming workbook writer, row by row, each row committed as
 * soon as no merge still needs it (a vertical merge holds its rows until its last one), pausing
 * while `catchUp` says the file has fallen behind (the writer compresses and writes only when
 * the event loop runs). A planned sheet's rows are made here, one at a time, and let go once
 * written. The sheet is the same as writeOutputSheets makes of it in memory.
 */
export async function streamOutputSheet(
  sheet: WritableSheet,
  writer: ExcelJS.stream.xlsx.WorkbookWriter,
  catchUp: () => Promise<void>,
): Promise<void> {
  const worksheet = writer.addWorksheet(sheet.name, {
    views: frozenViews(sheet),
    pageSetup: pageSetupOf(sheet.print),
  }) as StreamingWorksheet;
  sheet.columnWidths.forEach((width, index) => {
    if (width > 0) worksheet.getColumn(index + 1).width = width;
  });
  for (const list of sheet.choiceLists ?? []) addChoiceList(worksheet, list);
  const breaks = new Set(sheet.print.rowBreaks ?? []);
  const merges = new MergesByRow(sheet.merges);
  let index = -1;
  for (const cells of rowsOf(sheet)) {
    index += 1;
    const number = index + 1;
    const target = worksheet.getRow(number);
    cells.forEach((output, column) => writeOutputCell(target.getCell(column + 1), output));
    const height = sheet.rowHeights?.[index];
    if (height !== undefined) target.height = height;
    if (breaks.has(number)) target.addPageBreak();
    for (const merge of merges.endingAt(number)) {
      mergeUnchecked(worksheet, merge.top, merge.left, merge.bottom, merge.right);
    }
    if (merges.heldAfter(number)) continue;
    target.commit();
    // exceljs keeps every formula cell for shared formulas, which nothing here uses.
    worksheet._formulae = {};
    if (number % ROWS_PER_LOOK === 0) await catchUp();
  }
  worksheet.commit();
  releaseCommittedMerges(worksheet);
}

/** A sheet's merges by the row they end at, and whether a merge begun still waits for rows below. */
class MergesByRow {
  private readonly byBottom = new Map<number, RangeBounds[]>();
  private readonly byTop: RangeBounds[];
  private nextTop = 0;
  private heldUntil = 0;

  constructor(ranges: readonly string[]) {
    const all = ranges.map(rangeBounds);
    for (const merge of all) {
      const ending = this.byBottom.get(merge.bottom);
      if (ending) ending.push(merge);
      else this.byBottom.set(merge.bottom, [merge]);
    }
    this.byTop = all.sort((a, b) => a.top - b.top);
  }

  endingAt(row: number): readonly RangeBounds[] {
    return this.byBottom.get(row) ?? [];
  }

  /** Rows must be asked for top to bottom. */
  heldAfter(row: number): boolean {
    for (let merge = this.byTop[this.nextTop]; merge !== undefined && merge.top <= row;) {
      this.heldUntil = Math.max(this.heldUntil, merge.bottom);
      this.nextTop += 1;
      merge = this.byTop[this.nextTop];
    }
    return this.heldUntil > row;
  }
}
