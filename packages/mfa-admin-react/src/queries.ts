import type {
  AdminUser,
  AuditLogEntry,
  AuditLogFilters,
  MfaAdminClient,
  Page,
} from '@authblock/mfa-client/admin';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';

/** How far back the dashboard reads the audit history: its widest range. */
export const HISTORY_MS = 365 * 24 * 3_600_000;
/** Rows per request when reading every page: few requests, each still small. */
const WALK_RECORDS = 100;

// Two clients (two tenants, two admins' tokens) never share cached pages: each gets an id.
const clientIds = new WeakMap<MfaAdminClient, number>();
let lastClientId = 0;
function clientId(client: MfaAdminClient): number {
  const known = clientIds.get(client);
  if (known !== undefined) return known;
  lastClientId += 1;
  clientIds.set(client, lastClientId);
  return lastClientId;
}

/** The admin components' query keys: `adminKeys.of(client)` covers all of one client's. */
export const adminKeys = {
  all: ['@authblock/mfa-admin-react'] as const,
  of: (client: MfaAdminClient) => [...adminKeys.all, clientId(client)] as const,
  users: (client: MfaAdminClient) => [...adminKeys.of(client), 'users'] as const,
  history: (client: MfaAdminClient) => [...adminKeys.of(client), 'history'] as const,
  auditPage: (client: MfaAdminClient, filters: AuditLogFilters, page: number, records: number) =>
    [...adminKeys.of(client), 'audit', filters, page, records] as const,
};

/** The page after `last`, unless it was the last one (or came back short: the list ended). */
function nextPage(last: Page<unknown>): number | undefined {
  return last.page < last.totalPages && last.items.length >= last.records
    ? last.page + 1
    : undefined;
}

// The client already retries what is safe to retry; TanStack's retries would repeat a 403.
const retry = false;

/** Every user of the tenant, one page per request; `useReadToEnd` asks for the next. */
export function usersPagesOptions(client: MfaAdminClient) {
  return infiniteQueryOptions({
    queryKey: adminKeys.users(client),
    queryFn: ({ pageParam, signal }): Promise<Page<AdminUser>> =>
      client.users.list({ page: pageParam, records: WALK_RECORDS, signal }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
    retry,
  });
}

/** A page of the history, with the moment the first page was read: the dashboard's "now". */
export interface HistoryPage extends Page<AuditLogEntry> {
  loadedAt: number;
}

/**
 * A year of audit entries up to the moment the first page was read, one page per request.
 * Every later page asks for the same window, so entries logged meanwhile do not shift them.
 */
export function historyPagesOptions(client: MfaAdminClient, now: () => number) {
  return infiniteQueryOptions({
    queryKey: adminKeys.history(client),
    queryFn: async ({ pageParam, signal }): Promise<HistoryPage> => {
      const loadedAt = pageParam.loadedAt ?? now();
      const filters = { from: new Date(loadedAt - HISTORY_MS), to: new Date(loadedAt) };
      const page = await client.auditLogs.query(filters, {
        page: pageParam.page,
        records: WALK_RECORDS,
        signal,
      });
      return { ...page, loadedAt };
    },
    initialPageParam: { page: 1 } as { page: number; loadedAt?: number },
    getNextPageParam: (last: HistoryPage) => {
      const page = nextPage(last);
      return page === undefined ? undefined : { page, loadedAt: last.loadedAt };
    },
    retry,
  });
}

/** One page of the audit log, filtered (`GET /audit_logs` when there is no filter). */
export function auditPageOptions(
  client: MfaAdminClient,
  filters: AuditLogFilters,
  page: number,
  records: number,
) {
  return queryOptions({
    queryKey: adminKeys.auditPage(client, filters, page, records),
    queryFn: ({ signal }) =>
      Object.keys(filters).length > 0
        ? client.auditLogs.query(filters, { page, records, signal })
        : client.auditLogs.list({ page, records, signal }),
    retry,
  });
}
