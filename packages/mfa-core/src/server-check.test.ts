import { ADMIN_USER, DEMO_USER } from '@authblock/mfa-mock';
import { describe, expect, it } from 'vitest';
import { checkMfaOnServer } from './server-check.ts';
import { backend, requestCount, testClient, useMockServer } from './test-utils/server.ts';

useMockServer();

describe('checkMfaOnServer, run by an app server with the user token', () => {
  it('refuses a user with MFA off, reading the status route once', async () => {
    const client = await testClient(DEMO_USER.email);
    const check = await checkMfaOnServer({ client, userId: DEMO_USER.id, policy: { any: true } });
    expect(check).toMatchObject({ allowed: false, reason: 'mfa-off' });
    expect(requestCount('GET', `/users/${DEMO_USER.id}/mfa/status`)).toBe(1);
  });

  it('refuses email codes where the policy asks for an authenticator app', async () => {
    await backend.enableMfaFor(DEMO_USER.email, 'email');
    const client = await testClient(DEMO_USER.email);
    const policy = { channel: 'totp' } as const;
    await expect(checkMfaOnServer({ client, userId: DEMO_USER.id, policy })).resolves.toMatchObject(
      { allowed: false, reason: 'wrong-channel', status: { enabled: true, channel: 'email' } },
    );
  });

  it('allows a user whose second factor meets the policy', async () => {
    await backend.enableMfaFor(DEMO_USER.email, 'totp');
    const client = await testClient(DEMO_USER.email);
    const policy = { channel: 'totp' } as const;
    await expect(checkMfaOnServer({ client, userId: DEMO_USER.id, policy })).resolves.toMatchObject(
      { allowed: true, status: { enabled: true, channel: 'totp' } },
    );
  });

  it("rejects, never allows, when the token is not the user's own (another user's id)", async () => {
    await backend.enableMfaFor(DEMO_USER.email, 'totp');
    const client = await testClient(ADMIN_USER.email);
    await expect(
      checkMfaOnServer({ client, userId: DEMO_USER.id, policy: { any: true } }),
    ).rejects.toMatchObject({ name: 'MfaApiError' });
  });

  it('rejects without a token', async () => {
    const client = await testClient();
    await expect(
      checkMfaOnServer({ client, userId: DEMO_USER.id, policy: { any: true } }),
    ).rejects.toMatchObject({ name: 'MfaApiError' });
  });
});
