import type { OutputCell } from '../../workbook/grid';

/**
 * What one OutputCell becomes in the three parallel 2-D arrays that Office.js writes. `null`
 * leaves the cell as it is (Office.js skips null entries), so each array only carries its part.
 */
export interface CellLiteral {
  readonly numberFormat: string | null;
  readonly value: string | number | boolean | null;
  /** With its leading "=". */
  readonly formula: string | null;
}

/**
 * Excel parses what `range.values` receives as if it were typed: "=…", "+…", "-…" and "@…"
 * become formulas, "1,234", "10%", "2024-03" and "TRUE" become numbers, dates and booleans.
 * A leading apostrophe makes Excel keep the rest as text (and hides the apostrophe), so text
 * that could be read as anything else is written with one — except in a cell formatted as
 * Text (`@`), which takes its entry literally (see cellLiteral).
 */
export function textLiteral(text: string): string {
  return needsQuotePrefix(text) ? `'${text}` : text;
}

function needsQuotePrefix(text: string): boolean {
  return (
    /^[=+\-@'\t\r\n]/.test(text) ||
    /\d/.test(text) ||
    /^\s*(true|false)\s*$/i.test(text) ||
    /^\s*#/.test(text)
  );
}

/** Excel's Text number format. */
const TEXT_FORMAT = '@';

/** The literal of one cell of an output sheet. */
export function cellLiteral(cell: OutputCell | undefined): CellLiteral {
  const numberFormat = cell?.numberFormat ?? null;
  if (cell?.formula !== undefined) {
    const formula = cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
    return { numberFormat, value: null, formula };
  }
  const value = cell?.value ?? null;
  if (typeof value !== 'string') return { numberFormat, value, formula: null };
  // A text-formatted cell (set before the value) keeps what it receives as it is: an apostrophe
  // there would stay visible. Every other cell gets the hidden apostrophe when it needs one.
  return { numberFormat, value: numberFormat === TEXT_FORMAT ? value : textLiteral(value), formula: null };
}
