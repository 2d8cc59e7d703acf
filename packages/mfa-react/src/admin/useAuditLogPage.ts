'use client';

import type {
  AuditLogEntry,
  AuditLogFilters,
  MfaAdminClient,
  Page,
} from '@authblock/mfa-client/admin';
import { useEffect, useState } from 'react';

export type AuditLogPageState =
  | { status: 'loading' }
  | { status: 'ready'; page: Page<AuditLogEntry> }
  | { status: 'error'; error: unknown };

/**
 * One page of the audit log, filtered, loaded again whenever the filters or the page
 * change; an answer to a request since replaced is dropped.
 */
export function useAuditLogPage(
  client: MfaAdminClient,
  filters: AuditLogFilters,
  pageNumber: number,
  pageSize: number,
): AuditLogPageState {
  const [state, setState] = useState<AuditLogPageState>({ status: 'loading' });
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
  return state;
}
