import { existsSync, rmSync } from 'fs';
import { join } from 'path';
import { lastJson, runTimed, type ChildRun } from '../lib/child';
import { ROOT } from '../lib/paths';
import { ratio, spread, type Spread } from '../lib/stats';
import { AS_OF } from './shape';
import { CHECKPOINT_ROWS, runsAt, scalingSizes } from './sizes';

export interface ScalingPoint {
  readonly rows: number;
  readonly runs: number;
  /** Cells in the result file (input sheets copied, change table, review sheets): what the floor writes too. */
  readonly outputCells: number;
  readonly sheets: readonly { readonly name: string; readonly rows: number }[];
  readonly cliSummary: string;
  readonly computeSeconds: Spread;
  readonly floorSeconds: Spread;
  /** compute / floor, median over median. */
  readonly vsFloor: Spread;
  readonly computePeakRssMb: Spread;
  readonly floorPeakRssMb: Spread;
}

export interface ScalingResult {
  readonly points: readonly ScalingPoint[];
  readonly checkpointRows: number;
}

const CLI = join(ROOT, 'bin/yeondong.js');
const BUILD = __dirname;
const NODE_FLAGS = ['--max-old-space-size=8192'];

function must(run: ChildRun, what: string): ChildRun {
  if (run.status !== 0) throw new Error(`${what} failed (${run.status}):\n${run.stderr.slice(-3000)}`);
  return run;
}

function remove(path: string): void {
  if (existsSync(path)) rmSync(path);
}

/**
 * `compute` on the shape at each size against the floor measured in the same run:
 * exceljs reading the input plus exceljs's streaming writer writing as many plain cells as the
 * result holds. The two alternate run by run, so that load on the shared machine hits both.
 */
export function measureScaling(work: string, log: (line: string) => void): ScalingResult {
  const points: ScalingPoint[] = [];
  for (const rows of scalingSizes()) {
    const input = join(work, `scaling-${rows}.xlsx`);
    const output = join(work, `scaling-${rows}-result.xlsx`);
    const floorOutput = join(work, `scaling-${rows}-floor.xlsx`);
    must(runTimed(process.execPath, [join(BUILD, 'make-input.js'), input, String(rows)]), 'make-input');
    const runs = runsAt(rows);
    const compute: ChildRun[] = [];
    const floor: ChildRun[] = [];
    let counted: { cells: number; sheets: { name: string; rows: number }[] } | null = null;
    for (let run = 1; run <= runs; run += 1) {
      remove(output);
      compute.push(
        must(
          runTimed(process.execPath, [...NODE_FLAGS, CLI, 'compute', input, '-o', output, '--as-of', AS_OF]),
          `compute ${rows}`,
        ),
      );
      // The first result is counted (not timed): the floor writes as many cells.
      const cells = (counted ??= lastJson<{ cells: number; sheets: { name: string; rows: number }[] }>(
        must(
          runTimed(process.execPath, [...NODE_FLAGS, join(BUILD, 'count-cells.js'), output]),
          'count-cells',
        ),
      )).cells;
      remove(floorOutput);
      floor.push(
        must(
          runTimed(process.execPath, [
            ...NODE_FLAGS,
            join(BUILD, 'floor.js'),
            input,
            floorOutput,
            String(cells),
            '16',
          ]),
          `floor ${rows}`,
        ),
      );
      log(
        `scaling ${rows} rows, run ${run}/${runs}: compute ${compute[run - 1]?.seconds.toFixed(1)} s, floor ${floor[run - 1]?.seconds.toFixed(1)} s`,
      );
    }
    remove(output);
    remove(floorOutput);
    remove(input);
    const computeSeconds = spread(compute.map((r) => r.seconds));
    const floorSeconds = spread(floor.map((r) => r.seconds));
    points.push({
      rows,
      runs,
      outputCells: counted?.cells ?? 0,
      sheets: counted?.sheets ?? [],
      cliSummary: (compute[0]?.stdout ?? '').trim().split('\n')[0] ?? '',
      computeSeconds,
      floorSeconds,
      vsFloor: ratio(computeSeconds, floorSeconds),
      computePeakRssMb: spread(compute.map((r) => r.peakRssMb)),
      floorPeakRssMb: spread(floor.map((r) => r.peakRssMb)),
    });
  }
  return { points, checkpointRows: CHECKPOINT_ROWS };
}
