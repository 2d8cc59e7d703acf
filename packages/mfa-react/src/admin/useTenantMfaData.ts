'use client';

import type { AdminUser, AuditLogEntry, MfaAdminClient } from '@authblock/mfa-client/admin';
import { useCallback, useEffect, useRef, useState } from 'react';

/** How far back the audit history is read: the dashboard's widest range. */
export const HISTORY_MS = 365 * 24 * 3_600_000;

export interface LoadProgress {
  loaded: number;
  /** From the first page's totals; null until it arrived. */
  total: number | null;
}

export type TenantMfaData =
  | {
      status: 'loading';
      /** What is being read now. */
      phase: 'users' | 'events';
      users: LoadProgress;
      events: LoadProgress;
    }
  | { status: 'ready'; users: AdminUser[]; events: AuditLogEntry[]; loadedAt: number }
  | { status: 'error'; error: unknown };

export interface UseTenantMfaDataOptions {
  /** From `createMfaAdminClient()`, with an admin's token. */
  client: MfaAdminClient;
  /** The clock, for tests and stories. @default Date.now */
  now?: (() => number) | undefined;
}

/**
 * Reads every user and a year of audit entries, page by page (at most 4 requests in
 * flight), reporting progress as pages arrive. Leaving the page, or `reload()`, aborts
 * whatever is still in flight.
 */
export function useTenantMfaData({ client, now = Date.now }: UseTenantMfaDataOptions): {
  data: TenantMfaData;
  reload: () => void;
} {
  const [data, setData] = useState<TenantMfaData>(() => loading('users', null, null));
  const [attempt, setAttempt] = useState(0);
  const nowRef = useRef(now);
  nowRef.current = now;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` starts a new read
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    setData(loading('users', null, null));
    (async () => {
      const users: AdminUser[] = [];
      let usersTotal: number | null = null;
      for await (const page of client.users.pages({ signal })) {
        users.push(...page.items);
        usersTotal = page.totalRecords;
        setData(loading('users', { loaded: users.length, total: usersTotal }, null));
      }
      const loadedAt = nowRef.current();
      const events: AuditLogEntry[] = [];
      const users_ = { loaded: users.length, total: usersTotal };
      setData(loading('events', users_, { loaded: 0, total: null }));
      const filters = { from: new Date(loadedAt - HISTORY_MS), to: new Date(loadedAt) };
      for await (const page of client.auditLogs.pages({ filters, signal })) {
        events.push(...page.items);
        setData(loading('events', users_, { loaded: events.length, total: page.totalRecords }));
      }
      setData({ status: 'ready', users, events, loadedAt });
    })().catch((error: unknown) => {
      if (!signal.aborted) setData({ status: 'error', error });
    });
    return () => controller.abort();
  }, [client, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, reload };
}

function loading(
  phase: 'users' | 'events',
  users: LoadProgress | null,
  events: LoadProgress | null,
): TenantMfaData {
  return {
    status: 'loading',
    phase,
    users: users ?? { loaded: 0, total: null },
    events: events ?? { loaded: 0, total: null },
  };
}
