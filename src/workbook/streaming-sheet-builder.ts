import { rangeAddress } from './cells';
import { fittedWidth, shownWidth } from './column-widths';
import type { OutputCell, OutputSheet, PrintSetup } from './grid';
import { SheetBuilder } from './sheet-builder';

/** One finished row: its cells by column (1-based index - 1; holes are empty cells) and its merges. */
export interface StreamedRow {
  readonly number: number;
  readonly cells: readonly (OutputCell | undefined)[];
  /** Column ranges merged in this row (every merge of the output sheets lies within one row). */
  readonly merges: readonly (readonly [left: number, right: number])[];
}

/**
 * Rows nearer the top than this keep their own widths, so that widths can be fitted from any
 * of them down (the header row of every output sheet is well above it); rows below are pooled.
 */
const ROWS_MEASURED_ALONE = 64;

/**
 * A SheetBuilder that holds only the row being written. Without a sink it measures: the widths
 * of each finished row's cells are kept, so that `fittedWidths` gives what SheetBuilder's would
 * for the whole sheet. With a sink, each finished row goes to it instead (widths are then left
 * to the measuring pass). Rows must be written top to bottom; `build` returns the sheet's frame
 * (name, widths, merges, panes, print) with no rows.
 */
export class StreamingSheetBuilder extends SheetBuilder {
  /** The row being written (0: none), and the last row passed on. */
  private current = 0;
  private finished = 0;
  private rowCells: (OutputCell | undefined)[] = [];
  private rowMerges: [number, number][] = [];
  private rowMergedColumns = new Set<number>();
  private readonly allMerges: string[] = [];
  /** Widest shown width by column, per early row, then pooled over the later rows. */
  private readonly earlyWidths: number[][] = [];
  private readonly laterWidths: number[] = [];

  /**
   * With a sink, rows go to it and widths are not measured (a first pass did that); without one,
   * the sheet is only measured.
   */
  constructor(private readonly sink: ((row: StreamedRow) => void) | null = null) {
    super();
  }

  override get lastRow(): number {
    return Math.max(this.current, this.finished);
  }

  override set(row: number, column: number, cell: OutputCell): void {
    this.moveTo(row);
    this.rowCells[column - 1] = cell;
  }

  override setMerged(row: number, left: number, right: number, cell: OutputCell): void {
    this.set(row, left, cell);
    if (right > left) {
      this.allMerges.push(rangeAddress(row, left, row, right));
      this.rowMerges.push([left, right]);
      for (let column = left; column <= right; column += 1) this.rowMergedColumns.add(column);
    }
  }

  override isMerged(row: number, column: number): boolean {
    return row === this.current && this.rowMergedColumns.has(column);
  }

  override cellAt(row: number, column: number): OutputCell | undefined {
    return row === this.current ? this.rowCells[column - 1] : undefined;
  }

  override fittedWidths(columnCount: number, fromRow: number): number[] {
    this.finishRow();
    if (fromRow > ROWS_MEASURED_ALONE) {
      throw new RangeError(`widths can be fitted from row ${ROWS_MEASURED_ALONE} or above, not ${fromRow}`);
    }
    const widths: number[] = [];
    for (let column = 1; column <= columnCount; column += 1) {
      let widest = this.laterWidths[column - 1] ?? 0;
      for (let row = fromRow; row <= ROWS_MEASURED_ALONE; row += 1) {
        widest = Math.max(widest, this.earlyWidths[row - 1]?.[column - 1] ?? 0);
      }
      widths.push(fittedWidth(widest));
    }
    return widths;
  }

  override build(
    name: string,
    columnWidths: readonly number[],
    frozenRows: number,
    print: PrintSetup,
  ): OutputSheet {
    this.finishRow();
    return { name, rows: [], columnWidths, merges: [...this.allMerges], frozenRows, print };
  }

  private measureRow(): void {
    const widths = this.current <= ROWS_MEASURED_ALONE ? [] : this.laterWidths;
    const cells = this.rowCells;
    for (let index = 0; index < cells.length; index += 1) {
      const cell = cells[index];
      if (cell && !this.rowMergedColumns.has(index + 1)) {
        const width = shownWidth(cell);
        if (!(width <= (widths[index] ?? 0))) widths[index] = width;
      }
    }
    if (this.current <= ROWS_MEASURED_ALONE) this.earlyWidths[this.current - 1] = widths;
  }

  private moveTo(row: number): void {
    if (row === this.current) return;
    if (row <= this.lastRow) {
      throw new Error(`rows are streamed top to bottom: row ${row} comes after row ${this.lastRow}`);
    }
    this.finishRow();
    this.current = row;
  }

  private finishRow(): void {
    if (this.current === 0) return;
    if (this.sink === null) this.measureRow();
    else this.sink({ number: this.current, cells: this.rowCells, merges: this.rowMerges });
    this.finished = this.current;
    this.current = 0;
    this.rowCells = [];
    this.rowMerges = [];
    this.rowMergedColumns = new Set();
  }
}
