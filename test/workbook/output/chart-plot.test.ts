import { D } from '../../../src/domain/decimal';
import type { ChartModel, ChartPoint } from '../../../src/workbook/output/chart-model';
import { chartPlot, PLOT_HEIGHT, PLOT_WIDTH } from '../../../src/workbook/output/chart-plot';

const SUBJECT = { key: 'k', agreementId: 'A-1', item: '브래킷', material: '열연강판' };

/** A point with a 10 % band around `base`. */
function point(date: string, comparison: number, base: number, extra: Partial<ChartPoint> = {}): ChartPoint {
  return {
    date,
    comparison: new D(comparison),
    base: new D(base),
    lower: new D(base).times('0.9'),
    upper: new D(base).times('1.1'),
    triggered: false,
    ...extra,
  };
}

function model(points: ChartPoint[], unitPrices: [string, number][]): ChartModel {
  return {
    subject: SUBJECT,
    unit: 'kg',
    points,
    unitPrices: unitPrices.map(([date, price]) => ({ date, price: new D(price) })),
  };
}

const pairs = (polyline: string): number[][] =>
  polyline.split(' ').map((pair) => pair.split(',').map(Number));

describe('chartPlot', () => {
  test('draws nothing without a point', () => {
    expect(chartPlot(model([], [['2026-01-01', 1000]]))).toBeNull();
  });

  test('puts the first date at the left edge, the last at the right, prices between bottom and top', () => {
    const plot = chartPlot(
      model(
        [point('2026-01-01', 100, 100), point('2026-07-01', 120, 100, { triggered: true })],
        [
          ['2026-01-01', 1000],
          ['2026-07-01', 1050],
        ],
      ),
    );
    if (plot === null) throw new Error('no plot');
    expect([plot.left, plot.right, plot.top, plot.bottom]).toEqual([
      48,
      PLOT_WIDTH - 48,
      12,
      PLOT_HEIGHT - 28,
    ]);
    // Prices span 90 (lower band) to 120 (the second comparison): 100 lies a third of the way up.
    expect(plot.dots.map(({ x, y }) => [x, y])).toEqual([
      [48, 162 - 150 / 3],
      [272, 12],
    ]);
    expect(plot.dots[1]?.point.triggered).toBe(true);
    expect(pairs(plot.priceLine)).toEqual([
      [48, 112],
      [272, 12],
    ]);
    // The band runs along the upper edge (110), then back along the lower (90).
    expect(pairs(plot.band)).toEqual([
      [48, 162 - 150 * (20 / 30)],
      [272, 162 - 150 * (20 / 30)],
      [272, 162],
      [48, 162],
    ]);
    expect(plot.firstDate).toBe('2026-01-01');
    expect(plot.lastDate).toBe('2026-07-01');
    expect(plot.baseLabel.value.toString()).toBe('100');
    expect(plot.unitPriceLabel?.value.toString()).toBe('1050');
    expect(plot.projection).toBeNull();
  });

  test('steps the unit price level to the next date and the last step to the right edge', () => {
    const plot = chartPlot(
      model(
        [point('2026-01-01', 100, 100), point('2026-03-01', 100, 100), point('2026-05-01', 100, 100)],
        [
          ['2026-01-01', 1000],
          ['2026-03-01', 1100],
        ],
      ),
    );
    const steps = pairs(plot?.unitPriceSteps ?? '');
    expect(steps.map(([x]) => x)).toEqual([48, steps[2]?.[0], steps[2]?.[0], 272]);
    expect(steps[0]?.[1]).toBe(steps[1]?.[1]);
    expect(steps[2]?.[1]).toBe(steps[3]?.[1]);
    // The higher price stands higher (smaller y).
    expect(steps[2]?.[1]).toBeLessThan(steps[0]?.[1] ?? 0);
  });

  test('continues the last known point to a projected one, which the price line leaves out', () => {
    const plot = chartPlot(
      model(
        [point('2026-01-01', 100, 100), point('2026-04-01', 105, 100, { projected: true })],
        [['2026-01-01', 1000]],
      ),
    );
    expect(plot?.projection).toEqual({
      x: 272,
      y: expect.any(Number),
      date: '2026-04-01',
      from: { x: 48, y: expect.any(Number) },
    });
    expect(pairs(plot?.priceLine ?? '')).toHaveLength(1);
    expect(plot?.dots).toHaveLength(2);
  });

  test('one point: no last date label', () => {
    const plot = chartPlot(model([point('2026-01-01', 100, 100)], [['2026-01-01', 1000]]));
    expect(plot?.lastDate).toBeNull();
    expect(plot?.dots[0]?.x).toBe(48);
  });
});
