'use client';

import type { DashboardSectionProps } from '../model/dashboard-format.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { RateLineChart } from './RateLineChart.tsx';

/** The adoption rate over the chosen range, as a line chart or as a table. */
export function AdoptionOverTimeFigure({
  figures,
  text,
  format,
  rtl,
}: DashboardSectionProps & { rtl: boolean }) {
  const firstPoint = figures.overTime[0];
  const lastPoint = figures.overTime.at(-1);
  return (
    <ChartFigure
      title={text.overTime}
      summary={
        firstPoint && lastPoint
          ? text.overTimeSummary(
              format.date(firstPoint.at),
              format.date(lastPoint.at),
              format.rate(firstPoint.rate),
              format.rate(lastPoint.rate),
            )
          : ''
      }
      showTable={text.showTable}
      showChart={text.showChart}
      chart={(width, label) => (
        <RateLineChart
          points={figures.overTime.map((point) => ({ at: point.at, value: point.rate }))}
          width={width}
          label={label}
          formatDate={format.date}
          formatRate={format.rate}
          rtl={rtl}
        />
      )}
      table={
        <table className="abmfa-admin-table">
          <thead>
            <tr>
              <th scope="col">{text.columns.date}</th>
              <th scope="col">{text.columns.rate}</th>
              <th scope="col">{text.columns.people}</th>
            </tr>
          </thead>
          <tbody>
            {figures.overTime.map((point) => (
              <tr key={point.at}>
                <td>{format.date(point.at)}</td>
                <td>{format.rate(point.rate)}</td>
                <td>{format.count(point.people)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
