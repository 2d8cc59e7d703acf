'use client';

import { isMfaApiError } from '@authblock/mfa-client';
import type { AuditLogFilters, MfaAdminClient } from '@authblock/mfa-client/admin';
import { mfaLocaleDirection } from '@authblock/mfa-react';
import { type ReactElement, useId, useMemo, useState } from 'react';
import { AuditExportControl } from './AuditExportControl.tsx';
import { AuditFiltersForm } from './AuditFiltersForm.tsx';
import { useAdminText } from './i18n.ts';
import { ListTable } from './ListTable.tsx';
import type { AdminMessageOverrides } from './messages.ts';
import { auditActionOptions } from './model/audit-actions.ts';
import { auditColumns } from './model/audit-columns.ts';
import { useAuditLogPage } from './useAuditLogPage.ts';

export interface AuditEventsTableProps {
  /** From `createMfaAdminClient()`, with an owner's or admin's token. */
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

/**
 * The audit log's MFA and sign-in events, newest first, with filters (action, status,
 * user email, date range) and paging; every matching event exports as CSV. Needs a
 * TanStack `QueryClient` (an enclosing `QueryClientProvider` or `<MfaProvider>`).
 */
export function AuditEventsTable({
  client,
  pageSize = 20,
  messages,
  locale,
  className,
}: AuditEventsTableProps): ReactElement | null {
  const strings = useAdminText(locale, messages);
  const [filters, setFilters] = useState<AuditLogFilters>({});
  const [pageNumber, setPageNumber] = useState(1);
  const state = useAuditLogPage(client, filters, pageNumber, pageSize);
  const page = state.status === 'ready' ? state.page : null;
  // Every action the table has shown can be chosen, beside the known ones.
  const [seen, setSeen] = useState<ReadonlySet<string>>(new Set());
  const unseen = page?.items.some((entry) => !seen.has(entry.action));
  if (page && unseen) setSeen(new Set([...seen, ...page.items.map((entry) => entry.action)]));
  const actions = useMemo(() => auditActionOptions(seen), [seen]);
  const titleId = useId();

  if (!strings) return null;
  const { text } = strings;
  const columns = auditColumns(text, strings.locale);
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
      <AuditFiltersForm
        text={text}
        actions={actions}
        onApply={(next) => {
          setFilters(next);
          setPageNumber(1);
        }}
      />
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
            name="audit-events"
            title={text.eventsListTitle}
            columns={columns}
            rows={page.items}
            rowKey={(entry) => entry.id}
            empty={text.eventsEmpty}
            exportLabel={text.exportCsv}
            exportControl={
              <AuditExportControl
                client={client}
                filters={filters}
                total={page.totalRecords}
                columns={columns}
                text={text}
              />
            }
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
