import type { D } from '../../domain/decimal';
import type { ChartModel, ChartPoint } from './chart-model';

/** The drawing area in SVG units and the margins kept for the axis labels. */
export const PLOT_WIDTH = 320;
export const PLOT_HEIGHT = 190;
const PAD = { left: 48, right: 48, top: 12, bottom: 28 };

interface PlotPosition {
  readonly x: number;
  readonly y: number;
}

interface PlotDot extends PlotPosition {
  readonly point: ChartPoint;
}

interface AxisLabel {
  /** Height of the label; the view puts price labels at the left edge and unit prices at the right. */
  readonly y: number;
  readonly value: D;
}

/**
 * Where the chart's marks go, in SVG units: a pure function of the model, so that the view only
 * draws. Numbers here are screen positions, never money (the labels keep their decimals).
 */
export interface ChartPlot {
  /** The plot area's edges: the x axis runs from left to right, y from bottom (low) to top. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** Polygon points of the threshold band: along the upper edge, then back along the lower. */
  readonly band: string;
  /** Polyline points of the unit price, stepping at each effective date (right axis). */
  readonly unitPriceSteps: string;
  /** Polyline points through the known comparison prices. */
  readonly priceLine: string;
  readonly dots: readonly PlotDot[];
  /** The outlook's projected point: its date's x, its height, and the last known point it continues. */
  readonly projection: (PlotPosition & { readonly date: string; readonly from: PlotPosition | null }) | null;
  readonly firstDate: string;
  /** The last date, when it differs from the first. */
  readonly lastDate: string | null;
  /** The first base price (left axis) and the latest unit price (right axis). */
  readonly baseLabel: AxisLabel;
  readonly unitPriceLabel: AxisLabel | null;
}

/** Pixel scale of a value range onto [from, to]. */
function scale(min: number, max: number, from: number, to: number): (value: number) => number {
  const span = max - min || 1;
  return (value) => from + ((value - min) / span) * (to - from);
}

/** Lays the model out; null when it has no point to draw. */
export function chartPlot(model: ChartModel): ChartPlot | null {
  const first = model.points[0];
  const last = model.points[model.points.length - 1];
  if (!first || !last) return null;
  const { at, y, yUnit } = scalesOf(model);
  const point = (p: ChartPoint): PlotPosition => ({ x: at(p.date), y: y(p.comparison.toNumber()) });
  const known = model.points.filter((p) => !p.projected);
  const projected = model.points.find((p) => p.projected);
  const lastKnown = known[known.length - 1];
  const lastUnit = model.unitPrices[model.unitPrices.length - 1];
  return {
    left: PAD.left,
    right: PLOT_WIDTH - PAD.right,
    top: PAD.top,
    bottom: PLOT_HEIGHT - PAD.bottom,
    band: bandOf(model, at, y),
    unitPriceSteps: unitPriceSteps(model, at, yUnit),
    priceLine: known.map((p) => `${at(p.date)},${y(p.comparison.toNumber())}`).join(' '),
    dots: model.points.map((p) => ({ ...point(p), point: p })),
    projection: projected
      ? { ...point(projected), date: projected.date, from: lastKnown ? point(lastKnown) : null }
      : null,
    firstDate: first.date,
    lastDate: last !== first ? last.date : null,
    baseLabel: { y: y(first.base.toNumber()), value: first.base },
    unitPriceLabel: lastUnit ? { y: yUnit(lastUnit.price.toNumber()), value: lastUnit.price } : null,
  };
}

type Scale = (value: number) => number;

/** x over every date drawn; y over the prices and their band; the unit price's own y with a margin. */
function scalesOf(model: ChartModel): { at: (date: string) => number; y: Scale; yUnit: Scale } {
  const times = [...model.points.map((p) => p.date), ...model.unitPrices.map((u) => u.date)].map((d) =>
    Date.parse(d),
  );
  const x = scale(Math.min(...times), Math.max(...times), PAD.left, PLOT_WIDTH - PAD.right);
  const prices = model.points.flatMap((p) => [p.comparison, p.lower, p.upper].map((d) => d.toNumber()));
  const y = scale(Math.min(...prices), Math.max(...prices), PLOT_HEIGHT - PAD.bottom, PAD.top);
  const units = model.unitPrices.map((u) => u.price.toNumber());
  const yUnit = scale(
    Math.min(...units) * 0.98,
    Math.max(...units) * 1.02,
    PLOT_HEIGHT - PAD.bottom,
    PAD.top,
  );
  return { at: (date) => x(Date.parse(date)), y, yUnit };
}

function bandOf(model: ChartModel, at: (date: string) => number, y: Scale): string {
  const upper = model.points.map((p) => `${at(p.date)},${y(p.upper.toNumber())}`);
  const lower = [...model.points].reverse().map((p) => `${at(p.date)},${y(p.lower.toNumber())}`);
  return [...upper, ...lower].join(' ');
}

/** Each unit price runs level to the next one's date; the last to the right edge. */
function unitPriceSteps(model: ChartModel, at: (date: string) => number, yUnit: Scale): string {
  const steps: string[] = [];
  model.unitPrices.forEach((step, index) => {
    const next = model.unitPrices[index + 1];
    const level = yUnit(step.price.toNumber());
    steps.push(`${at(step.date)},${level}`, `${next ? at(next.date) : PLOT_WIDTH - PAD.right},${level}`);
  });
  return steps.join(' ');
}
