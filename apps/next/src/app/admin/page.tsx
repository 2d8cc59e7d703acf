import { checkMfaOnServer, type MfaPolicy } from '@authblock/mfa-core';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { readSession, serverAdminClient, serverClient } from '../../lib/backend';
import { chooseLocale, LOCALE_COOKIE } from '../../lib/locale';
import { APP_MESSAGES } from '../../lib/messages';
import { AdminGate, RefreshWhenAllowed } from './admin-gate';
import { AuditLog } from './audit-log';

export const dynamic = 'force-dynamic';

/** The guide's advice for admins: an authenticator app. The screen gate uses the same. */
const ADMIN_POLICY: MfaPolicy = { channel: 'totp' };

/**
 * Two gates. `RequireMfa` (in AdminGate) is the screen gate: it shows setup until the
 * policy holds. The data is guarded here, on the server: it is read only after
 * `checkMfaOnServer` passed with the user's own token, so a token whose owner has no
 * authenticator app gets a page without it, whatever the browser runs.
 */
export default async function AdminPage() {
  const session = await readSession();
  if (!session) redirect('/sign-in');
  const text =
    APP_MESSAGES[
      chooseLocale(
        (await cookies()).get(LOCALE_COOKIE)?.value,
        (await headers()).get('accept-language'),
      )
    ];
  const check = await checkMfaOnServer({
    client: serverClient(session.accessToken),
    userId: session.userId,
    policy: ADMIN_POLICY,
  }).catch(() => null);
  if (!check?.allowed) {
    // Nothing of the data is read or sent. Once the screen gate's setup is done, the page
    // asks the server again.
    return (
      <AdminGate policy={ADMIN_POLICY} intro={text.adminIntro}>
        <RefreshWhenAllowed />
      </AdminGate>
    );
  }
  // A user who is not a tenant admin gets 403 from the API: the page stays empty.
  const users = await serverAdminClient(session.accessToken)
    .users.list({ page: 1, records: 20 })
    .catch(() => ({ items: [] }));
  return (
    <AdminGate policy={ADMIN_POLICY} intro={text.adminIntro}>
      <h2>{text.adminUsers}</h2>
      <table data-testid="admin-users">
        <thead>
          <tr>
            <th scope="col">{text.email}</th>
            <th scope="col">{text.mfa}</th>
          </tr>
        </thead>
        <tbody>
          {users.items.map((user) => (
            <tr key={user.id}>
              <td>{user.email}</td>
              <td>{user.mfaEnabled ? text.on : text.off}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* Read behind a step-up, by a server action that checks the proof itself. */}
      <AuditLog
        email={session.email}
        text={{
          auditLog: text.auditLog,
          showAuditLog: text.showAuditLog,
          auditAction: text.auditAction,
          auditActor: text.auditActor,
          auditTime: text.auditTime,
        }}
      />
    </AdminGate>
  );
}
