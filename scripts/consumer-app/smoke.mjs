// Runs the installed tarballs in Node as an app's own test would: the client against the
// mock's msw server, through sign-in with a TOTP second factor.
import { createMfaClient } from '@authblock/mfa-client';
import { DEMO_USER } from '@authblock/mfa-mock';
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
} finally {
  server.close();
}
