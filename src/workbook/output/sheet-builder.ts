import { rangeAddress } from '../grid/cells';
import type { OutputCell, OutputSheet, PrintSetup } from '../grid/grid';
import type { SheetPlan } from '../grid/sheet-plan';

/** A row's cells, column by column (1-based); a column left undefined is an empty cell. */
export type RowCells = (column: number) => OutputCell | undefined;

/**
 * A run of rows made only when asked for: one object for the whole run (a review of a million
 * rows is one), so that a planned sheet holds no object per row.
 */
interface LazyRows {
  readonly firstRow: number;
  readonly columns: number;
  /**
   * The cells of the run's row `offset` (0 for its first): what the row's cells share is worked
   * out once per call, so a pass over the row calls it once, a cell measured alone once too.
   */
  readonly rowAt: (offset: number) => RowCells;
}

type RowSlot = OutputCell[] | LazyRows;

function isLazy(slot: RowSlot): slot is LazyRows {
  return !Array.isArray(slot);
}

/** The cells of row `row` (1-based) held in `slot`, as a written row holds them (holes as empty cells). */
function cellsOf(slot: RowSlot, row: number): OutputCell[] {
  if (!isLazy(slot)) return slot;
  const cellAt = slot.rowAt(row - slot.firstRow);
  const cells: OutputCell[] = [];
  for (let column = 1; column <= slot.columns; column += 1) cells.push(cellAt(column) ?? {});
  return cells;
}

/**
 * Collects cells at 1-based positions and turns them into a dense OutputSheet, or into a
 * SheetPlan whose lazy rows are made only as they are written. Lazy rows are what keeps a
 * sheet of hundreds of thousands of rows out of memory: each is a function of its row's data.
 */
export class SheetBuilder {
  private readonly slots: RowSlot[] = [];
  private readonly mergedRanges: string[] = [];
  /** The columns of each row covered by a merge made with setMerged (most rows have none). */
  private readonly mergedColumns: (Set<number> | undefined)[] = [];

  /** The last row written so far (0 when empty). */
  get lastRow(): number {
    return this.slots.length;
  }

  set(row: number, column: number, cell: OutputCell): void {
    const slot = this.slots[row - 1] ?? [];
    if (isLazy(slot)) throw new Error(`row ${row} is made lazily; its cells cannot be set one by one`);
    slot[column - 1] = cell;
    this.fillTo(row);
    this.slots[row - 1] = slot;
  }

  /**
   * Rows firstRow … firstRow + count − 1, columns 1..columns, made when they are written or
   * measured: `rowAt(offset)` gives the cells of row firstRow + offset.
   */
  setLazyRows(firstRow: number, count: number, columns: number, rowAt: (offset: number) => RowCells): void {
    if (count <= 0) return;
    for (let row = firstRow; row < firstRow + count; row += 1) {
      if (this.slots[row - 1] !== undefined) throw new Error(`row ${row} is already written`);
    }
    this.fillTo(firstRow);
    const run: LazyRows = { firstRow, columns, rowAt };
    for (let row = firstRow; row < firstRow + count; row += 1) this.slots[row - 1] = run;
  }

  /** Writes `cell` at the top-left of the range and merges it. */
  setMerged(row: number, left: number, right: number, cell: OutputCell): void {
    this.set(row, left, cell);
    if (right > left) {
      this.mergedRanges.push(rangeAddress(row, left, row, right));
      const columns = (this.mergedColumns[row] ??= new Set());
      for (let column = left; column <= right; column += 1) columns.add(column);
    }
  }

  /** Merges a range whose cells are already written (a vertical merge, for instance). */
  addMerge(range: string): void {
    this.mergedRanges.push(range);
  }

  isMerged(row: number, column: number): boolean {
    return this.mergedColumns[row]?.has(column) === true;
  }

  /** The cell at a position; a lazy row makes that one cell. */
  cellAt(row: number, column: number): OutputCell | undefined {
    const slot = this.slots[row - 1];
    if (slot === undefined) return undefined;
    if (!isLazy(slot)) return slot[column - 1];
    return column <= slot.columns ? slot.rowAt(row - slot.firstRow)(column) : undefined;
  }

  /** The whole sheet, every lazy row made. */
  build(name: string, columnWidths: readonly number[], frozenRows: number, print: PrintSetup): OutputSheet {
    const rows = this.filledSlots();
    for (let r = 0; r < rows.length; r += 1) rows[r] = cellsOf(rows[r] ?? [], r + 1);
    return {
      name,
      rows: rows as OutputCell[][],
      columnWidths,
      merges: [...this.mergedRanges],
      frozenRows,
      print,
    };
  }

  /** The sheet with its lazy rows made only as they are asked for, afresh on each pass. */
  plan(name: string, columnWidths: readonly number[], frozenRows: number, print: PrintSetup): SheetPlan {
    const slots = this.filledSlots();
    return {
      name,
      rowCount: slots.length,
      rows: function* () {
        for (let r = 0; r < slots.length; r += 1) yield cellsOf(slots[r] ?? [], r + 1);
      },
      columnWidths,
      merges: [...this.mergedRanges],
      frozenRows,
      print,
    };
  }

  /** The slots with every hole filled in place (rows and cells), rather than copied: a long sheet is not held twice. */
  private filledSlots(): RowSlot[] {
    const slots = this.slots;
    for (let r = 0; r < slots.length; r += 1) {
      const slot = slots[r] ?? [];
      if (!isLazy(slot)) for (let c = 0; c < slot.length; c += 1) slot[c] ??= {};
      slots[r] = slot;
    }
    return slots;
  }

  private fillTo(row: number): void {
    for (let r = this.slots.length; r < row - 1; r += 1) this.slots[r] ??= [];
  }
}
