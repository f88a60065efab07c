import { rangeAddress } from './cells';
import { fittedWidth, shownWidth } from './column-widths';
import type { OutputCell, OutputSheet, PrintSetup } from './grid';

/**
 * Collects cells at 1-based positions and turns them into a dense OutputSheet. (A
 * StreamingSheetBuilder takes the same calls and passes rows on instead of keeping them.)
 */
export class SheetBuilder {
  private readonly cells: OutputCell[][] = [];
  private readonly mergedRanges: string[] = [];
  private readonly mergedCells = new Set<string>();

  /** The last row written so far (0 when empty). */
  get lastRow(): number {
    return this.cells.length;
  }

  set(row: number, column: number, cell: OutputCell): void {
    const rowCells = this.cells[row - 1] ?? [];
    rowCells[column - 1] = cell;
    for (let r = this.cells.length; r < row; r += 1) {
      this.cells[r] = this.cells[r] ?? [];
    }
    this.cells[row - 1] = rowCells;
  }

  /** Writes `cell` at the top-left of the range and merges it. */
  setMerged(row: number, left: number, right: number, cell: OutputCell): void {
    this.set(row, left, cell);
    if (right > left) {
      this.mergedRanges.push(rangeAddress(row, left, row, right));
      for (let column = left; column <= right; column += 1) {
        this.mergedCells.add(`${row}:${column}`);
      }
    }
  }

  isMerged(row: number, column: number): boolean {
    return this.mergedCells.has(`${row}:${column}`);
  }

  cellAt(row: number, column: number): OutputCell | undefined {
    return this.cells[row - 1]?.[column - 1];
  }

  /** Widths of columns 1..columnCount fitted to the unmerged cells from `fromRow` down. */
  fittedWidths(columnCount: number, fromRow: number): number[] {
    const widths: number[] = [];
    for (let column = 1; column <= columnCount; column += 1) {
      let widest = 0;
      for (let row = fromRow; row <= this.lastRow; row += 1) {
        const cell = this.cellAt(row, column);
        if (cell && !this.isMerged(row, column)) {
          widest = Math.max(widest, shownWidth(cell));
        }
      }
      widths.push(fittedWidth(widest));
    }
    return widths;
  }

  build(name: string, columnWidths: readonly number[], frozenRows: number, print: PrintSetup): OutputSheet {
    const rows = Array.from(this.cells, (rowCells) => Array.from(rowCells, (cell) => cell ?? {}));
    return { name, rows, columnWidths, merges: [...this.mergedRanges], frozenRows, print };
  }
}
