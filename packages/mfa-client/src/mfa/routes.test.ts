import { describe, expect, test } from 'vitest';
import { isMfaResponseError } from '../errors/guards.ts';
import { statusBody, totpSetupBody, verificationBody } from '../test-utils/fixtures.ts';
import {
  answerJson,
  recordRequests,
  server,
  settle,
  testClient,
  USER_ID,
  useTestServer,
} from '../test-utils/server.ts';

// The client against the reference backend (every route, end to end) is tested in
// @authblock/mfa-mock (client.integration.test.ts); here the answers are fixtures.
useTestServer();
const seen = recordRequests();

/** `123456` as a person might type it: `123 456`. */
const spaced = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;

describe('what each route sends', () => {
  test('setup: POST with the channel', async () => {
    server.use(answerJson('post', '/users/:id/mfa/setup', totpSetupBody));

    await testClient().mfa.setup(USER_ID, { channel: 'totp' });

    await settle();
    expect(seen[0]?.method).toBe('POST');
    expect(seen[0]?.url.pathname).toBe(`/users/${USER_ID}/mfa/setup`);
    expect(seen[0]?.body).toEqual({ channel: 'totp' });
  });

  test('enable: the app code as totp_code, normalised; or { channel: "email" }', async () => {
    server.use(answerJson('post', '/users/:id/mfa/enable', statusBody()));

    await testClient().mfa.enable(USER_ID, { totpCode: spaced('123456') });
    await testClient().mfa.enable(USER_ID, { channel: 'email' });

    await settle();
    expect(seen.map((request) => request.body)).toEqual([
      { totp_code: '123456' },
      { channel: 'email' },
    ]);
  });

  test('disable: the password untouched (passwords are not codes)', async () => {
    server.use(answerJson('post', '/users/:id/mfa/disable', statusBody({ mfa_enabled: false })));

    await testClient().mfa.disable(USER_ID, { password: ' Pass-word 1 ' });

    await settle();
    expect(seen[0]?.body).toEqual({ password: ' Pass-word 1 ' });
  });

  test('status: GET with no body', async () => {
    server.use(answerJson('get', '/users/:id/mfa/status', statusBody()));

    await testClient().mfa.status(USER_ID);

    await settle();
    expect(seen[0]?.method).toBe('GET');
    expect(seen[0]?.body).toBeUndefined();
  });
});

describe('mfa.setup', () => {
  test('email: leaves out sentTo and expiresIn when the server does not send them', async () => {
    server.use(
      answerJson('post', '/users/:id/mfa/setup', {
        data: {
          id: 'mfa_setup_1',
          type: 'mfa_setup',
          attributes: { channel: 'email', backup_codes: ['12345678'] },
        },
      }),
    );

    const setup = await testClient().mfa.setup(USER_ID, { channel: 'email' });

    expect(setup).toStrictEqual({ channel: 'email', backupCodes: ['12345678'] });
  });

  test('an answer for the other channel fails at data.attributes.channel', async () => {
    server.use(answerJson('post', '/users/:id/mfa/setup', totpSetupBody));

    const error = await testClient()
      .mfa.setup(USER_ID, { channel: 'email' })
      .catch((e: unknown) => e);

    expect(isMfaResponseError(error) && error.path).toBe('data.attributes.channel');
  });
});

describe('mfa.verify', () => {
  test.each([
    ['digits with spaces', '1234 5678', '12345678'],
    ['digits with a dash', '1234-5678', '12345678'],
    ['lower-case letters and digits with a dash', 'ab12-cd34', 'AB12CD34'],
    ['mixed case with spaces around', '  aB12 Cd34\t', 'AB12CD34'],
    ['an en dash pasted from a document', 'AB12–CD34', 'AB12CD34'],
  ])('normalises a backup code typed as %s', async (_label, typed, sent) => {
    server.use(answerJson('post', '/users/:id/mfa/verify', verificationBody));

    await testClient().mfa.verify(USER_ID, { backupCode: typed });

    await settle();
    expect(seen[0]?.body).toEqual({ code: sent });
  });
});

describe('user ids in paths', () => {
  test('are URL-encoded so an id stays one path segment', async () => {
    server.use(answerJson('get', '/users/:id/mfa/status', statusBody()));

    await testClient().mfa.status('usr/../admin?x=1#y');

    expect(seen[0]?.url.pathname).toBe('/users/usr%2F..%2Fadmin%3Fx%3D1%23y/mfa/status');
    expect(seen[0]?.url.search).toBe('');
  });

  test.each(['', '.', '..'])('refuses %j, which the URL parser would resolve away', async (id) => {
    await expect(testClient().mfa.status(id)).rejects.toThrow(TypeError);
    expect(seen).toHaveLength(0);
  });
});

describe('user ids: the client assumes no format', () => {
  // The vendor's SDK and database use RFC 4122 UUIDs; the guide illustrates with `usr_abc123`.
  test.each([
    ['a UUID', '3f2c8a4e-9b1d-4c7a-8e2f-5a6b7c8d9e0f'],
    ['the guide’s usr_ form', 'usr_abc123'],
  ])('%s reaches the path as one segment, and the result names it', async (_form, userId) => {
    server.use(answerJson('get', '/users/:id/mfa/status', statusBody()));

    const status = await testClient().mfa.status(userId);

    await settle();
    expect(seen[0]?.url.pathname).toBe(`/users/${userId}/mfa/status`);
    expect(status.userId).toBe(userId);
  });
});
