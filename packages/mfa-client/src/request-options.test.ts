import { describe, expect, test } from 'vitest';
import { createAuthClient } from './client.ts';
import { reference } from './test-utils/documented.ts';
import {
  answerJson,
  BASE_URL,
  recordRequests,
  server,
  settle,
  testClient,
  USER_ID,
  useTestServer,
} from './test-utils/server.ts';

/**
 * The API reference's optional request parts: `X-Device-ID` (a client option),
 * `recaptcha_token` (per call) and `regenerate` on setup. What reaches the wire, and only
 * where the reference says. Against the mock, in both dialects: packages/mfa-mock
 * (client.integration.test.ts); that they never leak: redaction.security.test.ts.
 */

useTestServer();
const seen = recordRequests();

const credentials = { email: 'user@example.com', password: 'SecurePassword123' };
const passwordless = { email: 'user@example.com', code: '987654' };

function answerEveryRoute() {
  server.use(
    answerJson('post', '/auth/sign_in', reference.signedIn),
    answerJson('post', '/auth/passwordless/verify', reference.signedIn),
    answerJson('post', '/auth/passwordless/request', reference.passwordlessRequested),
    answerJson('post', '/users/:id/mfa/setup', reference.totpSetup),
    answerJson('get', '/users/:id/mfa/status', reference.status),
  );
}

describe('deviceId: X-Device-ID on the calls that start a session', () => {
  test('sent on sign-in and passwordless verify, nowhere else', async () => {
    answerEveryRoute();
    const client = testClient({ deviceId: 'device-7f3a' });

    await client.auth.signIn(credentials);
    await client.auth.verifyPasswordless(passwordless);
    await client.auth.requestPasswordless({ email: credentials.email });
    await client.mfa.setup(USER_ID, { channel: 'totp' });
    await client.mfa.status(USER_ID);

    expect(seen.map((request) => request.headers.get('x-device-id'))).toEqual([
      'device-7f3a',
      'device-7f3a',
      null,
      null,
      null,
    ]);
  });

  test('createAuthClient sends it too, beside X-OAuth-Mode', async () => {
    answerEveryRoute();
    const { auth } = createAuthClient({
      baseUrl: BASE_URL,
      apiKey: 'k',
      deviceId: 'device-1',
      oauthMode: true,
    });

    await auth.signIn(credentials);

    expect(seen[0]?.headers.get('x-device-id')).toBe('device-1');
    expect(seen[0]?.headers.get('x-oauth-mode')).toBe('true');
  });

  test('without the option, no header', async () => {
    answerEveryRoute();

    await testClient().auth.signIn(credentials);

    expect(seen[0]?.headers.has('x-device-id')).toBe(false);
  });

  test.each([
    ['empty', ''],
    ['a space', 'my device'],
    ['a line break (header injection)', 'device\r\nX-Evil: 1'],
    ['non-ASCII', 'appareil-é'],
    ['over 255 characters', 'd'.repeat(256)],
  ])(
    'a device id with %s is refused when the client is made, without quoting it',
    (_label, deviceId) => {
      const error = (() => {
        try {
          testClient({ deviceId });
        } catch (thrown) {
          return thrown;
        }
      })();

      expect(error).toBeInstanceOf(TypeError);
      expect(String(error)).toContain('deviceId: 1 to 255 printable ASCII characters');
      if (deviceId) expect(String(error)).not.toContain(deviceId);
    },
  );
});

describe('recaptchaToken: the body’s recaptcha_token, per call', () => {
  test('on sign-in (both steps), passwordless request and verify, as given', async () => {
    answerEveryRoute();
    const client = testClient();

    await client.auth.signIn({ ...credentials, recaptchaToken: 'rc-1' });
    await client.auth.signIn({ ...credentials, mfaCode: '123 456', recaptchaToken: 'rc-2' });
    await client.auth.requestPasswordless({ email: credentials.email, recaptchaToken: 'rc-3' });
    await client.auth.verifyPasswordless({ ...passwordless, recaptchaToken: 'rc-4' });
    await settle();

    expect(seen.map((request) => request.body)).toStrictEqual([
      { ...credentials, recaptcha_token: 'rc-1' },
      { ...credentials, mfa_code: '123456', recaptcha_token: 'rc-2' },
      { email: credentials.email, recaptcha_token: 'rc-3' },
      { ...passwordless, recaptcha_token: 'rc-4' },
    ]);
    for (const request of seen) expect(request.url.search).toBe('');
  });

  test('left out, the body has no recaptcha_token key at all', async () => {
    answerEveryRoute();

    await testClient().auth.signIn(credentials);
    await testClient().auth.requestPasswordless({ email: credentials.email });
    await settle();

    expect(seen.map((request) => request.body)).toStrictEqual([
      credentials,
      { email: credentials.email },
    ]);
  });
});

describe('regenerate on setup', () => {
  test('true and false go as the strings the reference documents; left out, no key', async () => {
    answerEveryRoute();
    const client = testClient();

    await client.mfa.setup(USER_ID, { channel: 'totp', regenerate: true });
    await client.mfa.setup(USER_ID, { channel: 'totp', regenerate: false });
    await client.mfa.setup(USER_ID, { channel: 'totp' });
    await settle();

    expect(seen.map((request) => request.body)).toStrictEqual([
      { channel: 'totp', regenerate: 'true' },
      { channel: 'totp', regenerate: 'false' },
      { channel: 'totp' },
    ]);
  });
});

describe('getRecaptchaToken: a fresh token for every sign-in and passwordless call', () => {
  test('asked once per call, never for the MFA routes; a call’s own token wins', async () => {
    answerEveryRoute();
    let issued = 0;
    const client = testClient({ getRecaptchaToken: async () => `fresh-${++issued}` });

    await client.auth.signIn(credentials);
    await client.auth.signIn({ ...credentials, mfaCode: '123456' });
    await client.auth.requestPasswordless({ email: credentials.email });
    await client.auth.verifyPasswordless({ ...passwordless, recaptchaToken: 'own' });
    await client.mfa.setup(USER_ID, { channel: 'totp' });
    await client.mfa.status(USER_ID);
    await settle();

    expect(issued).toBe(3);
    expect(
      seen.map(
        (request) => (request.body as { recaptcha_token?: string } | undefined)?.recaptcha_token,
      ),
    ).toEqual(['fresh-1', 'fresh-2', 'fresh-3', 'own', undefined, undefined]);
  });

  test('a getter that fails is the app’s own error, and nothing is sent', async () => {
    answerEveryRoute();
    const failure = new Error('reCAPTCHA did not load');
    const client = testClient({
      getRecaptchaToken: () => Promise.reject(failure),
    });

    await expect(client.auth.signIn(credentials)).rejects.toBe(failure);
    expect(seen).toHaveLength(0);
  });

  test('a getter that gives nothing sends no recaptcha_token key', async () => {
    answerEveryRoute();

    await testClient({ getRecaptchaToken: () => undefined }).auth.signIn(credentials);
    await settle();

    expect(seen[0]?.body).toStrictEqual(credentials);
  });
});
