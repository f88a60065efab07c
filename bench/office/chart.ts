import { writeFileSync } from 'fs';
import { chromium } from 'playwright-core';
import type { OfficePoint } from './measure';

const W = 720;
const H = 360;
const PAD = { left: 70, right: 70, top: 40, bottom: 50 };

/** Time (left axis, s) and context.sync() calls (right axis) against change-table rows, log-x. */
export function chartSvg(points: readonly OfficePoint[]): string {
  const xs = points.map((p) => Math.log10(p.changeTableRows));
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const maxT = Math.max(...points.map((p) => p.seconds.max)) * 1.1;
  const maxS = Math.max(...points.map((p) => p.syncs)) * 1.2;
  const px = (x: number): number => PAD.left + ((x - x0) / (x1 - x0 || 1)) * (W - PAD.left - PAD.right);
  const py = (v: number, max: number): number => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);
  const line = (values: number[], max: number): string =>
    values
      .map((v, i) => `${i === 0 ? 'M' : 'L'}${px(xs[i] ?? 0).toFixed(1)},${py(v, max).toFixed(1)}`)
      .join(' ');
  const dots = (values: number[], max: number, color: string): string =>
    values
      .map((v, i) => `<circle cx="${px(xs[i] ?? 0)}" cy="${py(v, max)}" r="4" fill="${color}"/>`)
      .join('');
  const times = points.map((p) => p.seconds.median);
  const syncs = points.map((p) => p.syncs);
  const labels = points
    .map(
      (p, i) =>
        `<text x="${px(xs[i] ?? 0)}" y="${H - PAD.bottom + 18}" text-anchor="middle">${p.changeTableRows.toLocaleString('en-US')}</text>` +
        `<text x="${px(xs[i] ?? 0) + 6}" y="${py(times[i] ?? 0, maxT) - 8}" fill="#1f6feb">${(times[i] ?? 0).toFixed(2)} s</text>` +
        `<text x="${px(xs[i] ?? 0) + 6}" y="${py(syncs[i] ?? 0, maxS) + 16}" fill="#d9480f">${syncs[i]} syncs</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">
<rect width="100%" height="100%" fill="white"/>
<text x="${W / 2}" y="22" text-anchor="middle" font-size="14">writeSheets into fake Excel: time (median) and context.sync() calls</text>
<line x1="${PAD.left}" y1="${H - PAD.bottom}" x2="${W - PAD.right}" y2="${H - PAD.bottom}" stroke="#888"/>
<line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${H - PAD.bottom}" stroke="#1f6feb"/>
<line x1="${W - PAD.right}" y1="${PAD.top}" x2="${W - PAD.right}" y2="${H - PAD.bottom}" stroke="#d9480f"/>
<text x="${W / 2}" y="${H - 10}" text-anchor="middle">change-table rows (log scale)</text>
<text x="16" y="${H / 2}" fill="#1f6feb" transform="rotate(-90 16 ${H / 2})" text-anchor="middle">seconds (0–${maxT.toFixed(1)})</text>
<text x="${W - 16}" y="${H / 2}" fill="#d9480f" transform="rotate(90 ${W - 16} ${H / 2})" text-anchor="middle">syncs (0–${maxS.toFixed(0)})</text>
<path d="${line(times, maxT)}" fill="none" stroke="#1f6feb" stroke-width="2"/>${dots(times, maxT, '#1f6feb')}
<path d="${line(syncs, maxS)}" fill="none" stroke="#d9480f" stroke-width="2" stroke-dasharray="6 4"/>${dots(syncs, maxS, '#d9480f')}
${labels}
</svg>`;
}

/** Renders the SVG to PNG with the system chromium (playwright-core, no browser download). */
export async function writeChart(
  points: readonly OfficePoint[],
  svgPath: string,
  pngPath: string,
): Promise<void> {
  const svg = chartSvg(points);
  writeFileSync(svgPath, svg);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: W, height: H } });
    await page.setContent(`<html><body style="margin:0">${svg}</body></html>`);
    await page.screenshot({ path: pngPath, clip: { x: 0, y: 0, width: W, height: H } });
  } finally {
    await browser.close();
  }
}
