import type { SourceSpot } from './types';

/**
 * Where the n-th occurrence of a key stands in a JSON text, so that a bad row of a JSON file is
 * named by line and column like a CSV one. The documented shapes give each row every key once,
 * so the n-th `"TIME":` belongs to the n-th row; where the counts disagree, only the JSON path
 * is given.
 */
export class JsonSpots {
  private readonly lineStarts: number[] = [0];
  private readonly cache = new Map<string, number[]>();

  constructor(
    private readonly file: string,
    private readonly text: string,
    private readonly rowCount: number,
  ) {
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
      this.lineStarts.push(index + 1);
    }
  }

  /** The spot of `key` in row `row` (0-based) of the array at `arrayPath`. */
  spot(arrayPath: string, row: number, key: string): SourceSpot {
    const path = `${arrayPath}[${row}].${key}`;
    const offset = this.offsets(key)[row];
    if (offset === undefined) return { file: this.file, line: null, column: null, path };
    return { ...this.position(offset), file: this.file, path };
  }

  /** The spot of a character offset (from a JSON.parse message). */
  position(offset: number): { file: string; line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((this.lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { file: this.file, line: low + 1, column: offset - (this.lineStarts[low] ?? 0) + 1 };
  }

  private offsets(key: string): number[] {
    const known = this.cache.get(key);
    if (known) return known;
    const pattern = new RegExp(`"${key}"\\s*:`, 'g');
    const found = [...this.text.matchAll(pattern)].map((match) => match.index ?? 0);
    const offsets = found.length === this.rowCount ? found : [];
    this.cache.set(key, offsets);
    return offsets;
  }
}
