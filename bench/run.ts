import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { measureEngine, profileEngine, type EngineResult } from './engine/measure';
import { topSelfTime, type HotSpot } from './lib/profile-top';
import { BENCH, WORK } from './lib/paths';
import { SCALE, scaled } from './lib/scale';
import { fmtSpread } from './lib/stats';
import { writeChart } from './office/chart';
import { measureOffice, type OfficePoint } from './office/measure';
import { measurePipeline, profileCli, type PipelineResult } from './pipeline/measure';
import { measureScaling, type ScalingResult } from './scaling/measure';
import { machine, markdown } from './report';

/**
 * `npm run bench`: BENCH_ONLY=engine,pipeline,office,scaling picks sections; BENCH_OUT names the
 * report (default bench/RESULTS.md), written at the end.
 */
const OUT = process.env.BENCH_OUT ?? join(BENCH, 'RESULTS.md');
const ONLY = (process.env.BENCH_ONLY ?? 'engine,pipeline,office,scaling').split(',');
const log = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);

function hotSpots(dir: string): HotSpot[] {
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  return file ? topSelfTime(join(dir, file), 10) : [];
}

function freshDir(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function main(): Promise<void> {
  const started = Date.now();
  const host = machine();
  mkdirSync(WORK, { recursive: true });
  log(`scale ${SCALE}; ${host.cpu}, ${host.cores} cores, node ${host.node}, load ${host.loadAtStart}`);
  let engine: EngineResult | null = null;
  let pipeline: PipelineResult | null = null;
  let office: OfficePoint[] | null = null;
  let scaling: ScalingResult | null = null;
  let engineHotSpots: HotSpot[] = [];
  let cliHotSpots: HotSpot[] = [];
  if (ONLY.includes('engine')) {
    engine = measureEngine(log);
    engineHotSpots = hotSpots(profileEngine(freshDir(join(WORK, 'prof-engine')), scaled(100_000, 10)));
  }
  if (ONLY.includes('pipeline')) {
    pipeline = await measurePipeline(WORK, log);
    const dir = freshDir(join(WORK, 'prof-cli'));
    profileCli(WORK, dir);
    cliHotSpots = hotSpots(dir);
  }
  if (ONLY.includes('office')) {
    office = measureOffice(log);
    await writeChart(office, join(BENCH, 'chart.svg'), join(BENCH, 'chart.png'));
  }
  if (ONLY.includes('scaling')) {
    scaling = measureScaling(WORK, log);
  }
  const results = {
    machine: host,
    totalSeconds: (Date.now() - started) / 1000,
    engine,
    pipeline,
    office,
    scaling,
    engineHotSpots,
    cliHotSpots,
  };
  writeFileSync(OUT, markdown(results));
  writeFileSync(join(WORK, 'results.json'), JSON.stringify(results, null, 2));
  const rows: [string, string][] = [];
  if (engine)
    rows.push(
      ['engine ÷ float (time)', fmtSpread(engine.slowdown, '×')],
      ['engine evaluations/s', `${(engine.decimalRate.median / 1e3).toFixed(0)} k/s`],
    );
  if (pipeline)
    rows.push(
      ['CLI ÷ exceljs read', fmtSpread(pipeline.cliVsRead, '×')],
      ['LibreOffice ÷ CLI', fmtSpread(pipeline.sofficeVsCli, '×')],
    );
  if (office)
    rows.push([
      'largest request',
      `${(Math.max(...office.map((o) => o.maxRequestBytes)) / 2 ** 20).toFixed(2)} MB`,
    ]);
  if (scaling) {
    for (const point of scaling.points)
      rows.push([`compute ${point.rows} rows ÷ floor`, fmtSpread(point.vsFloor, '×')]);
  }
  rows.push(['total runtime', `${((Date.now() - started) / 60000).toFixed(1)} min`]);
  const width = Math.max(...rows.map(([k]) => k.length));
  process.stdout.write(`${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}\n\n${OUT} written.\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
