'use client';

import type { AuditLogEntry, AuditLogFilters, MfaAdminClient } from '@authblock/mfa-client/admin';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { LoadProgress } from './useTenantMfaData.ts';

/**
 * Reads every audit entry that matches `filters` (all pages, at most 4 requests in flight,
 * the client's own walk) for an export, reporting progress as pages arrive. Leaving the
 * page, or `cancel()`, stops the requests in flight. The entries go to `onDone`, not to the
 * cache: an export is an action, not data to keep.
 */
export function useAuditExport(client: MfaAdminClient, onDone: (entries: AuditLogEntry[]) => void) {
  const [progress, setProgress] = useState<LoadProgress>({ loaded: 0, total: null });
  const running = useRef<AbortController | null>(null);
  const cancel = () => running.current?.abort();
  useEffect(() => () => running.current?.abort(), []);

  const mutation = useMutation({
    mutationFn: async (filters: AuditLogFilters) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setProgress({ loaded: 0, total: null });
      const entries: AuditLogEntry[] = [];
      const walk = client.auditLogs.pages({
        ...(Object.keys(filters).length > 0 ? { filters } : {}),
        signal: controller.signal,
      });
      for await (const page of walk) {
        entries.push(...page.items);
        setProgress({ loaded: entries.length, total: page.totalRecords });
      }
      return entries;
    },
    onSuccess: onDone,
    gcTime: 0,
  });
  return {
    start: (filters: AuditLogFilters) => mutation.mutate(filters),
    cancel,
    isRunning: mutation.isPending,
    /** Failed for a reason other than a cancel. */
    failed: mutation.isError && !running.current?.signal.aborted,
    progress,
  };
}
