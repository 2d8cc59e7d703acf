'use client';

import { scalePoint } from 'd3-scale';
import { area, line } from 'd3-shape';
import { mirrorer } from './mirrorer.ts';

export interface LinePoint {
  at: number;
  /** 0..1, or null for "no data". */
  value: number | null;
}

const MARGIN = { top: 12, right: 16, bottom: 28, left: 44 };

/** A rate over time (0-100 %), as an area under a line. */
export function RateLineChart({
  points,
  width,
  label,
  formatDate,
  formatRate,
  rtl = false,
}: {
  points: readonly LinePoint[];
  width: number;
  /** The chart's text alternative. */
  label: string;
  formatDate: (at: number) => string;
  formatRate: (rate: number) => string;
  /** Mirrored, for right-to-left languages. */
  rtl?: boolean | undefined;
}) {
  const height = 200;
  const mirror = mirrorer(width, rtl);
  const known = points.filter(
    (point): point is { at: number; value: number } => point.value !== null,
  );
  // The points are evenly spaced in time: a point scale places them. A rate is 0..1, so
  // its height is a plain proportion (d3's linear scale would add ~9.7 kB gzipped of
  // interpolators and tick formatting this chart does not use).
  const scale = scalePoint<number>()
    .domain(points.map((point) => point.at))
    .range([MARGIN.left, width - MARGIN.right]);
  const x = (at: number) => mirror(scale(at) ?? 0);
  const y = (rate: number) => height - MARGIN.bottom - rate * (height - MARGIN.bottom - MARGIN.top);
  const path = line<{ at: number; value: number }>()
    .x((point) => x(point.at))
    .y((point) => y(point.value))(known);
  const fill = area<{ at: number; value: number }>()
    .x((point) => x(point.at))
    .y0(y(0))
    .y1((point) => y(point.value))(known);
  // Fewer date labels on a narrow screen, so they never overlap: evenly spaced back from
  // the last (always labelled), at least 110 px apart (a short date in any of the languages).
  const labelEvery = Math.max(1, Math.ceil(points.length / Math.max(2, Math.floor(width / 110))));
  return (
    <svg
      className="abmfa-admin-chart"
      width={width}
      height={height}
      role="img"
      direction={rtl ? 'rtl' : 'ltr'}
    >
      <title>{label}</title>
      {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
        <g key={tick}>
          <line
            className="abmfa-admin-grid"
            x1={mirror(MARGIN.left)}
            x2={mirror(width - MARGIN.right)}
            y1={y(tick)}
            y2={y(tick)}
          />
          <text
            className="abmfa-admin-axis"
            x={mirror(MARGIN.left - 6)}
            y={y(tick)}
            dy="0.32em"
            textAnchor="end"
          >
            {formatRate(tick)}
          </text>
        </g>
      ))}
      {fill ? <path className="abmfa-admin-area" d={fill} /> : null}
      {path ? <path className="abmfa-admin-line" d={path} fill="none" /> : null}
      {known.map((point) => (
        <circle
          key={point.at}
          className="abmfa-admin-dot"
          cx={x(point.at)}
          cy={y(point.value)}
          r={3}
        />
      ))}
      {points.map((point, index) =>
        (points.length - 1 - index) % labelEvery === 0 ? (
          <text
            key={point.at}
            className="abmfa-admin-axis"
            x={x(point.at)}
            y={height - 8}
            // The last label ends at the chart's edge instead of being cut by it.
            textAnchor={index === points.length - 1 ? 'end' : 'middle'}
          >
            {formatDate(point.at)}
          </text>
        ) : null,
      )}
    </svg>
  );
}
