import { tokens } from '@fluentui/react-components';
import * as React from 'react';
import type { ChartModel } from '../workbook/chart-model';
import { formatAmount } from './display';
import type { Strings } from './i18n';

const WIDTH = 320;
const HEIGHT = 190;
const PAD = { left: 48, right: 48, top: 12, bottom: 28 };

/** Pixel scale of a value range onto [from, to]; the numbers are screen positions only. */
function scale(min: number, max: number, from: number, to: number): (value: number) => number {
  const span = max - min || 1;
  return (value) => from + ((value - min) / span) * (to - from);
}

/**
 * The material's comparison price at each adjustment date against the threshold band around
 * the base in force (left axis), and the item's unit price stepping at each effective date
 * (right axis). Filled dots mark the dates where the price left the band and moved the price.
 * A projected point (the outlook's next adjustment) is drawn dashed, with a marker at its date
 * labelled `nextLabel`.
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
  if (model.points.length === 0) return null;
  const times = [...model.points.map((p) => p.date), ...model.unitPrices.map((u) => u.date)].map((d) =>
    Date.parse(d),
  );
  const x = scale(Math.min(...times), Math.max(...times), PAD.left, WIDTH - PAD.right);
  const prices = model.points.flatMap((p) => [p.comparison, p.lower, p.upper].map((d) => d.toNumber()));
  const y = scale(Math.min(...prices), Math.max(...prices), HEIGHT - PAD.bottom, PAD.top);
  const units = model.unitPrices.map((u) => u.price.toNumber());
  const yUnit = scale(Math.min(...units) * 0.98, Math.max(...units) * 1.02, HEIGHT - PAD.bottom, PAD.top);
  const at = (date: string): number => x(Date.parse(date));

  const upper = model.points.map((p) => `${at(p.date)},${y(p.upper.toNumber())}`);
  const lower = [...model.points].reverse().map((p) => `${at(p.date)},${y(p.lower.toNumber())}`);
  const known = model.points.filter((p) => !p.projected);
  const priceLine = known.map((p) => `${at(p.date)},${y(p.comparison.toNumber())}`).join(' ');
  const projected = model.points.find((p) => p.projected);
  const lastKnown = known[known.length - 1];
  const steps: string[] = [];
  model.unitPrices.forEach((step, index) => {
    const next = model.unitPrices[index + 1];
    const level = yUnit(step.price.toNumber());
    steps.push(`${at(step.date)},${level}`, `${next ? at(next.date) : WIDTH - PAD.right},${level}`);
  });
  const first = model.points[0];
  const last = model.points[model.points.length - 1];
  const lastUnit = model.unitPrices[model.unitPrices.length - 1];
  const label = `${strings.chartTitle}: ${model.subject.item} · ${model.subject.material}`;

  return (
    <figure style={{ margin: 0 }}>
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        style={{ maxWidth: WIDTH }}
      >
        <title>{label}</title>
        <polygon
          points={[...upper, ...lower].join(' ')}
          fill={tokens.colorPaletteGreenBackground2}
          opacity={0.6}
        >
          <title>{strings.chartLegend.band}</title>
        </polygon>
        <polyline
          points={steps.join(' ')}
          fill="none"
          stroke={tokens.colorPaletteBerryForeground1}
          strokeDasharray="4 3"
          strokeWidth={1.5}
        >
          <title>{strings.chartLegend.unitPrice}</title>
        </polyline>
        <polyline points={priceLine} fill="none" stroke={tokens.colorBrandForeground1} strokeWidth={2}>
          <title>{strings.chartLegend.price}</title>
        </polyline>
        {projected && (
          <g stroke={tokens.colorBrandForeground1} strokeDasharray="3 3">
            {lastKnown && (
              <line
                x1={at(lastKnown.date)}
                y1={y(lastKnown.comparison.toNumber())}
                x2={at(projected.date)}
                y2={y(projected.comparison.toNumber())}
              />
            )}
            <line
              x1={at(projected.date)}
              y1={PAD.top}
              x2={at(projected.date)}
              y2={HEIGHT - PAD.bottom}
              stroke={tokens.colorNeutralForeground3}
            >
              <title>{`${nextLabel ?? ''} ${projected.date}`}</title>
            </line>
          </g>
        )}
        {model.points.map((p) => (
          <circle
            key={p.date}
            cx={at(p.date)}
            cy={y(p.comparison.toNumber())}
            r={3.5}
            fill={p.triggered ? tokens.colorBrandForeground1 : tokens.colorNeutralBackground1}
            stroke={tokens.colorBrandForeground1}
            strokeDasharray={p.projected ? '2 2' : undefined}
          >
            <title>{`${p.date}: ${formatAmount(p.comparison)} (${formatAmount(p.lower, 2)} ~ ${formatAmount(p.upper, 2)})`}</title>
          </circle>
        ))}
        <g fontSize={9} fill={tokens.colorNeutralForeground2}>
          {first && (
            <text x={PAD.left} y={HEIGHT - 8}>
              {first.date}
            </text>
          )}
          {last && last !== first && (
            <text x={WIDTH - PAD.right} y={HEIGHT - 8} textAnchor="end">
              {last.date}
            </text>
          )}
          {projected && nextLabel && (
            <text x={at(projected.date) - 3} y={HEIGHT - PAD.bottom - 3} textAnchor="end">
              {nextLabel}
            </text>
          )}
          {first && (
            <text x={4} y={y(first.base.toNumber())}>
              {formatAmount(first.base, 0)}
            </text>
          )}
          {lastUnit && (
            <text
              x={WIDTH - 4}
              y={yUnit(lastUnit.price.toNumber())}
              textAnchor="end"
              fill={tokens.colorPaletteBerryForeground1}
            >
              {formatAmount(lastUnit.price, 0)}
            </text>
          )}
        </g>
      </svg>
      <figcaption style={{ display: 'flex', flexWrap: 'wrap', gap: 12, fontSize: 11 }}>
        <Swatch colour={tokens.colorBrandForeground1} label={strings.chartLegend.price} />
        <Swatch colour={tokens.colorPaletteGreenBackground2} label={strings.chartLegend.band} />
        <Swatch colour={tokens.colorPaletteBerryForeground1} label={strings.chartLegend.unitPrice} dashed />
      </figcaption>
    </figure>
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
