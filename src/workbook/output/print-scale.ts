/**
 * An explicit print scale from the column widths: Excel and LibreOffice ignore manual page
 * breaks under "fit to page", and Excel on the web does not always apply it (office-js #1860),
 * so a sheet that must start each agreement on a new page states its scale instead.
 */

/** A4 in points, less the 0.4-inch side margins the adapters set. */
const PRINTABLE_POINTS = { portrait: 595 - 2 * 28.8, landscape: 842 - 2 * 28.8 } as const;

/**
 * A column of `characters` on paper, in points, as the widest renderer draws it: Excel takes
 * 7 px a character (5.25 pt), but LibreOffice without Calibri's metrics (Debian's default fonts)
 * takes about 8 pt; sized for the wider, a column is never cut off in either.
 */
function columnPoints(characters: number): number {
  return characters * 8.25 + 4;
}

/** The largest whole percent (at most 100) at which the columns fit one page wide. */
export function printScale(columnWidths: readonly number[], orientation: 'portrait' | 'landscape'): number {
  const width = columnWidths.reduce((sum, characters) => sum + columnPoints(characters), 0);
  if (width <= 0) return 100;
  return Math.max(10, Math.min(100, Math.floor((PRINTABLE_POINTS[orientation] / width) * 100)));
}

/** Excel's default column width, in characters, for columns a sheet does not size. */
const DEFAULT_COLUMN_CHARACTERS = 8.43;

/**
 * The scale a sheet prints at where fit-to-page cannot be relied on (the Office add-in): its
 * own explicit scale, or, for a sheet that fits to one page wide, the scale at which its
 * `columnCount` columns fit; null when the sheet asks for neither (100 %).
 */
export function explicitPrintScale(
  print: {
    readonly scale?: number;
    readonly fitToWidth: boolean;
    readonly orientation: 'portrait' | 'landscape';
  },
  columnWidths: readonly number[],
  columnCount: number,
): number | null {
  if (print.scale !== undefined) return print.scale;
  if (!print.fitToWidth) return null;
  const widths = Array.from(
    { length: Math.max(1, columnCount) },
    (_, index) => columnWidths[index] ?? DEFAULT_COLUMN_CHARACTERS,
  );
  return printScale(widths, print.orientation);
}
