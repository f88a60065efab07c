import { existsSync, mkdirSync, rmSync } from 'fs';
import { basename, join } from 'path';
import { lastJson, runTimed, type ChildRun } from '../lib/child';
import { ROOT } from '../lib/paths';
import { RUNS } from '../lib/scale';
import { ratio, spread, type Spread } from '../lib/stats';
import { checkRecalc } from './check-recalc';
import { AS_OF, pipelineSizes } from './sizes';
import { convert, recalcProfile } from './soffice';

export interface PipelineResult {
  readonly agreementRows: number;
  readonly priceRows: number;
  readonly cliSeconds: Spread;
  readonly readSeconds: Spread;
  readonly roundTripSeconds: Spread;
  readonly sofficeSeconds: Spread;
  readonly sofficeTimedOut: number;
  readonly cliVsRead: Spread;
  readonly cliVsRoundTrip: Spread;
  readonly sofficeVsCli: Spread;
  readonly cliPeakRssMb: Spread;
  readonly readPeakRssMb: Spread;
  readonly roundTripPeakRssMb: Spread;
  readonly sofficePeakRssMb: Spread;
  readonly recalcCheck: { checked: number; mismatches: string[] };
  readonly cliSummary: string;
}

const CLI = join(ROOT, 'bin/yeondong.js');
const BUILD = __dirname;

function must(run: ChildRun, what: string): ChildRun {
  if (run.status !== 0 && !run.timedOut)
    throw new Error(`${what} failed (${run.status}):\n${run.stderr.slice(-3000)}`);
  return run;
}

export function makeFiles(work: string): { input: string; formulas: string } {
  const input = join(work, 'pipeline-input.xlsx');
  const formulas = join(work, 'pipeline-formulas.xlsx');
  must(runTimed(process.execPath, [join(BUILD, 'make-input.js'), input]), 'make-input');
  must(runTimed(process.execPath, [join(BUILD, 'formula-workbook.js'), formulas]), 'formula-workbook');
  return { input, formulas };
}

export function cliArgs(input: string, output: string): string[] {
  return [CLI, 'compute', input, '-o', output, '--as-of', AS_OF];
}

/** CLI vs exceljs read vs LibreOffice recalculation, interleaved, RUNS each. */
export async function measurePipeline(work: string, log: (line: string) => void): Promise<PipelineResult> {
  const { agreementRows, priceRows } = pipelineSizes();
  const { input, formulas } = makeFiles(work);
  const output = join(work, 'pipeline-output.xlsx');
  const loOut = join(work, 'lo-out');
  mkdirSync(loOut, { recursive: true });
  const profile = recalcProfile(join(work, 'lo-profile'));
  convert(join(work, 'pipeline-formulas.xlsx'), loOut, profile, 0); // first start builds the profile: not counted
  const timeoutMs = Number(process.env.BENCH_SOFFICE_TIMEOUT_S ?? '900') * 1000;
  const cli: ChildRun[] = [];
  const read: ChildRun[] = [];
  const roundTrip: ChildRun[] = [];
  const office: ChildRun[] = [];
  for (let run = 1; run <= RUNS; run += 1) {
    read.push(must(runTimed(process.execPath, [join(BUILD, 'read-only.js'), input]), 'read-only'));
    roundTrip.push(
      must(
        runTimed(process.execPath, [join(BUILD, 'read-only.js'), input, join(work, 'round-trip.xlsx')]),
        'round trip',
      ),
    );
    if (existsSync(output)) rmSync(output);
    cli.push(must(runTimed(process.execPath, cliArgs(input, output)), 'yeondong compute'));
    office.push(must(convert(formulas, loOut, profile, timeoutMs), 'soffice'));
    log(
      `pipeline run ${run}/${RUNS}: cli ${cli[run - 1]?.seconds.toFixed(2)} s, read ${read[run - 1]?.seconds.toFixed(2)} s, soffice ${office[run - 1]?.seconds.toFixed(1)} s${office[run - 1]?.timedOut ? ' (timed out)' : ''}`,
    );
  }
  lastJson<{ cells: number }>(read[0] as ChildRun);
  const cliSeconds = spread(cli.map((r) => r.seconds));
  const readSeconds = spread(read.map((r) => r.seconds));
  const roundTripSeconds = spread(roundTrip.map((r) => r.seconds));
  const sofficeSeconds = spread(office.map((r) => r.seconds));
  return {
    agreementRows,
    priceRows,
    cliSeconds,
    readSeconds,
    roundTripSeconds,
    sofficeSeconds,
    sofficeTimedOut: office.filter((r) => r.timedOut).length,
    cliVsRead: ratio(cliSeconds, readSeconds),
    cliVsRoundTrip: ratio(cliSeconds, roundTripSeconds),
    sofficeVsCli: ratio(sofficeSeconds, cliSeconds),
    cliPeakRssMb: spread(cli.map((r) => r.peakRssMb)),
    readPeakRssMb: spread(read.map((r) => r.peakRssMb)),
    roundTripPeakRssMb: spread(roundTrip.map((r) => r.peakRssMb)),
    sofficePeakRssMb: spread(office.map((r) => r.peakRssMb)),
    recalcCheck: await checkRecalc(join(loOut, basename(formulas))),
    cliSummary: (cli[0]?.stdout ?? '').trim().split('\n').slice(-2).join(' / '),
  };
}

/** One extra, uncounted CLI run under --cpu-prof. */
export function profileCli(work: string, dir: string): void {
  const output = join(work, 'pipeline-profile-output.xlsx');
  if (existsSync(output)) rmSync(output);
  runTimed(process.execPath, [
    '--cpu-prof',
    `--cpu-prof-dir=${dir}`,
    ...cliArgs(join(work, 'pipeline-input.xlsx'), output),
  ]);
}
