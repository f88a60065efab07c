import { tokens } from '@fluentui/react-components';
import * as React from 'react';
import type { ChartModel } from '../workbook/output';
import { chartPlot, type ChartPlot, PLOT_HEIGHT, PLOT_WIDTH } from '../workbook/output';
import { formatAmount } from './display';
import type { Strings } from './i18n';

/**
 * The material's comparison price at each adjustment date against the threshold band around
 * the base in force (left axis), and the item's unit price stepping at each effective date
 * (right axis). Filled dots mark the dates where the price left the band and moved the price.
 * A projected point (the outlook's next adjustment) is drawn dashed, with a marker at its date
 * labelled `nextLabel`. Where each mark goes is chartPlot's; this only draws.
 */
export function PriceChart({
  model,
  strings,
  nextLabel,
}: {
  model: ChartModel;
  strings: Strings;
  nextLabel?: string;
}): React.JSX.Element | null {
  const plot = chartPlot(model);
  if (plot === null) return null;
  const label = `${strings.chartTitle}: ${model.subject.item} · ${model.subject.material}`;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${PLOT_WIDTH} ${PLOT_HEIGHT}`}
        width="100%"
        style={{ maxWidth: PLOT_WIDTH }}
      >
        <title>{label}</title>
        <Lines plot={plot} strings={strings} />
        <Projection plot={plot} nextLabel={nextLabel} />
        <Dots plot={plot} />
        <AxisLabels plot={plot} nextLabel={nextLabel} />
      </svg>
      <figcaption style={{ display: 'flex', flexWrap: 'wrap', gap: 12, fontSize: 11 }}>
        <Swatch colour={tokens.colorBrandForeground1} label={strings.chartLegend.price} />
        <Swatch colour={tokens.colorPaletteGreenBackground2} label={strings.chartLegend.band} />
        <Swatch colour={tokens.colorPaletteBerryForeground1} label={strings.chartLegend.unitPrice} dashed />
      </figcaption>
    </figure>
  );
}

/** The threshold band, the unit price's steps and the comparison price's line. */
function Lines({ plot, strings }: { plot: ChartPlot; strings: Strings }): React.JSX.Element {
  return (
    <>
      <polygon points={plot.band} fill={tokens.colorPaletteGreenBackground2} opacity={0.6}>
        <title>{strings.chartLegend.band}</title>
      </polygon>
      <polyline
        points={plot.unitPriceSteps}
        fill="none"
        stroke={tokens.colorPaletteBerryForeground1}
        strokeDasharray="4 3"
        strokeWidth={1.5}
      >
        <title>{strings.chartLegend.unitPrice}</title>
      </polyline>
      <polyline points={plot.priceLine} fill="none" stroke={tokens.colorBrandForeground1} strokeWidth={2}>
        <title>{strings.chartLegend.price}</title>
      </polyline>
    </>
  );
}

/** The dashed way to the projected point and the marker line at its date. */
function Projection({ plot, nextLabel }: { plot: ChartPlot; nextLabel?: string }): React.JSX.Element | null {
  const { projection } = plot;
  if (projection === null) return null;
  return (
    <g stroke={tokens.colorBrandForeground1} strokeDasharray="3 3">
      {projection.from && (
        <line x1={projection.from.x} y1={projection.from.y} x2={projection.x} y2={projection.y} />
      )}
      <line
        x1={projection.x}
        y1={plot.top}
        x2={projection.x}
        y2={plot.bottom}
        stroke={tokens.colorNeutralForeground3}
      >
        <title>{`${nextLabel ?? ''} ${projection.date}`}</title>
      </line>
    </g>
  );
}

/** One dot per comparison price, filled where it moved the price. */
function Dots({ plot }: { plot: ChartPlot }): React.JSX.Element {
  return (
    <>
      {plot.dots.map(({ x, y, point }) => (
        <circle
          key={point.date}
          cx={x}
          cy={y}
          r={3.5}
          fill={point.triggered ? tokens.colorBrandForeground1 : tokens.colorNeutralBackground1}
          stroke={tokens.colorBrandForeground1}
          strokeDasharray={point.projected ? '2 2' : undefined}
        >
          <title>{`${point.date}: ${formatAmount(point.comparison)} (${formatAmount(point.lower, 2)} ~ ${formatAmount(point.upper, 2)})`}</title>
        </circle>
      ))}
    </>
  );
}

/** The first and last dates, the next adjustment's label, the first base and the latest unit price. */
function AxisLabels({ plot, nextLabel }: { plot: ChartPlot; nextLabel?: string }): React.JSX.Element {
  const below = PLOT_HEIGHT - 8;
  return (
    <g fontSize={9} fill={tokens.colorNeutralForeground2}>
      <text x={plot.left} y={below}>
        {plot.firstDate}
      </text>
      {plot.lastDate !== null && (
        <text x={plot.right} y={below} textAnchor="end">
          {plot.lastDate}
        </text>
      )}
      {plot.projection && nextLabel && (
        <text x={plot.projection.x - 3} y={plot.bottom - 3} textAnchor="end">
          {nextLabel}
        </text>
      )}
      <text x={4} y={plot.baseLabel.y}>
        {formatAmount(plot.baseLabel.value, 0)}
      </text>
      {plot.unitPriceLabel && (
        <text
          x={PLOT_WIDTH - 4}
          y={plot.unitPriceLabel.y}
          textAnchor="end"
          fill={tokens.colorPaletteBerryForeground1}
        >
          {formatAmount(plot.unitPriceLabel.value, 0)}
        </text>
      )}
    </g>
  );
}

function Swatch({
  colour,
  label,
  dashed,
}: {
  colour: string;
  label: string;
  dashed?: boolean;
}): React.JSX.Element {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      <span
        aria-hidden
        style={{
          width: 14,
          height: 0,
          borderTop: `3px ${dashed ? 'dashed' : 'solid'} ${colour}`,
          display: 'inline-block',
        }}
      />
      {label}
    </span>
  );
}
