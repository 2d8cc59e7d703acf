import { createMfaClient } from '@authblock/mfa-client';
import {
  forgetMfaStepUp,
  MfaBackupCodeNudge,
  type MfaLocale,
  MfaProvider,
  observeServerClock,
} from '@authblock/mfa-react';
import { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DemoBackend } from './config.ts';
import { DemoTextProvider, fill, useDemoText, useText } from './i18n.tsx';
import { DEMO_LOCALES, LOCALE_NAMES, useLocale } from './locale.ts';
import { MockInbox } from './MockInbox.tsx';
import { useDemoPage } from './route.ts';
import { SecurityPage } from './SecurityPage.tsx';
import { SignedInNotice } from './SignedInNotice.tsx';
import { SignInPage } from './SignInPage.tsx';
import { type DemoSession, useSession } from './session.ts';
import { forgetStepUpRecords } from './step-up-check.ts';
import { type ThemeChoice, useTheme } from './theme.ts';

// Only the Admin page needs the dashboard and its charts: a separate chunk.
const AdminPage = lazy(() => import('./AdminPage.tsx'));

export interface AppProps {
  backend: DemoBackend;
}

export function App({ backend }: AppProps) {
  const isMock = backend.kind === 'mock';
  const { session, signIn, signOut } = useSession();
  const sessionRef = useRef<DemoSession | null>(session);
  sessionRef.current = session;
  const [queryClient] = useState(() => new QueryClient());
  const [locale, setLocale] = useLocale();
  const text = useDemoText(locale);
  const { messages } = text;
  const [page, goTo] = useDemoPage(session ? 'security' : 'sign-in');
  // After the first page, each page change moves focus to the new page's heading.
  const [initialPage] = useState(page);
  const [hasSignedInOrOut, setSignedInOrOut] = useState(false);
  const focusHeading = hasSignedInOrOut || page !== initialPage;
  // "Set up again" from the nudge: the Security page opens its card on the switch, once.
  const [switchRequest, setSwitchRequest] = useState(0);
  const [isSwitchAsked, setSwitchAsked] = useState(false);
  useEffect(() => {
    if (page !== 'security') setSwitchAsked(false);
  }, [page]);
  // After a backup-code sign-in, once, below the heading of whichever page comes next.
  const nudge = (
    <MfaBackupCodeNudge
      className="demo-nudge"
      onSetUpAgain={() => {
        setSwitchAsked(true);
        setSwitchRequest((count) => count + 1);
        goTo('security');
      }}
    />
  );
  const getToken = useCallback(() => sessionRef.current?.tokens.accessToken, []);
  const client = useMemo(
    () =>
      createMfaClient({
        baseUrl: backend.baseUrl,
        apiKey: backend.apiKey,
        getToken: () => sessionRef.current?.tokens.accessToken,
        // Notes the server's clock, so the authenticator hint can name this device's skew.
        fetch: observeServerClock(),
      }),
    [backend],
  );

  const onSignedIn = (next: DemoSession) => {
    sessionRef.current = next;
    setSignedInOrOut(true);
    signIn(next);
    goTo('security');
  };
  const onSignOut = () => {
    // Nothing of one user's MFA state may show for the next.
    queryClient.clear();
    forgetMfaStepUp();
    forgetStepUpRecords();
    sessionRef.current = null;
    setSignedInOrOut(true);
    signOut();
    goTo('sign-in');
  };
  const onResetDemo = async () => {
    // Development routes take JSON only (so no other site can post to them unasked).
    const response = await fetch(`${backend.baseUrl}/__mock/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    if (!response.ok) return;
    // The kit's reminders are about the old accounts: forget them too.
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith('abmfa:memory:')) localStorage.removeItem(key);
    }
    onSignOut();
  };

  return (
    <MfaProvider
      client={client}
      userId={session?.user.id}
      // Named in the backup-codes file, so a saved file says what it unlocks and whose it is.
      appName="Northwind"
      account={session?.user.email}
      queryClient={queryClient}
      locale={locale}
    >
      <DemoTextProvider value={text}>
        <div className="demo-app">
          <Header
            backend={backend}
            session={session}
            onSignOut={onSignOut}
            locale={locale}
            onLocaleChange={setLocale}
          />
          {session ? (
            <nav className="demo-nav" aria-label={messages.pagesNav}>
              {(['security', 'admin'] as const).map((name) => (
                <a
                  key={name}
                  href={`#/${name}`}
                  aria-current={page === name ? 'page' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    goTo(name);
                  }}
                >
                  {name === 'security' ? messages.pageSecurity : messages.pageAdmin}
                </a>
              ))}
            </nav>
          ) : null}
          <div className={isMock ? 'demo-layout demo-layout--with-aside' : 'demo-layout'}>
            <main className="demo-main" id="main">
              {!session ? (
                <SignInPage isMock={isMock} onSignedIn={onSignedIn} focusHeading={focusHeading} />
              ) : page === 'security' ? (
                <SecurityPage
                  backend={backend}
                  session={session}
                  focusHeading={focusHeading}
                  settingsKey={switchRequest}
                  isSwitchAsked={isSwitchAsked}
                  notice={nudge}
                />
              ) : page === 'admin' ? (
                <Suspense fallback={<p role="status">{messages.loadingAdmin}</p>}>
                  <AdminPage
                    backend={backend}
                    session={session}
                    getToken={getToken}
                    focusHeading={focusHeading}
                    notice={nudge}
                  />
                </Suspense>
              ) : (
                <SignedInNotice
                  session={session}
                  onContinue={() => goTo('security')}
                  focusHeading={focusHeading}
                />
              )}
            </main>
            {backend.kind === 'mock' ? (
              <aside className="demo-aside" aria-label={messages.mockPanel}>
                <section className="demo-panel demo-notice">
                  <h2>{messages.mockHeading}</h2>
                  <p>{messages.mockIntro}</p>
                  <p>
                    <button
                      type="button"
                      className="demo-button"
                      onClick={() => void onResetDemo()}
                    >
                      {messages.resetDemo}
                    </button>
                  </p>
                  <p className="demo-muted">
                    {fill(messages.mockRealApi, {
                      url: <code>AUTHBLOCK_API_URL</code>,
                      key: <code>AUTHBLOCK_API_KEY</code>,
                      mock: <code>pnpm mock</code>,
                    })}
                  </p>
                </section>
                <MockInbox mockBaseUrl={backend.baseUrl} />
              </aside>
            ) : null}
          </div>
        </div>
      </DemoTextProvider>
    </MfaProvider>
  );
}

interface HeaderProps {
  backend: DemoBackend;
  session: DemoSession | null;
  onSignOut: () => void;
  locale: MfaLocale;
  onLocaleChange: (locale: MfaLocale) => void;
}

function Header({ backend, session, onSignOut, locale, onLocaleChange }: HeaderProps) {
  const [theme, setTheme] = useTheme();
  const { messages } = useText();
  return (
    <header className="demo-header">
      <a className="demo-skip" href="#main">
        {messages.skipToContent}
      </a>
      <p className="demo-brand">
        <span className="demo-brand-mark" aria-hidden="true">
          ◆
        </span>
        Northwind <span className="demo-brand-sub">{messages.brandSub}</span>
      </p>
      <p className="demo-badge" data-kind={backend.kind}>
        {backend.kind === 'remote'
          ? fill(messages.badgeRemote, { host: new URL(backend.baseUrl).host })
          : backend.dialect === 'reference'
            ? messages.badgeMockReference
            : messages.badgeMock}
      </p>
      <label className="demo-theme">
        <span>{messages.language}</span>
        <select
          value={locale}
          onChange={(event) => onLocaleChange(event.target.value as MfaLocale)}
        >
          {DEMO_LOCALES.map((option) => (
            <option key={option} value={option} lang={option}>
              {LOCALE_NAMES[option]}
            </option>
          ))}
        </select>
      </label>
      <label className="demo-theme">
        <span>{messages.theme}</span>
        <select value={theme} onChange={(event) => setTheme(event.target.value as ThemeChoice)}>
          <option value="system">{messages.themeSystem}</option>
          <option value="light">{messages.themeLight}</option>
          <option value="dark">{messages.themeDark}</option>
        </select>
      </label>
      {session ? (
        <div className="demo-account">
          <bdi className="demo-account-email">{session.user.email}</bdi>
          <button type="button" className="demo-button" onClick={onSignOut}>
            {messages.signOut}
          </button>
        </div>
      ) : null}
    </header>
  );
}
