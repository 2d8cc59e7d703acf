'use client';

import type {
  AuditLogEntry,
  AuditLogFilters,
  MfaAdminClient,
  Page,
} from '@authblock/mfa-client/admin';
import { useQuery } from '@tanstack/react-query';
import { auditPageOptions } from './queries.ts';

export type AuditLogPageState =
  | { status: 'loading' }
  | { status: 'ready'; page: Page<AuditLogEntry> }
  | { status: 'error'; error: unknown };

/**
 * One page of the audit log, filtered, through TanStack Query: read again whenever the
 * filters or the page change, and a request since replaced (or left) is cancelled.
 */
export function useAuditLogPage(
  client: MfaAdminClient,
  filters: AuditLogFilters,
  pageNumber: number,
  pageSize: number,
): AuditLogPageState {
  const query = useQuery(auditPageOptions(client, filters, pageNumber, pageSize));
  if (query.isError) return { status: 'error', error: query.error };
  return query.data ? { status: 'ready', page: query.data } : { status: 'loading' };
}
