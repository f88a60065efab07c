import { fmt, fmtSpread } from '../lib/stats';
import type { ScalingPoint, ScalingResult } from './measure';
import { ADJUSTMENT_DATES, INDICES } from './shape';

const MAX_GROWTH = 2.3;
const MAX_VS_FLOOR = 3;
const MAX_RSS_MB = 2048;

const verdict = (ok: boolean): string => (ok ? '**met**' : '**missed**');
const thousands = (n: number): string => n.toLocaleString('en-US');

/** Time of this size ÷ time of half the size, for compute and for the floor; null without a half. */
function growth(
  point: ScalingPoint,
  points: readonly ScalingPoint[],
): { compute: number; floor: number } | null {
  const half = points.find((other) => other.rows * 2 === point.rows);
  if (!half) return null;
  return {
    compute: point.computeSeconds.median / half.computeSeconds.median,
    floor: point.floorSeconds.median / half.floorSeconds.median,
  };
}

export function scalingSection(s: ScalingResult): string[] {
  const rows = s.points.map((point) => {
    const grown = growth(point, s.points);
    const sheets = point.sheets.map((sheet) => `${sheet.name} ${thousands(sheet.rows)}`).join('; ');
    return (
      `| ${thousands(point.rows)} | ${point.runs} | ${thousands(point.outputCells)} | ${sheets} | ` +
      `${fmtSpread(point.computeSeconds)} | ${fmtSpread(point.floorSeconds)} | **${fmtSpread(point.vsFloor, '×')}** | ` +
      `${fmtSpread(point.computePeakRssMb, ' MB')} | ${fmtSpread(point.floorPeakRssMb, ' MB')} | ` +
      `${grown ? `${fmt(grown.compute)}× / ${fmt(grown.floor)}×` : '—'} |`
    );
  });
  const growths = s.points.map((point) => growth(point, s.points)).filter((g) => g !== null);
  const worstGrowth = Math.max(...growths.map((g) => g.compute));
  const checkpoint = s.points.find((point) => point.rows === s.checkpointRows);
  return [
    '## 4. Scaling: `yeondong compute` from 1,000 to 32,000 agreement rows',
    '',
    `The issue's shape: 2 agreement rows (materials) per item, ${INDICES} indices with daily prices 2022-01-01 … 2025-12-31,`,
    `monthly cycles from 2023-03-01 (${ADJUSTMENT_DATES} adjustment dates per row), every row of one agreement with one supplier,`,
    '`node bin/yeondong.js compute <in> -o <out> --as-of 2025-12-01`, each run in its own process.',
    'Floor, measured in the same run and alternating with compute: exceljs reading the input (every cell touched)',
    "plus exceljs's streaming writer writing as many plain cells (numbers and short texts, no styles, no shared",
    'strings) as the result holds, 16 to a row. The figure to read is compute ÷ floor.',
    '',
    '| agreement rows | runs | result cells | result sheets (rows) | compute (s) | floor (s) | compute ÷ floor | compute peak RSS | floor peak RSS | growth per doubling, compute / floor |',
    '|---:|---:|---:|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Doubling the rows multiplies compute's time by at most ${fmt(worstGrowth)}× — target ≤ ${MAX_GROWTH}× at every step: ${verdict(growths.length > 0 && worstGrowth <= MAX_GROWTH)}.`,
    checkpoint
      ? `At ${thousands(checkpoint.rows)} rows compute takes **${fmtSpread(checkpoint.vsFloor, '×')} the floor** — target ≤ ${MAX_VS_FLOOR}×: ${verdict(checkpoint.vsFloor.median <= MAX_VS_FLOOR)}; ` +
        `peak RSS **${fmtSpread(checkpoint.computePeakRssMb, ' MB')}** — target < 2 GB: ${verdict(checkpoint.computePeakRssMb.max < MAX_RSS_MB)}.`
      : `(No ${thousands(s.checkpointRows)}-row point in this run.)`,
    '',
    'What compute said at each size:',
    '',
    ...s.points.map((point) => `- ${thousands(point.rows)}: ${point.cliSummary}`),
    '',
  ];
}
