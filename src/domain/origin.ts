import type { RowOrigin } from './types';
import type { Place } from './issues';

/** The A1 address of a field of a parsed row, or the row's first cell when the column is absent. */
function cellOf(origin: RowOrigin, field: string): string {
  return origin.cells[field] ?? `A${origin.row}`;
}

/** The sheet and cell of a field of a parsed row, where an issue about it points. */
export function placeOf(origin: RowOrigin, field: string): Place {
  return { sheet: origin.sheet, cell: cellOf(origin, field) };
}
