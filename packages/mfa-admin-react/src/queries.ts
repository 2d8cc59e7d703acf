import {
  type AdminUser,
  type AuditLogEntry,
  type AuditLogFilters,
  MAX_CONCURRENCY,
  type MfaAdminClient,
  type Page,
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
  user: (client: MfaAdminClient, userId: string) =>
    [...adminKeys.of(client), 'user', userId] as const,
  auditPage: (client: MfaAdminClient, filters: AuditLogFilters, page: number, records: number) =>
    [...adminKeys.of(client), 'audit', filters, page, records] as const,
};

/**
 * Pages `from` to `to` of a list, read at once: one "page" of an infinite query is a batch
 * of up to `MAX_CONCURRENCY` (4) requests, as many as the client's own walk keeps in flight.
 */
export interface Batch<Item> {
  items: Item[];
  /** The last page number read. */
  to: number;
  /** From the batch's first page (page 1 tells how many there are). */
  totalPages: number;
  totalRecords: number;
  /** A page came back short: the list ended early (records removed meanwhile). */
  ended: boolean;
}

export interface BatchParam {
  from: number;
  to: number;
}

async function readBatch<Item>(
  fetchPage: (page: number) => Promise<Page<Item>>,
  { from, to }: BatchParam,
): Promise<Batch<Item>> {
  const numbers = Array.from({ length: to - from + 1 }, (_, index) => from + index);
  const pages = await Promise.all(numbers.map(fetchPage));
  const first = pages[0] as Page<Item>;
  return {
    items: pages.flatMap((page) => page.items),
    to,
    totalPages: first.totalPages,
    totalRecords: first.totalRecords,
    ended: pages.some((page) => page.items.length < page.records),
  };
}

/** Page 1 alone first: it tells how many pages there are. */
const FIRST_BATCH: BatchParam = { from: 1, to: 1 };

/** The next (up to) four pages, unless the last batch ended the list. */
function nextBatch(last: Batch<unknown>): BatchParam | undefined {
  if (last.ended || last.to >= last.totalPages) return undefined;
  const from = last.to + 1;
  return { from, to: Math.min(last.totalPages, from + MAX_CONCURRENCY - 1) };
}

// The client already retries what is safe to retry; TanStack's retries would repeat a 403.
const retry = false;

/** Every user of the tenant, a batch at a time; `useReadToEnd` asks for the next. */
export function usersPagesOptions(client: MfaAdminClient) {
  return infiniteQueryOptions({
    queryKey: adminKeys.users(client),
    queryFn: ({ pageParam, signal }): Promise<Batch<AdminUser>> =>
      readBatch((page) => client.users.list({ page, records: WALK_RECORDS, signal }), pageParam),
    initialPageParam: FIRST_BATCH,
    getNextPageParam: nextBatch,
    retry,
  });
}

/** A batch of the history, with the moment the first page was read: the dashboard's "now". */
export interface HistoryBatch extends Batch<AuditLogEntry> {
  loadedAt: number;
}

/**
 * A year of audit entries up to the moment the first page was read, a batch at a time.
 * Every later batch asks for the same window, so entries logged meanwhile do not shift it.
 */
export function historyPagesOptions(client: MfaAdminClient, now: () => number) {
  return infiniteQueryOptions({
    queryKey: adminKeys.history(client),
    queryFn: async ({ pageParam, signal }): Promise<HistoryBatch> => {
      const loadedAt = pageParam.loadedAt ?? now();
      const filters = { from: new Date(loadedAt - HISTORY_MS), to: new Date(loadedAt) };
      const batch = await readBatch(
        (page) => client.auditLogs.query(filters, { page, records: WALK_RECORDS, signal }),
        pageParam,
      );
      return { ...batch, loadedAt };
    },
    initialPageParam: FIRST_BATCH as BatchParam & { loadedAt?: number },
    getNextPageParam: (last: HistoryBatch) => {
      const next = nextBatch(last);
      return next && { ...next, loadedAt: last.loadedAt };
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

/** How many of a person's latest audit entries their record lists. */
export const RECORD_EVENTS = 10;

/** One person's record with their roles' names (`GET /users/:unique_id?include=role`). */
export function userRecordOptions(client: MfaAdminClient, userId: string) {
  return queryOptions({
    queryKey: adminKeys.user(client, userId),
    queryFn: ({ signal }) => client.users.get(userId, { include: ['role'], signal }),
    retry,
  });
}

/** A person's latest audit entries, newest first (`POST /audit_logs/query` with `actor_id`). */
export const userEventsOptions = (client: MfaAdminClient, userId: string) =>
  auditPageOptions(client, { actorId: userId }, 1, RECORD_EVENTS);
