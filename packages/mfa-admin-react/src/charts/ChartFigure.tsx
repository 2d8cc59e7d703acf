'use client';

import { type ReactNode, useId, useState } from 'react';
import { useWidth } from './useWidth.ts';

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
  const toggleId = useId();
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
        {/* Its words say what it does next ("Show as chart"), so no aria-pressed beside them;
            the figure's title makes each figure's button name unique. */}
        <button
          type="button"
          id={toggleId}
          className="abmfa-admin-link-button"
          aria-labelledby={`${toggleId} ${titleId}`}
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
