import { cookies, headers } from 'next/headers';
import type { ReactNode } from 'react';
import { apiKey, browserApiUrl, readSession } from '../lib/backend';
import { chooseLocale, directionOf, LOCALE_COOKIE } from '../lib/locale';
import { Providers } from './providers';
import '@authblock/mfa-react/styles.css';
import './app.css';

export const metadata = { title: 'Northwind — Auth Block MFA kit on Next.js' };

// The language is chosen here, on the server, per request: the page's first byte is in it.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = chooseLocale(
    (await cookies()).get(LOCALE_COOKIE)?.value,
    (await headers()).get('accept-language'),
  );
  const session = await readSession();
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        <Providers
          locale={locale}
          apiUrl={await browserApiUrl()}
          apiKey={apiKey}
          userId={session?.userId}
          account={session?.email}
          accessToken={session?.accessToken}
        >
          {children}
        </Providers>
      </body>
    </html>
  );
}
