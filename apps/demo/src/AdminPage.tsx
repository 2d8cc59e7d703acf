import '@authblock/mfa-react/admin.css';
import { createMfaAdminClient } from '@authblock/mfa-client/admin';
import { AuditEventsTable, MfaAdoption } from '@authblock/mfa-react/admin';
import { RequireMfa } from '@authblock/mfa-react/require-mfa';
import { type ReactNode, useId, useMemo } from 'react';
import type { DemoBackend } from './config.ts';
import { fill, useText } from './i18n.tsx';
import type { DemoSession } from './session.ts';
import { useFocusHeading } from './useFocusHeading.ts';

export interface AdminPageProps {
  backend: DemoBackend;
  session: DemoSession;
  getToken: () => string | undefined;
  focusHeading: boolean;
  /** Shown under the heading and intro (the backup-code nudge). */
  notice?: ReactNode;
}

/**
 * The tenant admin's page: the guide advises TOTP for admins, and Auth Block cannot
 * enforce it, so the app does (`RequireMfa`): the first visit walks the admin through
 * authenticator-app setup, then shows the MFA dashboard and the audit events. Loaded
 * only when opened, so the sign-in and security pages never download it.
 */
export default function AdminPage({
  backend,
  session,
  getToken,
  focusHeading,
  notice,
}: AdminPageProps) {
  const headingId = useId();
  const headingRef = useFocusHeading(focusHeading);
  const { messages } = useText();
  const admin = useMemo(
    () => createMfaAdminClient({ baseUrl: backend.baseUrl, apiKey: backend.apiKey, getToken }),
    [backend, getToken],
  );
  return (
    <section className="demo-admin" aria-labelledby={headingId}>
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        {messages.pageAdmin}
      </h1>
      <p className="demo-muted">
        {fill(messages.adminIntro, {
          email: (
            <strong>
              <bdi>{session.user.email}</bdi>
            </strong>
          ),
        })}
      </p>
      {notice}
      <RequireMfa policy={{ channel: 'totp' }}>
        <MfaAdoption client={admin} />
        <AuditEventsTable client={admin} />
      </RequireMfa>
    </section>
  );
}
