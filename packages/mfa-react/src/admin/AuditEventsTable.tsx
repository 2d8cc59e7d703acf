'use client';

import { isMfaApiError } from '@authblock/mfa-client';
import type {
  AuditLogEntry,
  AuditLogFilters,
  MfaAdminClient,
  Page,
} from '@authblock/mfa-client/admin';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { mfaLocaleDirection } from '../i18n.ts';
import type { Column } from './csv.ts';
import { useAdminText } from './i18n.ts';
import { ListTable } from './ListTable.tsx';
import type { AdminMessageOverrides } from './messages.ts';

/** The actions offered in the filter: the reference's, and the MFA ones the mock adds. */
export const AUDIT_ACTIONS = [
  'user.login',
  'mfa.challenge',
  'mfa.verified',
  'mfa.failed',
  'mfa.setup',
  'mfa.enabled',
  'mfa.disabled',
  'mfa.backup_code_used',
  'mfa.locked',
] as const;

export interface AuditEventsTableProps {
  client: MfaAdminClient;
  /** Rows per page. @default 20 */
  pageSize?: number | undefined;
  /** Replaces any of the strings (on top of the locale's). */
  messages?: AdminMessageOverrides | undefined;
  /**
   * The language of the strings and dates (as `MfaAdoption`'s).
   * @default the enclosing `<MfaProvider>`'s, else `en`
   */
  locale?: string | undefined;
  className?: string | undefined;
}

type State =
  | { status: 'loading' }
  | { status: 'ready'; page: Page<AuditLogEntry> }
  | { status: 'error'; error: unknown };

const DAY = 86_400_000;

/**
 * The audit log's MFA and sign-in events, newest first, with filters (action, status,
 * user email, date range) and paging; the page shown exports as CSV.
 */
export function AuditEventsTable({
  client,
  pageSize = 20,
  messages,
  locale,
  className,
}: AuditEventsTableProps) {
  const strings = useAdminText(locale, messages);
  const [filters, setFilters] = useState<AuditLogFilters>({});
  const [pageNumber, setPageNumber] = useState(1);
  const [state, setState] = useState<State>({ status: 'loading' });
  const titleId = useId();
  const ids = { action: useId(), status: useId(), actor: useId(), from: useId(), to: useId() };

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    const request = { page: pageNumber, records: pageSize, signal: controller.signal };
    const hasFilters = Object.keys(filters).length > 0;
    (hasFilters ? client.auditLogs.query(filters, request) : client.auditLogs.list(request)).then(
      (page) => setState({ status: 'ready', page }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [client, filters, pageNumber, pageSize]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next: AuditLogFilters = {};
    const value = (name: string) => String(form.get(name) ?? '').trim();
    if (value('action')) next.action = value('action');
    if (value('status')) next.status = value('status') as 'success' | 'failure';
    if (value('actor')) next.actorEmail = value('actor');
    // Dates are whole days in the admin's time zone: from its first to its last moment.
    if (value('from')) next.from = new Date(`${value('from')}T00:00:00`);
    if (value('to')) next.to = new Date(new Date(`${value('to')}T00:00:00`).getTime() + DAY - 1);
    setFilters(next);
    setPageNumber(1);
  };

  if (!strings) return null;
  const { text } = strings;
  const dateTime = new Intl.DateTimeFormat(strings.locale, {
    dateStyle: 'medium',
    timeStyle: 'medium',
  });
  const columns: Column<AuditLogEntry>[] = [
    {
      key: 'time',
      header: text.columns.time,
      text: (entry) => dateTime.format(new Date(entry.createdAt)),
    },
    { key: 'action', header: text.columns.action, text: (entry) => entry.action },
    {
      key: 'actor',
      header: text.columns.actor,
      text: (entry) => entry.actorEmail ?? entry.actorId ?? '',
    },
    {
      key: 'status',
      header: text.columns.status,
      text: (entry) =>
        entry.status === 'failure' ? text.failure : entry.status === 'success' ? text.success : '',
    },
    {
      key: 'details',
      header: text.columns.details,
      text: (entry) =>
        Object.entries(entry.metadata)
          .map(([key, value]) => `${key}: ${String(value)}`)
          .join(', '),
    },
    { key: 'ip', header: text.columns.ip, text: (entry) => entry.ipAddress ?? '' },
  ];

  const page = state.status === 'ready' ? state.page : null;
  const forbidden =
    state.status === 'error' && isMfaApiError(state.error) && state.error.status === 403;
  return (
    <section
      className={['abmfa-admin abmfa-admin-events', className].filter(Boolean).join(' ')}
      data-state={state.status}
      aria-busy={state.status === 'loading'}
      aria-labelledby={titleId}
      lang={strings.locale}
      dir={mfaLocaleDirection(strings.locale)}
    >
      <h2 id={titleId} className="abmfa-admin-title">
        {text.eventsTitle}
      </h2>
      <form className="abmfa-admin-filters" onSubmit={onSubmit}>
        <label htmlFor={ids.action}>{text.actionFilter}</label>
        <select id={ids.action} name="action" defaultValue="">
          <option value="">{text.allActions}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {action}
            </option>
          ))}
        </select>
        <label htmlFor={ids.status}>{text.statusFilter}</label>
        <select id={ids.status} name="status" defaultValue="">
          <option value="">{text.anyStatus}</option>
          <option value="success">{text.success}</option>
          <option value="failure">{text.failure}</option>
        </select>
        <label htmlFor={ids.actor}>{text.actorFilter}</label>
        <input id={ids.actor} name="actor" type="email" autoComplete="off" />
        <label htmlFor={ids.from}>{text.fromFilter}</label>
        <input id={ids.from} name="from" type="date" />
        <label htmlFor={ids.to}>{text.toFilter}</label>
        <input id={ids.to} name="to" type="date" />
        <button type="submit" className="abmfa-admin-button">
          {text.apply}
        </button>
      </form>
      {state.status === 'error' ? (
        <div
          className="abmfa-admin-notice"
          role="alert"
          data-error={forbidden ? 'forbidden' : 'failed'}
        >
          <p>{forbidden ? text.forbidden : text.failed}</p>
        </div>
      ) : null}
      {state.status === 'loading' ? <p role="status">{text.loading}</p> : null}
      {page ? (
        <>
          <p role="status" className="abmfa-admin-intro">
            {text.eventsCount(page.totalRecords)}
          </p>
          <ListTable
            title={text.eventsListTitle}
            columns={columns}
            rows={page.items}
            rowKey={(entry) => entry.id}
            empty={text.eventsEmpty}
            exportLabel={text.exportCsv}
          />
          <nav className="abmfa-admin-pager" aria-label={text.eventsTitle}>
            <button
              type="button"
              className="abmfa-admin-button"
              disabled={pageNumber <= 1}
              onClick={() => setPageNumber((n) => n - 1)}
            >
              {text.previous}
            </button>
            <span>{text.pageOf(pageNumber, page.totalPages)}</span>
            <button
              type="button"
              className="abmfa-admin-button"
              disabled={pageNumber >= page.totalPages}
              onClick={() => setPageNumber((n) => n + 1)}
            >
              {text.next}
            </button>
          </nav>
        </>
      ) : null}
    </section>
  );
}
