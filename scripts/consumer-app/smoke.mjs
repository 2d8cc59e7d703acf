// Runs the installed tarballs in Node as an app's own test would: the client against the
// mock's msw server, through sign-in with a TOTP second factor; then the admin package's
// React-free model on the tenant's users, as a server job would.
import { computeDashboard, rangeEndingAt, toCsv } from '@authblock/mfa-admin-react/model';
import { createMfaClient } from '@authblock/mfa-client';
import { createMfaAdminClient } from '@authblock/mfa-client/admin';
import { ADMIN_USER, DEMO_USER } from '@authblock/mfa-mock';
import { setupMockServer } from '@authblock/mfa-mock/node';

const baseUrl = 'https://auth.consumer.test';
const { server, backend } = setupMockServer({ baseUrl });
server.listen({ onUnhandledRequest: 'error' });
try {
  const client = createMfaClient({ baseUrl, apiKey: 'pk_test_mock' });
  const { email, password } = DEMO_USER;
  await backend.enableMfaFor(email, 'totp');
  const first = await client.auth.signIn({ email, password });
  if (first.status !== 'mfa_required')
    throw new Error(`expected mfa_required, got ${first.status}`);
  const second = await client.auth.signIn({ email, password, mfaCode: backend.totpCode(email) });
  if (second.status !== 'signed_in') throw new Error(`expected signed_in, got ${second.status}`);
  console.info('smoke.mjs: signed in with a TOTP code through the installed packages');

  const admin = createMfaAdminClient({
    baseUrl,
    apiKey: 'pk_test_mock',
    token: await backend.issueToken(ADMIN_USER.email),
  });
  const users = (await admin.users.list({ records: 100 })).items;
  const figures = computeDashboard(users, [], {
    role: null,
    range: rangeEndingAt(Date.now(), '30d'),
  });
  if (figures.people < 1) throw new Error('computeDashboard counted nobody');
  const csv = toCsv([{ key: 'email', header: 'Email', text: (user) => user.email }], users);
  if (!csv.startsWith('\uFEFFEmail\r\n')) throw new Error('toCsv wrote no BOM and header');
  console.info(`smoke.mjs: @authblock/mfa-admin-react/model counted ${figures.people} people`);
} finally {
  server.close();
}
