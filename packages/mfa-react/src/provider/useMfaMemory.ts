'use client';

import type { MfaMemory } from '@authblock/mfa-core';
import { useCallback, useSyncExternalStore } from 'react';
import { useOptionalMfaContext } from './MfaProvider.tsx';

/** Re-renders every reader when any component changes a user's memory. */
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** What `useMfaMemory` returns: the memory, and the ways to change it. */
export interface MfaMemoryResult {
  /** This render's copy of the user's memory (empty without a user or a provider). */
  memory: MfaMemory;
  /** Changes part of a user's memory (the hook's user unless `forUser` says another). */
  remember: (change: MfaMemory, forUser?: string | undefined) => void;
  /**
   * Turns a flag off and answers whether it was on, reading the store now rather than the
   * render's snapshot: of two readers in one commit, only the first gets `true`.
   */
  take: (flag: keyof MfaMemory) => boolean;
}

/**
 * One user's memory and a function to change part of it. Without a user (sign-in pages
 * before the challenge) it reads empty and `remember` needs the id passed.
 */
export function useMfaMemory(userId?: string | undefined): MfaMemoryResult {
  // Outside a provider (a lone BackupCodes) there is nothing to remember with.
  const context = useOptionalMfaContext();
  const store = context?.memory;
  const id = userId ?? context?.userId;
  const snapshot = useSyncExternalStore(
    subscribe,
    () => (store && id ? JSON.stringify(store.get(id)) : '{}'),
    () => '{}',
  );
  const remember = useCallback(
    (change: MfaMemory, forUser: string | undefined = id) => {
      if (!store || !forUser) return;
      store.set(forUser, { ...store.get(forUser), ...change });
      for (const listener of listeners) listener();
    },
    [store, id],
  );
  /**
   * Turns a flag off and answers whether it was on, reading the store now rather than the
   * render's snapshot: of two readers in one commit (a page's nudge and the settings card's),
   * only the first to take it gets `true`.
   */
  const take = useCallback(
    (flag: keyof MfaMemory): boolean => {
      if (!store || !id || !store.get(id)[flag]) return false;
      remember({ [flag]: false });
      return true;
    },
    [store, id, remember],
  );
  return { memory: JSON.parse(snapshot) as MfaMemory, remember, take };
}
