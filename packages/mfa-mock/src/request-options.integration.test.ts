import { createMfaClient, isMfaApiError, type MfaClientOptions } from '@authblock/mfa-client';
import { afterEach, describe, expect, test } from 'vitest';
import { createMockBackend } from './backend.ts';
import { DEMO_USER as DEMO } from './core.ts';
import { DIALECTS } from './test-utils/harness.ts';

/**
 * The client's optional request parts of the API reference against this backend, in both
 * dialects: `X-Device-ID` and `recaptcha_token` are accepted and ignored by either; setup's
 * `regenerate` starts over in the reference and is unknown to the guide (409 while MFA is on).
 */

const BASE_URL = 'https://auth.test.example';
const API_KEY = 'test-api-key';

describe.each(DIALECTS)('request options against the %s dialect', (dialect) => {
  const backend = createMockBackend({ baseUrl: BASE_URL, apiKeys: [API_KEY], dialect });
  const seen: { path: string; deviceId: string | null; body: Record<string, unknown> }[] = [];
  afterEach(() => {
    backend.reset();
    seen.length = 0;
  });

  const backendFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const text = await request.clone().text();
    seen.push({
      path: new URL(request.url).pathname,
      deviceId: request.headers.get('x-device-id'),
      body: text ? JSON.parse(text) : {},
    });
    return backend.fetch(request);
  };
  const testClient = (options: Partial<MfaClientOptions> = {}) =>
    createMfaClient({ baseUrl: BASE_URL, apiKey: API_KEY, fetch: backendFetch, ...options });
  const credentials = { email: DEMO.email, password: DEMO.password };

  test('a sign-in with a device id and a reCAPTCHA token on both steps completes', async () => {
    await backend.enableMfaFor(DEMO.email, 'totp');
    const client = testClient({ deviceId: 'device-42' });

    const step1 = await client.auth.signIn({ ...credentials, recaptchaToken: 'rc-1' });
    backend.advanceClock(30);
    const step2 = await client.auth.signIn({
      ...credentials,
      mfaCode: backend.totpCode(DEMO.email),
      recaptchaToken: 'rc-2',
    });

    expect(step1.status).toBe('mfa_required');
    expect(step2.status).toBe('signed_in');
    expect(seen.map(({ deviceId, body }) => [deviceId, body.recaptcha_token])).toEqual([
      ['device-42', 'rc-1'],
      ['device-42', 'rc-2'],
    ]);
  });

  test('getRecaptchaToken gives each step of an MFA sign-in its own token', async () => {
    await backend.enableMfaFor(DEMO.email, 'totp');
    let issued = 0;
    const client = testClient({ getRecaptchaToken: () => `fresh-${++issued}` });

    await client.auth.signIn(credentials);
    backend.advanceClock(30);
    const done = await client.auth.signIn({
      ...credentials,
      mfaCode: backend.totpCode(DEMO.email),
    });

    expect(done.status).toBe('signed_in');
    expect(seen.map(({ body }) => body.recaptcha_token)).toEqual(['fresh-1', 'fresh-2']);
  });

  test('passwordless with reCAPTCHA tokens signs in', async () => {
    const client = testClient({ deviceId: 'device-42' });

    await client.auth.requestPasswordless({ email: DEMO.email, recaptchaToken: 'rc-1' });
    const result = await client.auth.verifyPasswordless({
      email: DEMO.email,
      code: backend.lastCode(DEMO.email, 'passwordless') ?? '',
      recaptchaToken: 'rc-2',
    });

    expect(result.status).toBe('signed_in');
    expect(seen.map(({ path, deviceId }) => [path, deviceId])).toEqual([
      ['/auth/passwordless/request', null],
      ['/auth/passwordless/verify', 'device-42'],
    ]);
  });

  test(
    dialect === 'reference'
      ? 'regenerate: true starts over: a new secret, MFA off until the new one enables it'
      : 'regenerate: true is unknown to the guide: setup while MFA is on stays refused',
    async () => {
      const { secret } = await backend.enableMfaFor(DEMO.email, 'totp');
      const client = testClient({ token: await backend.issueToken(DEMO.email) });

      const again = client.mfa.setup(DEMO.id, { channel: 'totp', regenerate: true });

      if (dialect === 'guide') {
        const error = await again.catch((thrown: unknown) => thrown);
        expect(isMfaApiError(error) && [error.status, error.code]).toEqual([
          409,
          'mfa_already_enabled',
        ]);
        expect((await client.mfa.status(DEMO.id)).enabled).toBe(true);
        return;
      }
      const setup = await again;
      if (setup.channel !== 'totp') throw new Error('expected a TOTP setup');
      expect(setup.secret).not.toBe(secret);
      expect(setup.backupCodes).toHaveLength(10);
      expect((await client.mfa.status(DEMO.id)).enabled).toBe(false);
      backend.advanceClock(30);
      const enabled = await client.mfa.enable(DEMO.id, {
        totpCode: backend.totpCode(DEMO.email),
      });
      expect(enabled).toMatchObject({ enabled: true, channel: 'totp' });
    },
  );

  test('without regenerate, setup while MFA is on is refused in both', async () => {
    await backend.enableMfaFor(DEMO.email, 'totp');
    const client = testClient({ token: await backend.issueToken(DEMO.email) });

    const error = await client.mfa
      .setup(DEMO.id, { channel: 'totp', regenerate: false })
      .catch((thrown: unknown) => thrown);

    expect(isMfaApiError(error) && error.code).toBe('mfa_already_enabled');
  });
});
