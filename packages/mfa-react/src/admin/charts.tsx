'use client';

import { scaleBand, scalePoint } from 'd3-scale';
import { area, line } from 'd3-shape';
import { type ReactNode, useId, useLayoutEffect, useRef, useState } from 'react';

/** The rendered width of an element, following resizes (phones turned, panels opened). */
function useWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // Measured before the first paint, so a phone never sees a chart drawn too wide.
    if (element.clientWidth > 0) setWidth(Math.max(200, element.clientWidth));
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(200, Math.floor(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

export interface ChartFigureProps {
  title: string;
  /** One sentence a screen reader hears for the chart: the figure's point. */
  summary: string;
  /** The chart at a given pixel width. */
  chart: (width: number, summary: string) => ReactNode;
  /** The same data as a table. */
  table: ReactNode;
  showTable: string;
  showChart: string;
}

/**
 * A chart with its data as a table, one button apart. The chart is an image with a
 * text summary; the table is the accessible, copyable form of the same numbers.
 */
export function ChartFigure({
  title,
  summary,
  chart,
  table,
  showTable,
  showChart,
}: ChartFigureProps) {
  const [asTable, setAsTable] = useState(false);
  const { ref, width } = useWidth<HTMLDivElement>(600);
  const titleId = useId();
  return (
    <figure
      className="abmfa-admin-figure"
      aria-labelledby={titleId}
      data-view={asTable ? 'table' : 'chart'}
    >
      <div className="abmfa-admin-figure-head">
        <figcaption id={titleId} className="abmfa-admin-figure-title">
          {title}
        </figcaption>
        <button
          type="button"
          className="abmfa-admin-link-button"
          aria-pressed={asTable}
          onClick={() => setAsTable((value) => !value)}
        >
          {asTable ? showChart : showTable}
        </button>
      </div>
      <div ref={ref} className="abmfa-admin-figure-body">
        {asTable ? table : chart(width, `${title}. ${summary}`)}
      </div>
      {asTable ? null : <p className="abmfa-admin-figure-summary">{summary}</p>}
    </figure>
  );
}

export interface LinePoint {
  at: number;
  /** 0..1, or null for "no data". */
  value: number | null;
}

const MARGIN = { top: 12, right: 16, bottom: 28, left: 44 };

/**
 * Right to left (Arabic), a chart is drawn as its own mirror image: time runs from right
 * to left, bars grow leftwards and the axis sits on the right. Only x positions flip; the
 * text anchors (`start`, `end`) follow the svg's `direction`, so they flip by themselves.
 */
function mirrorer(width: number, rtl: boolean) {
  return (x: number, extent = 0) => (rtl ? width - x - extent : x);
}

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
  // Fewer date labels on a narrow screen, so they never overlap.
  const labelEvery = Math.max(1, Math.ceil(points.length / Math.max(2, Math.floor(width / 90))));
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
        index % labelEvery === labelEvery - 1 || index === points.length - 1 ? (
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

export interface Bar {
  label: string;
  value: number;
  /** A class for the bar's colour (`totp`, `email`, `off`, ...). */
  kind: string;
}

/** Horizontal bars with their value at the end, for counts by channel or by role. */
export function BarChart({
  bars,
  width,
  label,
  format = String,
  rtl = false,
}: {
  bars: readonly Bar[];
  width: number;
  /** The chart's text alternative. */
  label: string;
  format?: ((value: number) => string) | undefined;
  /** Mirrored, for right-to-left languages. */
  rtl?: boolean | undefined;
}) {
  const mirror = mirrorer(width, rtl);
  const rowHeight = 32;
  const labelWidth = Math.min(140, Math.floor(width * 0.35));
  const height = bars.length * rowHeight + 8;
  const y = scaleBand()
    .domain(bars.map((bar) => bar.label))
    .range([4, height - 4])
    .padding(0.25);
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const x = (value: number) => (value / max) * (width - labelWidth - 56);
  return (
    <svg
      className="abmfa-admin-chart"
      width={width}
      height={height}
      role="img"
      direction={rtl ? 'rtl' : 'ltr'}
    >
      <title>{label}</title>
      {bars.map((bar) => {
        const top = y(bar.label) ?? 0;
        return (
          <g key={bar.label}>
            <text
              className="abmfa-admin-axis"
              x={mirror(labelWidth - 8)}
              y={top + y.bandwidth() / 2}
              dy="0.32em"
              textAnchor="end"
            >
              {bar.label}
            </text>
            <rect
              className={`abmfa-admin-bar abmfa-admin-bar-${bar.kind}`}
              x={mirror(labelWidth, Math.max(1, x(bar.value)))}
              y={top}
              width={Math.max(1, x(bar.value))}
              height={y.bandwidth()}
              rx={3}
            />
            <text
              className="abmfa-admin-value"
              x={mirror(labelWidth + x(bar.value) + 6)}
              y={top + y.bandwidth() / 2}
              dy="0.32em"
            >
              {format(bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
