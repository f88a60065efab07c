import type { InputCell } from '../grid/grid';
import { cellString } from './source-table';

/** What statistics publishers write for "no value": ECOS "-", dashes, "..", "n/a", blank. */
const MISSING = new Set(['', '-', '–', '—', '..', '...', 'n/a', 'na', '#n/a', 'nan', 'null']);

export function isMissingValue(cell: InputCell | undefined): boolean {
  if (cell === undefined || cell.value === null) return true;
  if (typeof cell.value !== 'string' && typeof cell.value !== 'number') return false;
  return MISSING.has(cellString(cell).toLowerCase());
}
