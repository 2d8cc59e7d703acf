import type { AdminMessages } from '../messages.ts';
import type { DashboardData } from './metrics.ts';

/** How the dashboard writes its numbers, rates, times and dates in the admin's language. */
export interface DashboardFormat {
  count: (value: number) => string;
  /** A 0..1 rate as a whole percentage; "not applicable" for no data. */
  rate: (rate: number | null) => string;
  /** An audit entry's moment (ISO 8601), with its time of day. */
  time: (iso: string) => string;
  /** A point on the adoption-over-time chart (epoch milliseconds): month and day. */
  date: (at: number) => string;
}

export function dashboardFormat(locale: string, text: AdminMessages): DashboardFormat {
  const count = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const monthDay = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' });
  return {
    count: (value) => count.format(value),
    rate: (rate) => (rate === null ? text.notApplicable : percent.format(rate)),
    time: (iso) => dateTime.format(new Date(iso)),
    date: (at) => monthDay.format(new Date(at)),
  };
}

/** What every dashboard section draws from: the figures, the strings and their formats. */
export interface DashboardSectionProps {
  figures: DashboardData;
  text: AdminMessages;
  format: DashboardFormat;
}
