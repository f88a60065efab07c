import { RUNS } from '../lib/scale';

/**
 * The scaling table's agreement rows: the 1k … 32k doublings and its 20k point, times
 * BENCH_SCALING_SCALE (default 1; BENCH_SCALE, which shrinks the other sections, does not apply:
 * the criteria are stated at these sizes). BENCH_SCALING_SIZES=1000,2000 picks sizes.
 */
const SCALING_SCALE = Number(process.env.BENCH_SCALING_SCALE ?? '1');
const DOUBLINGS = [1_000, 2_000, 4_000, 8_000, 16_000, 32_000];
export const CHECKPOINT_ROWS = 20_000;

export function scalingSizes(): number[] {
  const listed = process.env.BENCH_SCALING_SIZES;
  const sizes = listed
    ? listed.split(',').map((size) => Number(size.trim()))
    : [...DOUBLINGS, CHECKPOINT_ROWS].map((size) => Math.max(2, Math.round((size * SCALING_SCALE) / 2) * 2));
  return [...new Set(sizes)].filter((size) => size > 0).sort((a, b) => a - b);
}

/**
 * Runs per size: BENCH_RUNS up to 4,000 rows, fewer above (one at 16k and more), since one
 * compute of 32k rows takes minutes on this machine and the machine is shared.
 * BENCH_SCALING_RUNS caps them (1: one run per size, for a run that must fit in an hour).
 */
const RUNS_CAP = Number(process.env.BENCH_SCALING_RUNS ?? RUNS);

export function runsAt(rows: number): number {
  return Math.max(1, Math.min(RUNS, RUNS_CAP, Math.round((RUNS * 4_000) / rows)));
}
