'use client';

import type { DashboardSectionProps } from '../model/dashboard-format.ts';
import { BarChart } from './BarChart.tsx';
import { ChartFigure } from './ChartFigure.tsx';

/** How many people use each channel (and, if any, a channel the dashboard does not know). */
export function ChannelSplitFigure({
  figures,
  text,
  format,
  rtl,
}: DashboardSectionProps & { rtl: boolean }) {
  const { channels } = figures;
  const channelBars = [
    { label: text.channels.totp, value: channels.totp, kind: 'totp' },
    { label: text.channels.email, value: channels.email, kind: 'email' },
    { label: text.channels.off, value: channels.off, kind: 'off' },
    ...(channels.unknown > 0
      ? [{ label: text.channels.unknown, value: channels.unknown, kind: 'unknown' }]
      : []),
  ];
  return (
    <ChartFigure
      title={text.channelSplit}
      summary={text.channelSummary(channels.totp, channels.email, channels.off)}
      showTable={text.showTable}
      showChart={text.showChart}
      chart={(width, label) => (
        <BarChart bars={channelBars} width={width} label={label} format={format.count} rtl={rtl} />
      )}
      table={
        <table className="abmfa-admin-table">
          <thead>
            <tr>
              <th scope="col">{text.columns.channel}</th>
              <th scope="col">{text.columns.count}</th>
            </tr>
          </thead>
          <tbody>
            {channelBars.map((bar) => (
              <tr key={bar.kind}>
                <td>{bar.label}</td>
                <td>{format.count(bar.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
