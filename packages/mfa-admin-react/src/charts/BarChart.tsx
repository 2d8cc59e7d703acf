'use client';

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
  // Each bar under its label, both from the chart's start edge: a label gets the whole
  // width, so a long one ("Application d'authentification") is never cut on a phone.
  const labelHeight = 18;
  const barHeight = 16;
  const rowHeight = labelHeight + barHeight + 12;
  const height = bars.length * rowHeight;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  // Room after the longest bar for its value.
  const x = (value: number) => (value / max) * Math.max(0, width - 64);
  return (
    <svg
      className="abmfa-admin-chart"
      width={width}
      height={height}
      role="img"
      direction={rtl ? 'rtl' : 'ltr'}
    >
      <title>{label}</title>
      {bars.map((bar, index) => {
        const top = index * rowHeight;
        const length = Math.max(1, x(bar.value));
        return (
          <g key={bar.label}>
            <text
              className="abmfa-admin-axis"
              data-bar-label=""
              x={mirror(0)}
              y={top + labelHeight - 5}
              textAnchor="start"
            >
              {bar.label}
            </text>
            <rect
              className={`abmfa-admin-bar abmfa-admin-bar-${bar.kind}`}
              x={mirror(0, length)}
              y={top + labelHeight}
              width={length}
              height={barHeight}
              rx={3}
            />
            <text
              className="abmfa-admin-value"
              x={mirror(length + 6)}
              y={top + labelHeight + barHeight / 2}
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
