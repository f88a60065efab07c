import type { InputCell } from '../grid/grid';

/** One non-empty row of an imported table. */
export interface SourceRow {
  /** 1-based line of the text file, or worksheet row. */
  readonly line: number;
  /** Cell i is column i + 1. */
  readonly cells: readonly InputCell[];
}

/** A table read from a CSV/TSV text or from a worksheet, before its columns are given meaning. */
export interface SourceTable {
  readonly file: string;
  /** The worksheet it came from, for an .xlsx file. */
  readonly sheet?: string;
  readonly rows: readonly SourceRow[];
}

/** The text of a cell, trimmed; "" for anything that is not text or a number. */
export function cellString(cell: InputCell | undefined): string {
  const value = cell?.value;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return '';
}
