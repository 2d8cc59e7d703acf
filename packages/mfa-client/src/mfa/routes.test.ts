import { describe, expect, test } from 'vitest';
import { isMfaApiError } from '../errors/guards.ts';
import { statusBody, verificationBody } from '../test-utils/fixtures.ts';
import {
  answerJson,
  backend,
  DEMO,
  demoClient,
  recordRequests,
  server,
  settle,
  testClient,
  USER_ID,
  useTestServer,
} from '../test-utils/server.ts';

useTestServer();
const seen = recordRequests();

/** `123456` as a person might type it: `123 456`. */
const spaced = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;
/** `AB12CD34` as a person might type it: `ab12-cd34`. */
const dashedLowerCase = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`.toLowerCase();

describe('mfa.setup (on the reference backend)', () => {
  test('TOTP: returns the secret, the otpauth URI and 10 backup codes in camelCase', async () => {
    const client = await demoClient();

    const setup = await client.mfa.setup(DEMO.id, { channel: 'totp' });

    if (setup.channel !== 'totp') throw new Error('expected a TOTP setup');
    expect(setup.secret).toMatch(/^[A-Z2-7]+=*$/);
    expect(setup.qrCodeUri).toMatch(/^otpauth:\/\/totp\//);
    expect(setup.qrCodeUri).toContain(`secret=${setup.secret}`);
    expect(setup.backupCodes).toHaveLength(10);
    await settle();
    expect(seen[0]?.method).toBe('POST');
    expect(seen[0]?.url.pathname).toBe(`/users/${DEMO.id}/mfa/setup`);
    expect(seen[0]?.body).toEqual({ channel: 'totp' });
  });

  test('email: returns the backup codes, where the code went and how long it lasts', async () => {
    const client = await demoClient();

    const setup = await client.mfa.setup(DEMO.id, { channel: 'email' });

    expect(setup).toEqual({
      channel: 'email',
      backupCodes: expect.any(Array),
      sentTo: expect.stringContaining('@example.com'),
      expiresIn: 600,
    });
    expect(backend.lastCode(DEMO.email, 'mfa_setup')).toMatch(/^\d{6}$/);
  });

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
});

describe('mfa.enable (on the reference backend)', () => {
  test('TOTP: sends the app code as totp_code, normalised, and returns the status', async () => {
    const client = await demoClient();
    await client.mfa.setup(DEMO.id, { channel: 'totp' });
    const code = backend.totpCode(DEMO.email);

    const status = await client.mfa.enable(DEMO.id, { totpCode: spaced(code) });

    expect(status).toEqual({
      userId: DEMO.id,
      enabled: true,
      channel: 'totp',
      backupCodesRemaining: 10,
    });
    await settle();
    expect(seen[1]?.url.pathname).toBe(`/users/${DEMO.id}/mfa/enable`);
    expect(seen[1]?.body).toEqual({ totp_code: code });
  });

  test('email: verify the emailed code, then send { channel: "email" }', async () => {
    const client = await demoClient();
    await client.mfa.setup(DEMO.id, { channel: 'email' });
    await client.mfa.verify(DEMO.id, { code: backend.lastCode(DEMO.email, 'mfa_setup') ?? '' });

    const status = await client.mfa.enable(DEMO.id, { channel: 'email' });

    expect(status).toMatchObject({ enabled: true, channel: 'email' });
    await settle();
    expect(seen[2]?.body).toEqual({ channel: 'email' });
  });

  test('before setup, the backend says why: mfa_setup_incomplete', async () => {
    const client = await demoClient();

    const error = await client.mfa.enable(DEMO.id, { channel: 'email' }).catch((e: unknown) => e);

    expect(isMfaApiError(error) && [error.status, error.code]).toEqual([
      409,
      'mfa_setup_incomplete',
    ]);
  });
});

describe('mfa.disable (on the reference backend)', () => {
  test('sends the password untouched and returns the status with MFA off', async () => {
    await backend.enableMfaFor(DEMO.email, 'totp');
    const client = await demoClient();

    const status = await client.mfa.disable(DEMO.id, { password: DEMO.password });

    expect(status).toMatchObject({ userId: DEMO.id, enabled: false, channel: null });
    await settle();
    // Passwords are not codes: spaces, dashes and case are the user's.
    expect(seen[0]?.body).toEqual({ password: DEMO.password });
  });
});

describe('mfa.verify (on the reference backend)', () => {
  test('a backup code typed in lower case with a dash is accepted, once', async () => {
    const { backupCodes } = await backend.enableMfaFor(DEMO.email, 'totp');
    const client = await demoClient();
    const typed = dashedLowerCase(backupCodes[0] ?? '');

    const result = await client.mfa.verify(DEMO.id, { code: typed });
    const again = await client.mfa.verify(DEMO.id, { code: typed }).catch((e: unknown) => e);

    expect(result).toEqual({ valid: true, method: 'backup_code', backupCodesRemaining: 9 });
    expect(isMfaApiError(again) && again.code).toBe('invalid_mfa_code');
    await settle();
    expect(seen[0]?.body).toEqual({ code: backupCodes[0] });
  });

  test('a TOTP code is reported as method totp', async () => {
    await backend.enableMfaFor(DEMO.email, 'totp');
    const client = await demoClient();

    const result = await client.mfa.verify(DEMO.id, { code: backend.totpCode(DEMO.email) });

    expect(result).toEqual({ valid: true, method: 'totp', backupCodesRemaining: 10 });
  });

  test.each([
    ['digits with spaces', '1234 5678', '12345678'],
    ['digits with a dash', '1234-5678', '12345678'],
    ['lower-case letters and digits with a dash', 'ab12-cd34', 'AB12CD34'],
    ['mixed case with spaces around', '  aB12 Cd34\t', 'AB12CD34'],
    ['an en dash pasted from a document', 'AB12–CD34', 'AB12CD34'],
  ])('normalises a backup code typed as %s', async (_label, typed, sent) => {
    server.use(answerJson('post', '/users/:id/mfa/verify', verificationBody));

    await testClient().mfa.verify(USER_ID, { code: typed });

    await settle();
    expect(seen[0]?.body).toEqual({ code: sent });
  });
});

describe('mfa.status (on the reference backend)', () => {
  test('reads the state with GET and no body', async () => {
    await backend.enableMfaFor(DEMO.email, 'email');
    const client = await demoClient();

    const status = await client.mfa.status(DEMO.id);

    expect(status).toEqual({
      userId: DEMO.id,
      enabled: true,
      channel: 'email',
      backupCodesRemaining: 10,
    });
    await settle();
    expect(seen[0]?.method).toBe('GET');
    expect(seen[0]?.body).toBeUndefined();
  });

  test("another user's id is refused with 403 forbidden", async () => {
    const other = backend.createUser({ email: 'other@example.com', password: 'Password123!' });
    const client = await demoClient();

    const error = await client.mfa.status(other.id).catch((e: unknown) => e);

    expect(isMfaApiError(error) && [error.status, error.code]).toEqual([403, 'forbidden']);
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
