'use client';

import type { MfaClient } from '@authblock/mfa-client';
import { browserMfaMemory, type Clock, type MfaMemoryStore } from '@authblock/mfa-core';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import {
  createContext,
  type ReactElement,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { loadedMfaMessages, loadMfaMessages, type MfaLocale, resolveMfaLocale } from './i18n.ts';
import {
  enCoreMessages,
  enSetupMessages,
  type MfaCoreMessages,
  type MfaMessageOverrides,
  type MfaMessages,
} from './messages.ts';

/** `createAuthClient()`'s client: the sign-in routes only. */
export type MfaAuthClient = Pick<MfaClient, 'auth'>;

export interface MfaContextValue {
  client: MfaClient | MfaAuthClient;
  /** The signed-in user whose second factor the hooks manage; absent on sign-in pages. */
  userId: string | undefined;
  /** Per-user flags for reminders and nudges (backup codes unconfirmed, ...). */
  memory: MfaMemoryStore;
  /** The shipped locale the strings are in (the closest to the provider's `locale`). */
  locale: MfaLocale;
  /**
   * The locale's catalogue, then the provider's own overrides (the English defaults are
   * merged in by each component).
   */
  messages: MfaMessageOverrides | undefined;
  /** Seconds an emailed code lives when the server does not say. */
  emailCodeTtl: number;
  /** Time for the flows' countdowns; `undefined` for the system clock. */
  clock: Clock | undefined;
  /** The app's name, for the backup-codes file. */
  appName: string | undefined;
  /** The signed-in person's email or username, for the backup-codes file. */
  account: string | undefined;
}

/** Auth Block's emailed codes live 10 minutes. */
const DEFAULT_EMAIL_CODE_TTL = 600;

const MfaContext = createContext<MfaContextValue | null>(null);

export interface MfaProviderProps {
  /**
   * The Auth Block client, from `createMfaClient()`. A page that only signs in (the
   * sign-in forms and the challenge) may pass `createAuthClient()`'s instead, which leaves
   * the `/users/:id/mfa/*` routes out of its bundle; the components that manage a
   * signed-in user's MFA then throw, saying so.
   */
  client: MfaClient | MfaAuthClient;
  /** The signed-in user's id (`unique_id`). Needed by setup, status, verify and disable. */
  userId?: string | undefined;
  /**
   * Your app's name as its people know it. The backup-codes file and printout carry it, so
   * whoever finds them months later knows what they unlock.
   * @default the authenticator entry's issuer, when the setup made one
   */
  appName?: string | undefined;
  /**
   * The signed-in person's email or username, as they know it: the backup-codes file and
   * printout name it, so someone with several accounts knows whose codes they are.
   * @default the authenticator entry's account, when the setup made one
   */
  account?: string | undefined;
  /**
   * The language of every string, as a BCP 47 tag: `en` (built in), `es`, `fr`, `de`,
   * `pt-BR`, `ja` or `ar` (right to left: set `dir` on the page, see
   * `mfaLocaleDirection`). Other tags get the closest (`es-MX` → `es`), else English. A
   * catalogue loads on first use, as its own chunk; until the first one arrives the
   * provider renders with `messages` when given, else `fallback`, and on a later switch
   * it keeps the previous language. To render in the language from the first byte
   * (server rendering), load it on the server and pass it:
   * `messages={await loadMfaMessages(locale)}` (a plain object, fine across the
   * server/client boundary).
   * @default 'en'
   */
  locale?: string | undefined;
  /**
   * Where the kit remembers, per user, what it reminds of: backup codes not confirmed
   * saved, an authenticator setup left half-way, a sign-in with a backup code. Supply your
   * own to keep it on your server.
   * @default browserMfaMemory() (localStorage)
   */
  memory?: MfaMemoryStore | undefined;
  /**
   * Seconds an emailed code lives, for "The code expires in …" when the server's answer
   * does not say (it does on passwordless request and setup in some dialects: that wins).
   * Set it when your tenant's codes live longer or shorter.
   * @default 600
   */
  emailCodeTtl?: number | undefined;
  /** Shown while the first catalogue loads, when no `messages` are given. @default null */
  fallback?: ReactNode | undefined;
  /** Replaces any of the strings (on top of the locale's), for every component inside. */
  messages?: MfaMessageOverrides | undefined;
  /**
   * The TanStack Query client to use. Defaults to the app's own (from an enclosing
   * `QueryClientProvider`), else one the provider creates.
   */
  queryClient?: QueryClient | undefined;
  /**
   * Time for the lockout and resend countdowns, for tests and stories that move it by
   * hand. @default the system clock
   */
  clock?: Clock | undefined;
  children?: ReactNode | undefined;
}

/** Supplies the client, the current user and the strings to every hook and component. */
export function MfaProvider({
  client,
  userId,
  appName,
  account,
  locale: localeTag,
  memory,
  fallback = null,
  messages,
  emailCodeTtl = DEFAULT_EMAIL_CODE_TTL,
  queryClient,
  clock,
  children,
}: MfaProviderProps): ReactElement {
  const outerQueryClient = useContext(QueryClientContext);
  const [ownQueryClient] = useState(() =>
    queryClient || outerQueryClient ? undefined : new QueryClient(),
  );
  const activeQueryClient = (queryClient ?? outerQueryClient ?? ownQueryClient) as QueryClient;
  const locale = resolveMfaLocale(localeTag);
  // Strings handed in (e.g. the catalogue loaded on the server) render at once, so the
  // server's markup and the first client render are in the language, with no empty frame.
  const catalogue = useCatalogue(locale) ?? (messages ? { locale, messages: {} } : undefined);
  const [defaultMemory] = useState(() => browserMfaMemory());
  const memoryStore = memory ?? defaultMemory;
  const value = useMemo<MfaContextValue | null>(
    () =>
      catalogue
        ? {
            client,
            userId,
            memory: memoryStore,
            locale: catalogue.locale,
            messages: messages ? { ...catalogue.messages, ...messages } : catalogue.messages,
            emailCodeTtl,
            clock,
            appName,
            account,
          }
        : null,
    [client, userId, memoryStore, catalogue, messages, emailCodeTtl, clock, appName, account],
  );
  const content = value ? (
    <MfaContext.Provider value={value}>{children}</MfaContext.Provider>
  ) : (
    // biome-ignore lint/complexity/noUselessFragments: an element, so the written return type stays ReactElement (a bare ReactNode is no JSX component to @types/react 18).
    <>{fallback}</>
  );
  return activeQueryClient === outerQueryClient ? (
    content
  ) : (
    <QueryClientProvider client={activeQueryClient}>{content}</QueryClientProvider>
  );
}

/**
 * The catalogue of `locale`, loading it when needed. While another loads, the previous one
 * stays, so switching language never unmounts a flow half-way (a setup, a challenge).
 */
function useCatalogue(locale: MfaLocale) {
  const [catalogue, setCatalogue] = useState(() => {
    const messages = loadedMfaMessages(locale);
    return messages ? { locale, messages } : undefined;
  });
  useEffect(() => {
    if (catalogue?.locale === locale) return;
    let isCurrent = true;
    // A chunk that cannot load (offline) leaves English, rather than nothing at all.
    const englishDefaults: MfaMessageOverrides = {};
    void loadMfaMessages(locale)
      .catch(() => englishDefaults)
      .then((messages) => {
        if (isCurrent) setCatalogue({ locale, messages });
      });
    return () => {
      isCurrent = false;
    };
  }, [locale, catalogue?.locale]);
  return catalogue;
}

/** The provider's value, or null outside one (for parts that also work alone). */
export function useOptionalMfaContext(): MfaContextValue | null {
  return useContext(MfaContext);
}

/** The provider's value. Throws a clear error outside `<MfaProvider>`. */
export function useMfaContext(): MfaContextValue {
  const value = useContext(MfaContext);
  if (!value) throw new Error('@authblock/mfa-react: wrap your components in <MfaProvider>.');
  return value;
}

/**
 * The provider's client with the MFA routes, for the hooks that manage a signed-in user's
 * MFA; a clear error when the provider was given `createAuthClient()`'s.
 */
export function useMfaClient(): MfaClient {
  const { client } = useMfaContext();
  if (!('mfa' in client)) {
    throw new Error(
      "@authblock/mfa-react: this needs the MFA routes: give <MfaProvider> createMfaClient()'s client (createAuthClient()'s has only the sign-in routes).",
    );
  }
  return client;
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

/**
 * Whole minutes (at least one) an emailed code lives: `seconds` from the server's answer
 * when it said, else the component's `emailCodeTtl`, else the provider's.
 */
export function useEmailCodeMinutes(seconds?: number | null, emailCodeTtl?: number): number {
  const context = useMfaContext();
  return Math.max(1, Math.round((seconds ?? emailCodeTtl ?? context.emailCodeTtl) / 60));
}
