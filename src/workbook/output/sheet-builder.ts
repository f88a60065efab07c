import { rangeAddress } from '../grid/cells';
import type { OutputCell, OutputSheet, PrintSetup } from '../grid/grid';
import type { SheetPlan } from '../grid/sheet-plan';

/** A row's cells, column by column (1-based); a column left undefined is an empty cell. */
export type RowCells = (column: number) => OutputCell | undefined;

/** A row whose cells are made only when asked for. */
interface LazyRow {
  readonly columns: number;
  /** Readies what the row's cells share (worked out once per pass) and gives its cells. */
  readonly prepare: () => RowCells;
}

type RowSlot = OutputCell[] | LazyRow;

function isLazy(slot: RowSlot): slot is LazyRow {
  return !Array.isArray(slot);
}

/** A lazy row's cells, as a written row would hold them (holes as empty cells). */
function cellsOf(slot: RowSlot): OutputCell[] {
  if (!isLazy(slot)) return slot;
  const cellAt = slot.prepare();
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
   * Row `row`, columns 1..columns, made when it is written or measured: `prepare` is called once
   * for each pass over the row (or for each cell measured) and gives the row's cells.
   */
  setLazyRow(row: number, columns: number, prepare: () => RowCells): void {
    if (this.slots[row - 1] !== undefined) throw new Error(`row ${row} is already written`);
    this.fillTo(row);
    this.slots[row - 1] = { columns, prepare };
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
    return column <= slot.columns ? slot.prepare()(column) : undefined;
  }

  /** The whole sheet, every lazy row made. */
  build(name: string, columnWidths: readonly number[], frozenRows: number, print: PrintSetup): OutputSheet {
    const rows = this.filledSlots();
    for (let r = 0; r < rows.length; r += 1) rows[r] = cellsOf(rows[r] ?? []);
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
        for (const slot of slots) yield cellsOf(slot);
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
