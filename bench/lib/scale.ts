/** Bench sizes: the full sizes times BENCH_SCALE (default 0.2), runs per figure BENCH_RUNS (≥ 5). */
/** Default 0.2: the full sizes take well over 10 minutes here (LibreOffice alone ~15 min a run). */
export const SCALE = Number(process.env.BENCH_SCALE ?? '0.2');
export const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? '5'));

export function scaled(full: number, minimum = 1): number {
  return Math.max(minimum, Math.round(full * SCALE));
}
