import type { SheetGrid } from '../grid/grid';
import { isBlankCell } from '../input/values';
import { parseJsonSource } from './json-source';
import type { SourceTable } from './source-table';
import type { LayoutHints } from './table-layout';
import { parseTableSource } from './table-source';
import { readTextTable } from './text-table';
import type { ImportOptions, ParsedSource } from './types';

/** A decoded text file or pasted text: JSON when it starts with `{` or `[`, else CSV/TSV. */
export function parseTextSource(
  file: string,
  text: string,
  options: ImportOptions,
  hints: LayoutHints,
): ParsedSource {
  if (/^\s*[[{]/.test(text)) return parseJsonSource(file, text, options);
  const read = readTextTable(file, text);
  if (!read.table) return { observations: [], problems: read.problems, missing: 0 };
  return parseTableSource(read.table, options, hints);
}

/** A worksheet of an .xlsx file (its cells as the sheet reader has them: numbers, dates, text). */
export function parseGridSource(
  file: string,
  grid: SheetGrid,
  options: ImportOptions,
  hints: LayoutHints,
): ParsedSource {
  return parseTableSource(sourceTableOfGrid(file, grid), options, hints);
}

/** The non-empty rows of a grid, as worksheet rows and 1-based worksheet columns. */
function sourceTableOfGrid(file: string, grid: SheetGrid): SourceTable {
  const rows = grid.cells.flatMap((cells, index) =>
    cells.every((cell) => isBlankCell(cell))
      ? []
      : [
          {
            line: grid.top + index,
            cells: [...Array.from({ length: grid.left - 1 }, () => ({ value: null })), ...cells],
          },
        ],
  );
  return { file, sheet: grid.name, rows };
}
