'use client';

import type { MfaClient } from '@authblock/mfa-client';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import {
  enCoreMessages,
  enSetupMessages,
  type MfaCoreMessages,
  type MfaMessageOverrides,
  type MfaMessages,
} from './messages.ts';

export interface MfaContextValue {
  client: MfaClient;
  /** The signed-in user whose second factor the hooks manage; absent on sign-in pages. */
  userId: string | undefined;
  /** The provider's string overrides (the English defaults are merged in by each component). */
  messages: MfaMessageOverrides | undefined;
}

const MfaContext = createContext<MfaContextValue | null>(null);

export interface MfaProviderProps {
  /** The Auth Block client, from `createMfaClient()`. */
  client: MfaClient;
  /** The signed-in user's id (`unique_id`). Needed by setup, status, verify and disable. */
  userId?: string | undefined;
  /** Replaces any of the English strings, for every component inside. */
  messages?: MfaMessageOverrides;
  /**
   * The TanStack Query client to use. Defaults to the app's own (from an enclosing
   * `QueryClientProvider`), else one the provider creates.
   */
  queryClient?: QueryClient;
  children?: ReactNode;
}

/** Supplies the client, the current user and the strings to every hook and component. */
export function MfaProvider({ client, userId, messages, queryClient, children }: MfaProviderProps) {
  const outerQueryClient = useContext(QueryClientContext);
  const [ownQueryClient] = useState(() =>
    queryClient || outerQueryClient ? undefined : new QueryClient(),
  );
  const activeQueryClient = (queryClient ?? outerQueryClient ?? ownQueryClient) as QueryClient;
  const value = useMemo<MfaContextValue>(
    () => ({ client, userId, messages }),
    [client, userId, messages],
  );
  const content = <MfaContext.Provider value={value}>{children}</MfaContext.Provider>;
  return activeQueryClient === outerQueryClient ? (
    content
  ) : (
    <QueryClientProvider client={activeQueryClient}>{content}</QueryClientProvider>
  );
}

/** The provider's value. Throws a clear error outside `<MfaProvider>`. */
export function useMfaContext(): MfaContextValue {
  const value = useContext(MfaContext);
  if (!value) throw new Error('@authblock/mfa-react: wrap your components in <MfaProvider>.');
  return value;
}

/** The user id from the provider, or a clear error when a component needs one and has none. */
export function useMfaUserId(userId?: string): string {
  const context = useMfaContext();
  const id = userId ?? context.userId;
  if (!id) {
    throw new Error('@authblock/mfa-react: pass `userId` to <MfaProvider> (or to the component).');
  }
  return id;
}

/** The English strings, then the provider's overrides, then a component's own. */
export function useMessages(overrides?: MfaMessageOverrides): MfaCoreMessages {
  // Works without a provider too (e.g. a lone `OtpInput`): English then.
  const provided = useContext(MfaContext)?.messages;
  return useMemo(() => ({ ...enCoreMessages, ...provided, ...overrides }), [provided, overrides]);
}

/** `useMessages` for the setup entry: the setup strings as well. */
export function useSetupMessages(overrides?: MfaMessageOverrides): MfaMessages {
  const provided = useContext(MfaContext)?.messages;
  return useMemo(
    () => ({ ...enCoreMessages, ...enSetupMessages, ...provided, ...overrides }),
    [provided, overrides],
  );
}
