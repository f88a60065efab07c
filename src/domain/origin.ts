import type { RowOrigin } from './types';

/** The A1 address of a field of a parsed row, or the row's first cell when the column is absent. */
export function cellOf(origin: RowOrigin, field: string): string {
  return origin.cells[field] ?? `A${origin.row}`;
}
