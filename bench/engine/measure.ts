import { join } from 'path';
import { lastJson, runTimed } from '../lib/child';
import { RUNS, scaled } from '../lib/scale';
import { ratio, spread, type Spread } from '../lib/stats';
import { CYCLES, MATERIALS } from './engine-input';

export interface EngineResult {
  readonly items: number;
  readonly evaluations: number;
  readonly decimalSeconds: Spread;
  readonly floatSeconds: Spread;
  readonly decimalRate: Spread;
  readonly floatRate: Spread;
  /** Decimal time / float time. */
  readonly slowdown: Spread;
  readonly decimalPeakRssMb: Spread;
  readonly floatPeakRssMb: Spread;
  readonly retainedHeapMb: Spread;
  readonly triggeredMatch: boolean;
}

interface EngineRun {
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly evaluations: number;
  readonly triggered: number;
  readonly retainedHeapMb?: number;
}

const CHILD = join(__dirname, 'child.js');
const NODE_FLAGS = ['--expose-gc', '--max-old-space-size=16384'];

/** Engine vs float floor, each run in its own process, interleaved so load hits both alike. */
export function measureEngine(log: (line: string) => void): EngineResult {
  const items = scaled(100_000, 10);
  const decimal: EngineRun[] = [];
  const float: EngineRun[] = [];
  for (let run = 1; run <= RUNS; run += 1) {
    float.push(
      lastJson<EngineRun>(runTimed(process.execPath, [...NODE_FLAGS, CHILD, 'float', String(items)])),
    );
    decimal.push(
      lastJson<EngineRun>(runTimed(process.execPath, [...NODE_FLAGS, CHILD, 'decimal', String(items)])),
    );
    log(
      `engine run ${run}/${RUNS}: decimal ${decimal[run - 1]?.seconds.toFixed(2)} s, float ${float[run - 1]?.seconds.toFixed(3)} s`,
    );
  }
  const evaluations = items * MATERIALS * CYCLES;
  const decimalSeconds = spread(decimal.map((r) => r.seconds));
  const floatSeconds = spread(float.map((r) => r.seconds));
  const rate = (s: Spread): Spread => ({
    median: evaluations / s.median,
    min: evaluations / s.max,
    max: evaluations / s.min,
  });
  return {
    items,
    evaluations,
    decimalSeconds,
    floatSeconds,
    decimalRate: rate(decimalSeconds),
    floatRate: rate(floatSeconds),
    slowdown: ratio(decimalSeconds, floatSeconds),
    decimalPeakRssMb: spread(decimal.map((r) => r.peakRssMb)),
    floatPeakRssMb: spread(float.map((r) => r.peakRssMb)),
    retainedHeapMb: spread(decimal.map((r) => r.retainedHeapMb ?? NaN)),
    triggeredMatch: decimal.every(
      (r, i) => r.triggered === float[i]?.triggered && r.evaluations === evaluations,
    ),
  };
}

/** One extra, uncounted decimal run under --cpu-prof; returns the profile directory. */
export function profileEngine(dir: string, items: number): string {
  runTimed(process.execPath, [
    ...NODE_FLAGS,
    '--cpu-prof',
    `--cpu-prof-dir=${dir}`,
    CHILD,
    'decimal',
    String(items),
  ]);
  return dir;
}
