import { createMfaClient, isMfaApiError, type MfaClientOptions } from '@authblock/mfa-client';
import { afterEach, describe, expect, test } from 'vitest';
import { createMockBackend } from './backend.ts';
import { DEMO_USER as DEMO } from './core.ts';

/**
 * The published client against this backend, end to end through `fetch`: the two sides of
 * the wire agree. These tests live here, not in the client, because the mock depends on the
 * client and never the other way round. The client's own tests answer with fixtures.
 */

const BASE_URL = 'https://auth.test.example';
const API_KEY = 'test-api-key';

const backend = createMockBackend({ baseUrl: BASE_URL, apiKeys: [API_KEY] });
afterEach(() => {
  backend.reset();
  seen.length = 0;
});

interface SeenRequest {
  method: string;
  url: URL;
  body: unknown;
}
/** Every request the client sent, with its JSON body, in order. */
const seen: SeenRequest[] = [];

const backendFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const text = await request.clone().text();
  seen.push({
    method: request.method,
    url: new URL(request.url),
    body: text ? JSON.parse(text) : undefined,
  });
  return backend.fetch(request);
};

const testClient = (options: Partial<MfaClientOptions> = {}) =>
  createMfaClient({ baseUrl: BASE_URL, apiKey: API_KEY, fetch: backendFetch, ...options });
const demoClient = async () => testClient({ token: await backend.issueToken(DEMO.email) });

const credentials = { email: DEMO.email, password: DEMO.password };
/** `123456` as a person might type it: ` 123 456 `. */
const spaced = (code: string) => ` ${code.slice(0, 3)} ${code.slice(3)} `;
/** `AB12CD34` as a person might type it: `ab12-cd34`. */
const dashedLowerCase = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`.toLowerCase();

describe('auth.signIn', () => {
  test('a user without MFA signs in with the password alone', async () => {
    const result = await testClient().auth.signIn(credentials);

    expect(result).toEqual({
      status: 'signed_in',
      user: {
        id: DEMO.id,
        email: DEMO.email,
        mfaEnabled: false,
        mfaChannel: null,
        attributes: expect.objectContaining({ unique_id: DEMO.id }),
      },
      tokens: expect.objectContaining({ accessToken: expect.any(String), tokenType: 'Bearer' }),
    });
    expect(seen[0]?.url.pathname).toBe('/auth/sign_in');
    // Step one sends no mfa_code key at all.
    expect(seen[0]?.body).toStrictEqual(credentials);
  });

  test('the access token it returns opens the /users/:id/mfa/* routes', async () => {
    const result = await testClient().auth.signIn(credentials);
    if (result.status !== 'signed_in') throw new Error('expected signed_in');

    const status = await testClient({ token: result.tokens.accessToken }).mfa.status(DEMO.id);

    expect(status.enabled).toBe(false);
  });

  test('a TOTP user gets mfa_required, then signs in with the code (normalised)', async () => {
    await backend.enableMfaFor(DEMO.email, 'totp');
    const client = testClient();

    const step1 = await client.auth.signIn(credentials);
    const code = backend.totpCode(DEMO.email);
    const step2 = await client.auth.signIn({ ...credentials, mfaCode: spaced(code) });

    expect(step1).toStrictEqual({ status: 'mfa_required', userId: DEMO.id, channel: 'totp' });
    expect(step2).toMatchObject({
      status: 'signed_in',
      user: { id: DEMO.id, mfaEnabled: true, mfaChannel: 'totp' },
    });
    expect(seen[1]?.body).toEqual({ ...credentials, mfa_code: code });
  });

  test('an email-channel user is told where the code went, and signs in with it', async () => {
    await backend.enableMfaFor(DEMO.email, 'email');
    const client = testClient();

    const step1 = await client.auth.signIn(credentials);
    const code = backend.lastCode(DEMO.email, 'mfa_sign_in') ?? '';
    const step2 = await client.auth.signIn({ ...credentials, mfaCode: code });

    expect(step1).toEqual({
      status: 'mfa_required',
      userId: DEMO.id,
      channel: 'email',
      sentTo: expect.stringContaining('@example.com'),
    });
    expect(step2.status).toBe('signed_in');
  });

  test('a backup code typed in lower case works as the second factor, and is spent', async () => {
    const { backupCodes } = await backend.enableMfaFor(DEMO.email, 'totp');
    const client = testClient();

    await client.auth.signIn(credentials);
    const result = await client.auth.signIn({
      ...credentials,
      backupCode: (backupCodes[3] ?? '').toLowerCase(),
    });

    expect(result.status).toBe('signed_in');
    expect(backend.user(DEMO.email)?.backupCodesRemaining).toBe(9);
    // This backend speaks the guide: a backup code goes as the code.
    expect(seen[1]?.body).toEqual({ ...credentials, mfa_code: backupCodes[3] });
  });

  test('a wrong password is an MfaApiError invalid_credentials', async () => {
    const error = await testClient()
      .auth.signIn({ ...credentials, password: 'wrong-password' })
      .catch((e: unknown) => e);

    expect(isMfaApiError(error) && [error.status, error.code]).toEqual([
      401,
      'invalid_credentials',
    ]);
  });

  test('a wrong second factor is an MfaApiError invalid_mfa_code, not an expired session', async () => {
    await backend.enableMfaFor(DEMO.email, 'totp');

    const error = await testClient()
      .auth.signIn({ ...credentials, mfaCode: '000000' })
      .catch((e: unknown) => e);

    expect(isMfaApiError(error) && [error.status, error.code]).toEqual([401, 'invalid_mfa_code']);
  });

  test('after 5 wrong second factors in a row: 429 with retryAfter in seconds', async () => {
    await backend.enableMfaFor(DEMO.email, 'totp');
    const client = testClient();
    const attempt = () =>
      client.auth.signIn({ ...credentials, mfaCode: '000000' }).catch((e: unknown) => e);

    for (let i = 0; i < 5; i += 1) await attempt();
    const error = await attempt();

    expect(error).toMatchObject({ status: 429, code: 'too_many_attempts' });
    expect(isMfaApiError(error) && error.retryAfter).toBeGreaterThan(0);
  });
});

describe('auth.requestPasswordless and auth.verifyPasswordless', () => {
  test('the request sends the email and the backend mails a code', async () => {
    await expect(testClient().auth.requestPasswordless({ email: DEMO.email })).resolves.toEqual(
      expect.any(Object),
    );

    expect(seen[0]?.url.pathname).toBe('/auth/passwordless/request');
    expect(seen[0]?.body).toEqual({ email: DEMO.email });
    expect(backend.lastCode(DEMO.email, 'passwordless')).toMatch(/^\d{6}$/);
  });

  test('the request resolves the same for an unknown address (the backend does not tell)', async () => {
    await expect(
      testClient().auth.requestPasswordless({ email: 'nobody@example.com' }),
    ).resolves.toEqual(expect.any(Object));
  });

  test('signs in with the emailed code, typed with spaces', async () => {
    const client = testClient();
    await client.auth.requestPasswordless({ email: DEMO.email });
    const code = backend.lastCode(DEMO.email, 'passwordless') ?? '';

    const result = await client.auth.verifyPasswordless({ email: DEMO.email, code: spaced(code) });

    expect(result).toMatchObject({ status: 'signed_in', user: { id: DEMO.id } });
    expect(seen[1]?.body).toStrictEqual({ email: DEMO.email, code });
  });

  test('an MFA user gets mfa_required, then signs in with both codes', async () => {
    await backend.enableMfaFor(DEMO.email, 'totp');
    const client = testClient();
    await client.auth.requestPasswordless({ email: DEMO.email });
    const code = backend.lastCode(DEMO.email, 'passwordless') ?? '';

    const step1 = await client.auth.verifyPasswordless({ email: DEMO.email, code });
    const mfaCode = backend.totpCode(DEMO.email);
    const step2 = await client.auth.verifyPasswordless({ email: DEMO.email, code, mfaCode });

    expect(step1).toStrictEqual({ status: 'mfa_required', userId: DEMO.id, channel: 'totp' });
    expect(step2.status).toBe('signed_in');
    expect(seen[2]?.body).toEqual({ email: DEMO.email, code, mfa_code: mfaCode });
  });

  test('a wrong emailed code is an MfaApiError invalid_credentials', async () => {
    await testClient().auth.requestPasswordless({ email: DEMO.email });

    const error = await testClient()
      .auth.verifyPasswordless({ email: DEMO.email, code: '000000' })
      .catch((e: unknown) => e);

    expect(isMfaApiError(error) && error.code).toBe('invalid_credentials');
  });
});

describe('mfa.setup', () => {
  test('TOTP: returns the secret, the otpauth URI and 10 backup codes in camelCase', async () => {
    const client = await demoClient();

    const setup = await client.mfa.setup(DEMO.id, { channel: 'totp' });

    if (setup.channel !== 'totp') throw new Error('expected a TOTP setup');
    expect(setup.secret).toMatch(/^[A-Z2-7]+=*$/);
    expect(setup.qrCodeUri).toMatch(/^otpauth:\/\/totp\//);
    expect(setup.qrCodeUri).toContain(`secret=${setup.secret}`);
    expect(setup.backupCodes).toHaveLength(10);
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
});

describe('mfa.enable', () => {
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
    expect(seen[1]?.url.pathname).toBe(`/users/${DEMO.id}/mfa/enable`);
    expect(seen[1]?.body).toEqual({ totp_code: code });
  });

  test('email: verify the emailed code, then send { channel: "email" }', async () => {
    const client = await demoClient();
    await client.mfa.setup(DEMO.id, { channel: 'email' });
    await client.mfa.verify(DEMO.id, { code: backend.lastCode(DEMO.email, 'mfa_setup') ?? '' });

    const status = await client.mfa.enable(DEMO.id, { channel: 'email' });

    expect(status).toMatchObject({ enabled: true, channel: 'email' });
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

describe('mfa.disable', () => {
  test('sends the password untouched and returns the status with MFA off', async () => {
    await backend.enableMfaFor(DEMO.email, 'totp');
    const client = await demoClient();

    const status = await client.mfa.disable(DEMO.id, { password: DEMO.password });

    expect(status).toMatchObject({ userId: DEMO.id, enabled: false, channel: null });
    // Passwords are not codes: spaces, dashes and case are the user's.
    expect(seen[0]?.body).toEqual({ password: DEMO.password });
  });
});

describe('mfa.verify', () => {
  test('a backup code typed in lower case with a dash is accepted, once', async () => {
    const { backupCodes } = await backend.enableMfaFor(DEMO.email, 'totp');
    const client = await demoClient();
    const typed = dashedLowerCase(backupCodes[0] ?? '');

    const result = await client.mfa.verify(DEMO.id, { backupCode: typed });
    const again = await client.mfa.verify(DEMO.id, { backupCode: typed }).catch((e: unknown) => e);

    expect(result).toEqual({ valid: true, method: 'backup_code', backupCodesRemaining: 9 });
    expect(isMfaApiError(again) && again.code).toBe('invalid_mfa_code');
    expect(seen[0]?.body).toEqual({ code: backupCodes[0] });
  });

  test('a TOTP code is reported as method totp', async () => {
    await backend.enableMfaFor(DEMO.email, 'totp');
    const client = await demoClient();

    const result = await client.mfa.verify(DEMO.id, { code: backend.totpCode(DEMO.email) });

    expect(result).toEqual({ valid: true, method: 'totp', backupCodesRemaining: 10 });
  });
});

describe('mfa.status', () => {
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
