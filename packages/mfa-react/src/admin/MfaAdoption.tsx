'use client';

import { isMfaApiError } from '@authblock/mfa-client';
import type { AdminUser, MfaAdminClient } from '@authblock/mfa-client/admin';
import { useId, useMemo, useState } from 'react';
import { mfaLocaleDirection } from '../i18n.ts';
import { BarChart, ChartFigure, RateLineChart } from './charts.tsx';
import type { Column } from './csv.ts';
import { useAdminText } from './i18n.ts';
import { ListTable } from './ListTable.tsx';
import type { AdminMessageOverrides, AdminMessages } from './messages.ts';
import {
  type BackupUsageRow,
  type BurstRow,
  type ChurnRow,
  computeDashboard,
  type DashboardData,
  type FailureRow,
  primaryRole,
  RANGES,
  type RangeKey,
  type RoleRow,
  rangeEndingAt,
  rolesOf,
} from './metrics.ts';
import { type TenantMfaData, useTenantMfaData } from './useTenantMfaData.ts';

export interface MfaAdoptionProps {
  /** From `createMfaAdminClient()`, with an owner's or admin's token. */
  client: MfaAdminClient;
  /** Replaces any of the strings (on top of the locale's). */
  messages?: AdminMessageOverrides | undefined;
  /**
   * The language of the strings, numbers and dates, as a BCP 47 tag (the shipped locale
   * closest to it, as for `<MfaProvider locale>`; Arabic lays the dashboard out right to
   * left). @default the enclosing `<MfaProvider>`'s, else `en`
   */
  locale?: string | undefined;
  /** The clock, for tests and stories. @default Date.now */
  now?: (() => number) | undefined;
  className?: string | undefined;
}

/**
 * The tenant admin's MFA dashboard (the guide's Tenant Admin Guide): adoption now and over
 * time, channels, adoption by role beside the guide's advice, backup-code use and the
 * warning signs in the audit log, each list exportable as CSV. Reads every user and a
 * year of audit entries through the admin client, showing progress as pages arrive.
 */
export function MfaAdoption({ client, messages, locale, now, className }: MfaAdoptionProps) {
  const strings = useAdminText(locale, messages);
  const { data, reload } = useTenantMfaData({ client, ...(now ? { now } : {}) });
  const titleId = useId();
  // Only the first load of a language waits (a small local chunk); the data loads meanwhile.
  if (!strings) return null;
  const { text } = strings;
  return (
    <section
      className={['abmfa-admin', className].filter(Boolean).join(' ')}
      lang={strings.locale}
      dir={mfaLocaleDirection(strings.locale)}
      data-state={data.status}
      aria-busy={data.status === 'loading'}
      aria-labelledby={titleId}
    >
      <h2 id={titleId} className="abmfa-admin-title">
        {text.title}
      </h2>
      <Body data={data} text={text} locale={strings.locale} reload={reload} />
    </section>
  );
}

function Body({
  data,
  text,
  locale,
  reload,
}: {
  data: TenantMfaData;
  text: AdminMessages;
  locale: string;
  reload: () => void;
}) {
  if (data.status === 'loading') {
    const progress = data.phase === 'users' ? data.users : data.events;
    const label =
      data.phase === 'users'
        ? text.loadingUsers(data.users.loaded, data.users.total)
        : text.loadingEvents(data.events.loaded, data.events.total);
    return (
      <div className="abmfa-admin-progress">
        <p role="status">{label}</p>
        <progress
          aria-label={label}
          max={progress.total ?? undefined}
          value={progress.total === null ? undefined : progress.loaded}
        />
      </div>
    );
  }
  if (data.status === 'error') {
    const forbidden = isMfaApiError(data.error) && data.error.status === 403;
    return (
      <div
        className="abmfa-admin-notice"
        role="alert"
        data-error={forbidden ? 'forbidden' : 'failed'}
      >
        <p>{forbidden ? text.forbidden : text.failed}</p>
        {forbidden ? null : (
          <button type="button" className="abmfa-admin-button" onClick={reload}>
            {text.retry}
          </button>
        )}
      </div>
    );
  }
  if (data.users.length === 0) {
    return (
      <p className="abmfa-admin-notice" data-empty="">
        {text.emptyTenant}
      </p>
    );
  }
  return (
    <Dashboard
      users={data.users}
      events={data.events}
      now={data.loadedAt}
      text={text}
      locale={locale}
    />
  );
}

function Dashboard({
  users,
  events,
  now,
  text,
  locale,
}: {
  users: AdminUser[];
  events: Parameters<typeof computeDashboard>[1];
  now: number;
  text: AdminMessages;
  locale: string;
}) {
  const [role, setRole] = useState<string | null>(null);
  const [range, setRange] = useState<RangeKey>('12m');
  const roleId = useId();
  const rangeId = useId();
  const figures = useMemo(
    () => computeDashboard(users, events, { role, range: rangeEndingAt(now, range) }),
    [users, events, role, range, now],
  );
  const roles = useMemo(() => [...new Set(users.flatMap(rolesOf))].sort(), [users]);
  const count = new Intl.NumberFormat(locale);
  const formatCount = (value: number) => count.format(value);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const formatRate = (rate: number | null) =>
    rate === null ? text.notApplicable : percent.format(rate);
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const formatTime = (iso: string) => dateTime.format(new Date(iso));

  return (
    <>
      <div className="abmfa-admin-filters">
        <label htmlFor={roleId}>{text.roleFilter}</label>
        <select
          id={roleId}
          value={role ?? ''}
          onChange={(event) => setRole(event.target.value || null)}
        >
          <option value="">{text.allRoles}</option>
          {roles.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <label htmlFor={rangeId}>{text.rangeFilter}</label>
        <select
          id={rangeId}
          value={range}
          onChange={(event) => setRange(event.target.value as RangeKey)}
        >
          {(Object.keys(RANGES) as RangeKey[]).map((key) => (
            <option key={key} value={key}>
              {text.ranges[key]}
            </option>
          ))}
        </select>
      </div>
      {figures.hasMfaFields ? (
        <Figures
          figures={figures}
          text={text}
          formatRate={formatRate}
          formatTime={formatTime}
          formatCount={formatCount}
          locale={locale}
        />
      ) : (
        <p className="abmfa-admin-notice" role="note" data-no-mfa-fields="">
          {text.noMfaFields}
        </p>
      )}
    </>
  );
}

function Figures({
  figures,
  text,
  formatRate,
  formatTime,
  formatCount,
  locale,
}: {
  figures: DashboardData;
  text: AdminMessages;
  formatRate: (rate: number | null) => string;
  formatTime: (iso: string) => string;
  formatCount: (value: number) => string;
  locale: string;
}) {
  const { channels } = figures;
  const direction = mfaLocaleDirection(locale);
  const monthDay = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' });
  const formatDate = (at: number) => monthDay.format(new Date(at));
  const userColumns: Column<AdminUser>[] = [
    { key: 'email', header: text.columns.email, text: (user) => user.email },
    { key: 'role', header: text.columns.role, text: (user) => rolesOf(user).join(' ') },
    {
      key: 'channel',
      header: text.columns.channel,
      text: (user) =>
        user.mfaEnabled ? text.channels[user.mfaChannel ?? 'email'] : text.channels.off,
    },
  ];
  const roleColumns: Column<RoleRow>[] = [
    { key: 'role', header: text.columns.role, text: (row) => row.role },
    { key: 'users', header: text.columns.users, text: (row) => formatCount(row.total) },
    { key: 'rate', header: text.columns.rate, text: (row) => formatRate(row.rate) },
    { key: 'totp', header: text.channels.totp, text: (row) => formatCount(row.totp) },
    { key: 'email', header: text.channels.email, text: (row) => formatCount(row.email) },
    { key: 'off', header: text.channels.off, text: (row) => formatCount(row.off) },
    { key: 'advice', header: text.recommendation, text: (row) => text.advice[row.advice] },
  ];
  const backupColumns: Column<BackupUsageRow>[] = [
    { key: 'email', header: text.columns.email, text: (row) => row.email },
    {
      key: 'role',
      header: text.columns.role,
      text: (row) => (row.user ? primaryRole(row.user) : ''),
    },
    { key: 'uses', header: text.columns.uses, text: (row) => formatCount(row.uses) },
    { key: 'last', header: text.columns.lastUse, text: (row) => formatTime(row.lastUse) },
  ];
  const failureColumns: Column<FailureRow>[] = [
    { key: 'email', header: text.columns.email, text: (row) => row.email },
    { key: 'failures', header: text.columns.failures, text: (row) => formatCount(row.failures) },
    { key: 'first', header: text.columns.first, text: (row) => formatTime(row.firstAt) },
    { key: 'last', header: text.columns.last, text: (row) => formatTime(row.lastAt) },
    {
      key: 'locked',
      header: text.columns.locked,
      text: (row) => (row.locked ? text.yes : text.no),
    },
  ];
  const churnColumns: Column<ChurnRow>[] = [
    { key: 'email', header: text.columns.email, text: (row) => row.email },
    { key: 'disables', header: text.columns.disables, text: (row) => formatCount(row.disables) },
    { key: 'enables', header: text.columns.enables, text: (row) => formatCount(row.enables) },
    { key: 'last', header: text.columns.last, text: (row) => formatTime(row.lastAt) },
  ];
  const burstColumns: Column<BurstRow>[] = [
    { key: 'start', header: text.columns.start, text: (row) => formatTime(row.start) },
    { key: 'failures', header: text.columns.failures, text: (row) => formatCount(row.failures) },
    { key: 'people', header: text.columns.people, text: (row) => row.emails.join(' ') },
    { key: 'ip', header: text.columns.addresses, text: (row) => row.ipAddresses.join(' ') },
  ];
  const channelBars = [
    { label: text.channels.totp, value: channels.totp, kind: 'totp' },
    { label: text.channels.email, value: channels.email, kind: 'email' },
    { label: text.channels.off, value: channels.off, kind: 'off' },
    ...(channels.unknown > 0
      ? [{ label: text.channels.unknown, value: channels.unknown, kind: 'unknown' }]
      : []),
  ];
  const firstPoint = figures.overTime[0];
  const lastPoint = figures.overTime.at(-1);
  const gaps = figures.roles.flatMap((row) => row.gaps);

  return (
    <>
      <div className="abmfa-admin-cards">
        <div className="abmfa-admin-card" data-figure="adoption">
          <p className="abmfa-admin-card-label">{text.adoption}</p>
          <p className="abmfa-admin-card-value">{formatRate(figures.rate)}</p>
          <p className="abmfa-admin-card-detail">
            {text.adoptionDetail(figures.enabled, figures.people)}
          </p>
        </div>
        {(['totp', 'email', 'off'] as const).map((kind) => (
          <div key={kind} className="abmfa-admin-card" data-figure={kind}>
            <p className="abmfa-admin-card-label">{text.channels[kind]}</p>
            <p className="abmfa-admin-card-value">{formatCount(channels[kind])}</p>
          </div>
        ))}
      </div>
      <p className="abmfa-admin-intro">{text.peopleNote}</p>
      <div className="abmfa-admin-charts">
        <ChartFigure
          title={text.overTime}
          summary={
            firstPoint && lastPoint
              ? text.overTimeSummary(
                  formatDate(firstPoint.at),
                  formatDate(lastPoint.at),
                  formatRate(firstPoint.rate),
                  formatRate(lastPoint.rate),
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
              formatDate={formatDate}
              formatRate={formatRate}
              rtl={direction === 'rtl'}
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
                    <td>{formatDate(point.at)}</td>
                    <td>{formatRate(point.rate)}</td>
                    <td>{formatCount(point.people)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
        <ChartFigure
          title={text.channelSplit}
          summary={text.channelSummary(channels.totp, channels.email, channels.off)}
          showTable={text.showTable}
          showChart={text.showChart}
          chart={(width, label) => (
            <BarChart
              bars={channelBars}
              width={width}
              label={label}
              format={formatCount}
              rtl={direction === 'rtl'}
            />
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
                    <td>{formatCount(bar.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      </div>
      <ListTable
        title={text.byRole}
        columns={roleColumns}
        rows={figures.roles}
        rowKey={(row) => row.role}
        empty={text.emptyTenant}
        exportLabel={text.exportCsv}
      />
      <ListTable
        title={text.gapsTitle}
        columns={userColumns}
        rows={gaps}
        rowKey={(user) => user.id}
        empty={text.gapsEmpty}
        exportLabel={text.exportCsv}
      />
      <ListTable
        title={text.backupTitle}
        intro={text.backupIntro}
        columns={backupColumns}
        rows={figures.backupUsage}
        rowKey={(row) => row.userId}
        empty={text.backupEmpty}
        exportLabel={text.exportCsv}
      />
      <ListTable
        title={text.failuresTitle}
        intro={text.failuresIntro}
        columns={failureColumns}
        rows={figures.repeatedFailures}
        rowKey={(row) => row.userId}
        empty={text.failuresEmpty}
        exportLabel={text.exportCsv}
      />
      <ListTable
        title={text.churnTitle}
        intro={text.churnIntro}
        columns={churnColumns}
        rows={figures.churn}
        rowKey={(row) => row.userId}
        empty={text.churnEmpty}
        exportLabel={text.exportCsv}
      />
      <ListTable
        title={text.burstsTitle}
        intro={text.burstsIntro}
        columns={burstColumns}
        rows={figures.bursts}
        rowKey={(row) => row.start}
        empty={text.burstsEmpty}
        exportLabel={text.exportCsv}
      />
    </>
  );
}
