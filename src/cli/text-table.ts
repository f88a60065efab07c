/** Plain-text tables for the terminal, where a Hangul syllable takes two columns. */

const WIDE_CHARACTER =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE_CHARACTER.test(char) ? 2 : 1;
  return width;
}

export type Align = 'left' | 'right';

/** Rows of cells → lines, each column as wide as its widest cell, two spaces apart. */
export function textTable(rows: readonly (readonly string[])[], align: readonly Align[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, displayWidth(cell));
    });
  }
  return rows.map((row) =>
    row
      .map((cell, column) => {
        const padding = ' '.repeat((widths[column] ?? 0) - displayWidth(cell));
        return align[column] === 'right' ? `${padding}${cell}` : `${cell}${padding}`;
      })
      .join('  ')
      .trimEnd(),
  );
}
