/** Excel holds at most this many characters in one cell; a longer text makes it repair the file. */
export const EXCEL_MAX_CELL_TEXT = 32_767;

/** Room kept for " 외 12345건" after a cut list. */
const MORE_ROOM = 16;

/**
 * Values joined with ", " as far as they fit in one cell; those left out are counted, "A, B 외
 * 3건". Input text fields are at most 255 characters, but a list of every agreement number of
 * thousands of agreements is not.
 */
export function joinWithinCell(values: readonly string[], limit = EXCEL_MAX_CELL_TEXT): string {
  let joined = '';
  for (const [index, value] of values.entries()) {
    const next = index === 0 ? value : `${joined}, ${value}`;
    const rest = values.length - index - 1;
    if (next.length > (rest === 0 ? limit : limit - MORE_ROOM)) {
      return `${joined} 외 ${values.length - index}건`;
    }
    joined = next;
  }
  return joined;
}

/** Text cut to what one cell holds, ending in "…" when cut. */
export function fitCellText(text: string, limit = EXCEL_MAX_CELL_TEXT): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** The distinct values in first-seen order, joined within one cell (title blocks list parties). */
export function distinctWithinCell(values: readonly string[]): string {
  return joinWithinCell([...new Set(values)]);
}
