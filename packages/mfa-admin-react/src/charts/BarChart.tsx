'use client';

import { scaleBand } from 'd3-scale';
import { mirrorer } from './mirrorer.ts';

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
