'use client';

import type { AdminUser, AuditLogEntry, MfaAdminClient } from '@authblock/mfa-client/admin';
import {
  type InfiniteData,
  type UseInfiniteQueryResult,
  useInfiniteQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { adminKeys, type HistoryBatch, historyPagesOptions, usersPagesOptions } from './queries.ts';

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
 * Reads every user, then a year of audit entries, through TanStack Query
 * (`useInfiniteQuery`, each of its pages a batch of up to 4 requests), reporting progress
 * as they arrive. Leaving the page cancels the
 * request in flight (the query's `signal`); the pages read stay cached, so coming back
 * within a minute shows them at once. `reload()` starts over.
 */
export function useTenantMfaData({ client, now = Date.now }: UseTenantMfaDataOptions): {
  data: TenantMfaData;
  reload: () => void;
} {
  const users = useInfiniteQuery({ ...usersPagesOptions(client), staleTime: 60_000 });
  useReadToEnd(users);
  const usersRead = users.isSuccess && !users.hasNextPage;
  // No users, nothing to chart: the history is not worth reading.
  const noUsers = usersRead && progressOf(users.data).loaded === 0;
  const history = useInfiniteQuery({
    ...historyPagesOptions(client, now),
    staleTime: 60_000,
    enabled: usersRead && !noUsers,
  });
  useReadToEnd(history);
  const historyRead = usersRead && history.isSuccess && !history.hasNextPage;

  const queryClient = useQueryClient();
  const reload = useCallback(
    () => void queryClient.resetQueries({ queryKey: adminKeys.of(client) }),
    [queryClient, client],
  );

  const data = useMemo((): TenantMfaData => {
    const error = users.error ?? history.error;
    if (error) return { status: 'error', error };
    if (noUsers) return { status: 'ready', users: [], events: [], loadedAt: users.dataUpdatedAt };
    if (historyRead && users.data && history.data) {
      return {
        status: 'ready',
        users: users.data.pages.flatMap((page) => page.items),
        events: history.data.pages.flatMap((page) => page.items),
        loadedAt: (history.data.pages[0] as HistoryBatch).loadedAt,
      };
    }
    return {
      status: 'loading',
      phase: usersRead ? 'events' : 'users',
      users: progressOf(users.data),
      events: progressOf(usersRead ? history.data : undefined),
    };
  }, [
    users.error,
    history.error,
    noUsers,
    users.dataUpdatedAt,
    historyRead,
    users.data,
    history.data,
    usersRead,
  ]);
  return { data, reload };
}

/** Asks for the next page as soon as the last one arrived, until there is none (or an error). */
function useReadToEnd(query: UseInfiniteQueryResult) {
  const { hasNextPage, isFetching, isError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetching && !isError) void fetchNextPage();
  }, [hasNextPage, isFetching, isError, fetchNextPage]);
}

function progressOf(
  data: InfiniteData<{ items: unknown[]; totalRecords: number }> | undefined,
): LoadProgress {
  if (!data || data.pages.length === 0) return { loaded: 0, total: null };
  return {
    loaded: data.pages.reduce((sum, page) => sum + page.items.length, 0),
    total: (data.pages[0] as { totalRecords: number }).totalRecords,
  };
}
