import type { OutputCell } from '../grid/grid';

/**
 * One cell object for every cell of the same content: a review of a million rows repeats its
 * agreement, item, material, index, dates and labels on every row, and one object each keeps
 * such a sheet to a fraction of the memory. Cells are never changed once made, so sharing is safe.
 */
export class SharedCells {
  private readonly cells = new Map<string, OutputCell>();

  /** The cell `make` gives, made once per `key`. */
  get(key: string, make: () => OutputCell): OutputCell {
    let cell = this.cells.get(key);
    if (cell === undefined) {
      cell = make();
      this.cells.set(key, cell);
    }
    return cell;
  }
}
