import { rangeAddress } from '../../workbook/grid';
import type { OutputSheet, OutputStyle } from '../../workbook/grid';

/** A rectangle of cells sharing one style, so a style is set once per block, not per cell. */
export interface StyleRegion {
  readonly style: OutputStyle;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly address: string;
}

interface Run {
  readonly style: OutputStyle;
  readonly left: number;
  readonly right: number;
}

/**
 * Groups a sheet's styled cells into rectangles: runs of one style along a row, stacked while
 * the rows below repeat the same run. A table body of any length is one rectangle.
 */
export function styleRegions(sheet: OutputSheet): StyleRegion[] {
  const done: StyleRegion[] = [];
  let open = new Map<string, { run: Run; top: number }>();
  sheet.rows.forEach((row, index) => {
    const rowNumber = index + 1;
    const next = new Map<string, { run: Run; top: number }>();
    for (const run of runsOf(row.map((cell) => cell.style))) {
      const key = `${run.style}:${run.left}:${run.right}`;
      next.set(key, { run, top: open.get(key)?.top ?? rowNumber });
    }
    for (const [key, region] of open) {
      if (!next.has(key)) done.push(regionOf(region.run, region.top, rowNumber - 1));
    }
    open = next;
  });
  for (const region of open.values()) done.push(regionOf(region.run, region.top, sheet.rows.length));
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

function runsOf(styles: readonly (OutputStyle | undefined)[]): Run[] {
  const runs: Run[] = [];
  styles.forEach((style, index) => {
    if (style === undefined) return;
    const column = index + 1;
    const last = runs[runs.length - 1];
    if (last && last.style === style && last.right === column - 1) {
      runs[runs.length - 1] = { ...last, right: column };
    } else {
      runs.push({ style, left: column, right: column });
    }
  });
  return runs;
}

function regionOf(run: Run, top: number, bottom: number): StyleRegion {
  return {
    style: run.style,
    top,
    left: run.left,
    bottom,
    right: run.right,
    address: rangeAddress(top, run.left, bottom, run.right),
  };
}
