import '@authblock/mfa-admin-react/styles.css';
import { AuditEventsTable, MfaAdoption } from '@authblock/mfa-admin-react';
import { createMfaAdminClient } from '@authblock/mfa-client/admin';
import { RequireMfa } from '@authblock/mfa-react/require-mfa';
import { type ReactNode, useMemo } from 'react';
import type { DemoBackend } from './config.ts';
import { useText } from './i18n.tsx';
import { SignedInPage } from './SignedInPage.tsx';
import type { DemoSession } from './session.ts';

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
 * enforce it. `RequireMfa` is a screen gate: the first visit walks the admin through
 * authenticator-app setup, then shows the MFA dashboard and the audit events. It guards
 * what this page shows, not the data: this demo has no server of its own, so the admin
 * routes answer any admin token (apps/next shows the server-side check). Loaded
 * only when opened, so the sign-in and security pages never download it.
 */
export default function AdminPage({
  backend,
  session,
  getToken,
  focusHeading,
  notice,
}: AdminPageProps) {
  const { messages } = useText();
  const admin = useMemo(
    () => createMfaAdminClient({ baseUrl: backend.baseUrl, apiKey: backend.apiKey, getToken }),
    [backend, getToken],
  );
  return (
    <SignedInPage
      className="demo-admin"
      title={messages.pageAdmin}
      intro={messages.adminIntro}
      session={session}
      focusHeading={focusHeading}
      notice={notice}
    >
      <RequireMfa policy={{ channel: 'totp' }}>
        <MfaAdoption client={admin} />
        <AuditEventsTable client={admin} />
      </RequireMfa>
    </SignedInPage>
  );
}
