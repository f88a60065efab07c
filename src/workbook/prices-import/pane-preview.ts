import { isProblem } from './observation';
import { cellString } from './source-table';
import type { ColumnRole, LayoutHints, TableLayout } from './table-layout';
import { layoutOf } from './table-source';
import { readTextTable } from './text-table';
import type { ImportOptions, ImportProblem } from './types';

/** How many data rows the pane shows under the header. */
const PREVIEW_ROWS = 5;

/** What the pane shows of a file or pasted text before importing it. */
export type SourcePreview =
  | { readonly kind: 'json' }
  | {
      readonly kind: 'ecos';
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
    }
  | {
      readonly kind: 'table';
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
      /** The role the headers give each column (null: not read), for the mapping. */
      readonly roles: readonly (ColumnRole | null)[];
      readonly wide: boolean;
    }
  | { readonly kind: 'unreadable'; readonly problems: readonly ImportProblem[] };

/** The header, the first rows and the column roles the import would use, for the user to check. */
export function previewSource(file: string, text: string, options: ImportOptions): SourcePreview {
  if (/^\s*[[{]/.test(text)) return { kind: 'json' };
  const read = readTextTable(file, text);
  if (!read.table) return { kind: 'unreadable', problems: read.problems };
  const found = layoutOf(read.table, { columns: {}, wide: false }, options);
  if (isProblem(found)) return { kind: 'unreadable', problems: [found] };
  const header = found.header.cells.map((cell) => cellString(cell));
  const rows = read.table.rows
    .filter((row) => row.line > found.header.line)
    .slice(0, PREVIEW_ROWS)
    .map((row) => header.map((_, index) => cellString(row.cells[index])));
  if (found.layout.kind === 'ecos') return { kind: 'ecos', header, rows };
  return {
    kind: 'table',
    header,
    rows,
    roles: rolesOfLayout(found.layout, header.length),
    wide: found.layout.kind === 'wide',
  };
}

function rolesOfLayout(layout: Exclude<TableLayout, { kind: 'ecos' }>, width: number): (ColumnRole | null)[] {
  const roles: (ColumnRole | null)[] = new Array<ColumnRole | null>(width).fill(null);
  const set = (column: number | null, role: ColumnRole) => {
    if (column !== null && column <= width) roles[column - 1] = role;
  };
  if (layout.kind === 'long') {
    set(layout.index, 'index');
    set(layout.currency, 'currency');
    set(layout.unit, 'unit');
    set(layout.price, 'price');
  } else if (layout.kind === 'fx') {
    set(layout.currency, 'currency');
    set(layout.rate, 'rate');
  }
  set(layout.date, 'date');
  return roles;
}

/** The user's mapping as hints: exactly these roles (the headers no longer decide), or a wide table. */
export function hintsOfRoles(roles: readonly (ColumnRole | null)[], wide: boolean): LayoutHints {
  const columns: Partial<Record<ColumnRole, number>> = {};
  roles.forEach((role, index) => {
    if (role !== null && columns[role] === undefined) columns[role] = index + 1;
  });
  return { columns, wide, replaceDetected: true };
}
