'use client';

import { isMfaApiError } from '@authblock/mfa-client';
import type { MfaAdminClient } from '@authblock/mfa-client/admin';
import { mfaLocaleDirection } from '@authblock/mfa-react';
import { type ReactElement, useId } from 'react';
import { Dashboard } from './Dashboard.tsx';
import { useAdminText } from './i18n.ts';
import type { AdminMessageOverrides, AdminMessages } from './messages.ts';
import { type TenantMfaData, useTenantMfaData } from './useTenantMfaData.ts';

export interface MfaAdoptionProps {
  /** From `createMfaAdminClient()`, with an owner's or admin's token. */
  client: MfaAdminClient;
  /** Replaces any of the strings (on top of the locale's). */
  messages?: AdminMessageOverrides | undefined;
  /**
   * The language of the strings, numbers and dates, as a BCP 47 tag (the shipped locale
   * closest to it, as for `<MfaProvider locale>`; Arabic lays the dashboard out right to
   * left). @default the enclosing `<MfaProvider>`'s, else `en`
   */
  locale?: string | undefined;
  /** The clock, for tests and stories. @default Date.now */
  now?: (() => number) | undefined;
  className?: string | undefined;
}

/**
 * The tenant admin's MFA dashboard (the guide's Tenant Admin Guide): adoption now and over
 * time, channels, adoption by role beside the guide's advice, backup-code use and the
 * warning signs in the audit log, each list exportable as CSV. Reads every user and a
 * year of audit entries through the admin client and TanStack Query, showing progress as
 * pages arrive; needs a `QueryClient` (an enclosing `QueryClientProvider` or
 * `<MfaProvider>`).
 */
export function MfaAdoption({
  client,
  messages,
  locale,
  now,
  className,
}: MfaAdoptionProps): ReactElement | null {
  const strings = useAdminText(locale, messages);
  const { data, reload } = useTenantMfaData({ client, ...(now ? { now } : {}) });
  const titleId = useId();
  // Only the first load of a language waits (a small local chunk); the data loads meanwhile.
  if (!strings) return null;
  const { text } = strings;
  return (
    <section
      className={['abmfa-admin', className].filter(Boolean).join(' ')}
      lang={strings.locale}
      dir={mfaLocaleDirection(strings.locale)}
      data-state={data.status}
      aria-busy={data.status === 'loading'}
      aria-labelledby={titleId}
    >
      <h2 id={titleId} className="abmfa-admin-title">
        {text.title}
      </h2>
      <Body client={client} data={data} text={text} locale={strings.locale} reload={reload} />
    </section>
  );
}

function Body({
  client,
  data,
  text,
  locale,
  reload,
}: {
  client: MfaAdminClient;
  data: TenantMfaData;
  text: AdminMessages;
  locale: string;
  reload: () => void;
}) {
  if (data.status === 'loading') {
    const progress = data.phase === 'users' ? data.users : data.events;
    const label =
      data.phase === 'users'
        ? text.loadingUsers(data.users.loaded, data.users.total)
        : text.loadingEvents(data.events.loaded, data.events.total);
    return (
      <div className="abmfa-admin-progress">
        <p role="status">{label}</p>
        <progress
          aria-label={label}
          max={progress.total ?? undefined}
          value={progress.total === null ? undefined : progress.loaded}
        />
      </div>
    );
  }
  if (data.status === 'error') {
    const forbidden = isMfaApiError(data.error) && data.error.status === 403;
    return (
      <div
        className="abmfa-admin-notice"
        role="alert"
        data-error={forbidden ? 'forbidden' : 'failed'}
      >
        <p>{forbidden ? text.forbidden : text.failed}</p>
        {forbidden ? null : (
          <button type="button" className="abmfa-admin-button" onClick={reload}>
            {text.retry}
          </button>
        )}
      </div>
    );
  }
  if (data.users.length === 0) {
    return (
      <p className="abmfa-admin-notice" data-empty="">
        {text.emptyTenant}
      </p>
    );
  }
  return (
    <Dashboard
      client={client}
      users={data.users}
      events={data.events}
      now={data.loadedAt}
      text={text}
      locale={locale}
    />
  );
}
