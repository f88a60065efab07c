import { join } from 'path';
import { lastJson, runTimed } from '../lib/child';
import { RUNS } from '../lib/scale';

/** The office sizes keep the 1k/10k/100k unless BENCH_OFFICE_SCALE says otherwise (the 4 MB check needs 100k). */
export const OFFICE_SCALE = Number(process.env.BENCH_OFFICE_SCALE ?? '1');
import { ratio, spread, type Spread } from '../lib/stats';

export interface OfficePoint {
  readonly targetRows: number;
  readonly changeTableRows: number;
  readonly outputRows: number;
  readonly seconds: Spread;
  readonly baselineSeconds: Spread;
  /** writeSheets time / JSON.stringify of the same rows. */
  readonly slowdown: Spread;
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly totalRequestBytes: number;
  readonly peakRssMb: Spread;
}

interface OfficeRun {
  readonly changeTableRows: number;
  readonly outputRows: number;
  readonly seconds: number;
  readonly baselineSeconds: number;
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly totalRequestBytes: number;
  readonly peakRssMb: number;
}

const CHILD = join(__dirname, 'child.js');
/** The template's 3 sample rows give about 2 change-table rows per agreement row. */
const CHANGE_ROWS_PER_AGREEMENT_ROW = 2.03;

/** writeSheets into the fake Excel for 1,000 / 10,000 / 100,000 change-table rows (× BENCH_OFFICE_SCALE). */
export function measureOffice(log: (line: string) => void): OfficePoint[] {
  return [1_000, 10_000, 100_000].map((full) => {
    const targetRows = Math.max(50, Math.round(full * OFFICE_SCALE));
    const agreementRows = Math.max(3, Math.round(targetRows / CHANGE_ROWS_PER_AGREEMENT_ROW));
    const runs: OfficeRun[] = [];
    for (let run = 1; run <= RUNS; run += 1) {
      runs.push(
        lastJson<OfficeRun>(
          runTimed(process.execPath, ['--max-old-space-size=8192', CHILD, String(agreementRows)]),
        ),
      );
    }
    const first = runs[0] as OfficeRun;
    const seconds = spread(runs.map((r) => r.seconds));
    const baselineSeconds = spread(runs.map((r) => r.baselineSeconds));
    log(
      `office ${first.changeTableRows} rows: ${seconds.median.toFixed(2)} s, ${first.syncs} syncs, max request ${first.maxRequestBytes} B`,
    );
    return {
      targetRows,
      changeTableRows: first.changeTableRows,
      outputRows: first.outputRows,
      seconds,
      baselineSeconds,
      slowdown: ratio(seconds, baselineSeconds),
      syncs: first.syncs,
      maxRequestBytes: Math.max(...runs.map((r) => r.maxRequestBytes)),
      totalRequestBytes: first.totalRequestBytes,
      peakRssMb: spread(runs.map((r) => r.peakRssMb)),
    };
  });
}
