import { rangeAddress } from '../grid/cells';
import type { OutputCell, OutputSheet, PrintSetup } from '../grid/grid';

/** Collects cells at 1-based positions and turns them into a dense OutputSheet. */
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

  /** Merges a range whose cells are already written (a vertical merge, for instance). */
  addMerge(range: string): void {
    this.mergedRanges.push(range);
  }

  isMerged(row: number, column: number): boolean {
    return this.mergedCells.has(`${row}:${column}`);
  }

  cellAt(row: number, column: number): OutputCell | undefined {
    return this.cells[row - 1]?.[column - 1];
  }

  build(name: string, columnWidths: readonly number[], frozenRows: number, print: PrintSetup): OutputSheet {
    // Holes filled in place rather than copied: a long sheet is not held twice.
    const rows = this.cells;
    for (let r = 0; r < rows.length; r += 1) {
      const rowCells = rows[r] ?? [];
      for (let c = 0; c < rowCells.length; c += 1) rowCells[c] ??= {};
      rows[r] = rowCells;
    }
    return { name, rows, columnWidths, merges: [...this.mergedRanges], frozenRows, print };
  }
}
