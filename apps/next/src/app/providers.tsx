'use client';

import { createMfaClient } from '@authblock/mfa-client';
import { loadMfaMessages, type MfaMessageOverrides, MfaProvider } from '@authblock/mfa-react';
import { type ReactNode, use, useMemo } from 'react';
import type { Locale } from '../lib/locale';
import { Header } from './header';

// One promise per language, so `use()` sees the same one on every render: on the server
// the page waits for the catalogue, and in the browser hydration does.
const catalogues = new Map<Locale, Promise<MfaMessageOverrides>>();
function catalogue(locale: Locale) {
  let loading = catalogues.get(locale);
  if (!loading) {
    loading = loadMfaMessages(locale);
    catalogues.set(locale, loading);
  }
  return loading;
}

export interface ProvidersProps {
  locale: Locale;
  apiUrl: string;
  /** The publishable API key (every browser sees it). */
  apiKey: string;
  userId: string | undefined;
  /** The address signed in with: the backup-codes file names it. */
  account: string | undefined;
  accessToken: string | undefined;
  children: ReactNode;
}

export function Providers({
  locale,
  apiUrl,
  apiKey,
  userId,
  account,
  accessToken,
  children,
}: ProvidersProps): ReactNode {
  // Functions cannot cross from a server component to a client one: the client is made
  // here, from plain props.
  const client = useMemo(
    () => createMfaClient({ baseUrl: apiUrl, apiKey, token: accessToken }),
    [apiUrl, apiKey, accessToken],
  );
  // Passed as `messages`, the catalogue renders in the first byte (no empty frame while a
  // chunk loads).
  const messages = use(catalogue(locale));
  return (
    <MfaProvider
      client={client}
      userId={userId}
      // Named in the backup-codes file, so a saved file says what it unlocks and whose it is.
      appName="Northwind"
      account={account}
      locale={locale}
      messages={messages}
    >
      <Header locale={locale} isSignedIn={Boolean(userId)} />
      <main>{children}</main>
    </MfaProvider>
  );
}
