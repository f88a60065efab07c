/**
 * Lines up the rows of a sheet with the rows the tool writes, keeping both orders, so that one
 * inserted or deleted row is one difference rather than a shift of everything below it.
 */

/** A row as its cells' tokens: "" for an empty cell; rows are equal when their tokens are. */
export type RowTokens = readonly string[];

/** One step of an alignment: a pair of rows, or a row only one side has. Indexes into the inputs. */
export interface AlignedRow {
  readonly actual: number | null;
  readonly expected: number | null;
}

/** Weight of two equal rows; above any count of equal cells, so that equal rows pair first. */
const EQUAL_ROWS = 100_000;
/** Largest gap (rows × rows) aligned cell by cell; larger ones pair in order. */
const MAX_GAP_CELLS = 250_000;
/** Recursion on unique rows stops here; what is left pairs cell by cell or in order. */
const MAX_DEPTH = 32;

/**
 * Aligns `actual` with `expected`: equal rows first (common start and end, then rows that occur
 * once on each side, patience-diff style), then, between those, rows that share most cells (a row
 * with one changed cell is still that row; rows with no cell filled on both sides never pair). What pairs with nothing is an extra or a missing row.
 * The result walks both sides in order.
 */
export function alignRows(actual: readonly RowTokens[], expected: readonly RowTokens[]): AlignedRow[] {
  const actualKeys = actual.map(rowKey);
  const expectedKeys = expected.map(rowKey);
  const out: AlignedRow[] = [];

  const alignRange = (aLo: number, aHi: number, eLo: number, eHi: number, depth: number): void => {
    let a = aLo;
    let e = eLo;
    while (a < aHi && e < eHi && actualKeys[a] === expectedKeys[e]) {
      out.push({ actual: a, expected: e });
      a += 1;
      e += 1;
    }
    let aEnd = aHi;
    let eEnd = eHi;
    while (aEnd > a && eEnd > e && actualKeys[aEnd - 1] === expectedKeys[eEnd - 1]) {
      aEnd -= 1;
      eEnd -= 1;
    }
    const anchors = depth < MAX_DEPTH ? uniqueAnchors(actualKeys, expectedKeys, a, aEnd, e, eEnd) : [];
    if (anchors.length === 0) {
      out.push(...pairGap(actual, expected, actualKeys, expectedKeys, { a, aEnd, e, eEnd }));
    } else {
      for (const [anchorA, anchorE] of anchors) {
        alignRange(a, anchorA, e, anchorE, depth + 1);
        out.push({ actual: anchorA, expected: anchorE });
        a = anchorA + 1;
        e = anchorE + 1;
      }
      alignRange(a, aEnd, e, eEnd, depth + 1);
    }
    for (let k = 0; k < aHi - aEnd; k += 1) {
      out.push({ actual: aEnd + k, expected: eEnd + k });
    }
  };

  alignRange(0, actual.length, 0, expected.length, 0);
  return out;
}

function rowKey(tokens: RowTokens): string {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1] === '') end -= 1;
  return JSON.stringify(tokens.slice(0, end));
}

/** Rows that occur exactly once in each range, as pairs increasing on both sides (the longest such chain). */
function uniqueAnchors(
  actualKeys: readonly string[],
  expectedKeys: readonly string[],
  aLo: number,
  aHi: number,
  eLo: number,
  eHi: number,
): [number, number][] {
  const counts = new Map<string, { a: number; e: number; at: number }>();
  for (let a = aLo; a < aHi; a += 1) {
    const key = actualKeys[a] ?? '';
    const entry = counts.get(key) ?? { a: 0, e: 0, at: a };
    counts.set(key, { ...entry, a: entry.a + 1, at: a });
  }
  const candidates: [number, number][] = [];
  const seenInExpected = new Map<string, number>();
  for (let e = eLo; e < eHi; e += 1) {
    const key = expectedKeys[e] ?? '';
    seenInExpected.set(key, (seenInExpected.get(key) ?? 0) + 1);
  }
  for (let e = eLo; e < eHi; e += 1) {
    const key = expectedKeys[e] ?? '';
    const entry = counts.get(key);
    if (entry && entry.a === 1 && seenInExpected.get(key) === 1) candidates.push([entry.at, e]);
  }
  return longestIncreasing(candidates, ([a]) => a);
}

/** The longest subsequence of `items` (in their order) whose `position` increases. */
export function longestIncreasing<T>(items: readonly T[], position: (item: T) => number): T[] {
  const tails: number[] = [];
  const previous: number[] = [];
  items.forEach((item, index) => {
    const at = position(item);
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const tail = items[tails[middle] ?? 0];
      if (tail !== undefined && position(tail) < at) low = middle + 1;
      else high = middle;
    }
    previous[index] = low > 0 ? (tails[low - 1] ?? -1) : -1;
    tails[low] = index;
  });
  const chain: T[] = [];
  for (let index = tails[tails.length - 1] ?? -1; index >= 0; index = previous[index] ?? -1) {
    const item = items[index];
    if (item !== undefined) chain.push(item);
  }
  return chain.reverse();
}

interface Gap {
  readonly a: number;
  readonly aEnd: number;
  readonly e: number;
  readonly eEnd: number;
}

/**
 * Pairs the rows of a gap so that the pairs share as many cells as possible (equal rows count
 * most); rows that share no cell stay unpaired. A gap too large for that pairs rows in order.
 */
function pairGap(
  actual: readonly RowTokens[],
  expected: readonly RowTokens[],
  actualKeys: readonly string[],
  expectedKeys: readonly string[],
  gap: Gap,
): AlignedRow[] {
  const n = gap.aEnd - gap.a;
  const m = gap.eEnd - gap.e;
  if (n === 0 || m === 0 || n * m > MAX_GAP_CELLS) {
    const steps: AlignedRow[] = [];
    for (let k = 0; k < Math.max(n, m); k += 1) {
      steps.push({ actual: k < n ? gap.a + k : null, expected: k < m ? gap.e + k : null });
    }
    return steps;
  }
  const weight = (i: number, j: number): number =>
    actualKeys[gap.a + i] === expectedKeys[gap.e + j]
      ? EQUAL_ROWS
      : sharedCells(actual[gap.a + i] ?? [], expected[gap.e + j] ?? []);
  // best[i][j]: the best total over actual rows i… and expected rows j…, filled from the end.
  const columns = m + 1;
  const best = new Float64Array((n + 1) * columns);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      const w = weight(i, j);
      const paired = w > 0 ? w + (best[(i + 1) * columns + j + 1] ?? 0) : 0;
      best[i * columns + j] = Math.max(
        paired,
        best[(i + 1) * columns + j] ?? 0,
        best[i * columns + j + 1] ?? 0,
      );
    }
  }
  const steps: AlignedRow[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const here = best[i * columns + j] ?? 0;
    const w = weight(i, j);
    if (w > 0 && here === w + (best[(i + 1) * columns + j + 1] ?? 0)) {
      steps.push({ actual: gap.a + i, expected: gap.e + j });
      i += 1;
      j += 1;
    } else if (here === (best[(i + 1) * columns + j] ?? 0)) {
      steps.push({ actual: gap.a + i, expected: null });
      i += 1;
    } else {
      steps.push({ actual: null, expected: gap.e + j });
      j += 1;
    }
  }
  for (; i < n; i += 1) steps.push({ actual: gap.a + i, expected: null });
  for (; j < m; j += 1) steps.push({ actual: null, expected: gap.e + j });
  return steps;
}

/** Two points for each equal cell, one for each cell filled on both sides: a changed row keeps its place. */
function sharedCells(a: RowTokens, b: RowTokens): number {
  let shared = 0;
  for (let k = 0; k < Math.min(a.length, b.length); k += 1) {
    if (a[k] !== '' && b[k] !== '') shared += a[k] === b[k] ? 2 : 1;
  }
  return shared;
}
