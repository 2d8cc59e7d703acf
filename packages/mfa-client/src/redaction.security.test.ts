import { inspect } from 'node:util';
import { KyError } from 'ky';
import { delay, HttpResponse, http } from 'msw';
import { describe, expect, test } from 'vitest';
import { isMfaError } from './errors/guards.ts';
import {
  answerError,
  answerJson,
  BASE_URL,
  failNetwork,
  server,
  testClient,
  USER_ID,
  useTestServer,
} from './test-utils/server.ts';
import type { MfaClient, MfaDebugEvent } from './types.ts';

useTestServer();

// Distinctive values, so a match can only mean a leak.
const API_KEY = 'apikey-LEAK-A1';
const JWT = 'jwt-LEAK-B2';
const PASSWORD = 'password-LEAK-C3';
const CODE = 'CODELEAKD4';
const MFA_CODE = 'MFALEAKE5';
const TOTP_SECRET = 'SECRETLEAKF6';
const BACKUP_CODES = Array.from({ length: 10 }, (_, i) => `BKUP${i}LEAKG7`);
const ACCESS_TOKEN = 'access-LEAK-H8';
const REFRESH_TOKEN = 'refresh-LEAK-I9';
const DEVICE_ID = 'device-LEAK-J10';
const RECAPTCHA_TOKEN = 'recaptcha-LEAK-K11';
const SECRETS = [
  DEVICE_ID,
  RECAPTCHA_TOKEN,
  API_KEY,
  JWT,
  PASSWORD,
  CODE,
  MFA_CODE,
  TOTP_SECRET,
  ACCESS_TOKEN,
  REFRESH_TOKEN,
  ...BACKUP_CODES,
];

const email = 'user@example.com';

type Scenario = [
  label: string,
  kind: 'MfaApiError' | 'MfaResponseError' | 'MfaNetworkError',
  setup: () => void,
  call: (client: MfaClient) => Promise<unknown>,
  /** The client's deadline, ms: short only where the deadline is what fails. */
  timeout?: number,
];

const scenarios: Scenario[] = [
  [
    'a wrong code (401) on verify',
    'MfaApiError',
    () =>
      server.use(answerError('post', '/users/:id/mfa/verify', 401, { code: 'invalid_mfa_code' })),
    (client) => client.mfa.verify(USER_ID, { code: CODE }),
  ],
  [
    'a wrong password (401) on disable',
    'MfaApiError',
    () =>
      server.use(
        answerError('post', '/users/:id/mfa/disable', 401, { code: 'invalid_credentials' }),
      ),
    (client) => client.mfa.disable(USER_ID, { password: PASSWORD }),
  ],
  [
    'a 500 on passwordless verify with both codes',
    'MfaApiError',
    () => server.use(answerError('post', '/auth/passwordless/verify', 500, {})),
    (client) =>
      client.auth.verifyPasswordless({
        email,
        code: CODE,
        mfaCode: MFA_CODE,
        recaptchaToken: RECAPTCHA_TOKEN,
      }),
  ],
  [
    'a refused reCAPTCHA (422) on a passwordless request',
    'MfaApiError',
    () =>
      server.use(
        answerError('post', '/auth/passwordless/request', 422, { code: 'validation_error' }),
      ),
    (client) => client.auth.requestPasswordless({ email, recaptchaToken: RECAPTCHA_TOKEN }),
  ],
  [
    'a dropped connection on sign-in with a device id and a reCAPTCHA token',
    'MfaNetworkError',
    () => server.use(failNetwork('post', '/auth/sign_in')),
    (client) => client.auth.signIn({ email, password: PASSWORD, recaptchaToken: RECAPTCHA_TOKEN }),
  ],
  [
    'a TOTP setup answer with the secret and codes but a broken QR URI',
    'MfaResponseError',
    () =>
      server.use(
        answerJson('post', '/users/:id/mfa/setup', {
          data: {
            id: 's',
            type: 'mfa_setup',
            attributes: {
              channel: 'totp',
              secret: TOTP_SECRET,
              qr_code_uri: `https://evil.example/?secret=${TOTP_SECRET}`,
              backup_codes: BACKUP_CODES,
            },
          },
        }),
      ),
    (client) => client.mfa.setup(USER_ID, { channel: 'totp' }),
  ],
  [
    'a sign-in answer with tokens but a mistyped user',
    'MfaResponseError',
    () =>
      server.use(
        answerJson('post', '/auth/sign_in', {
          data: {
            id: USER_ID,
            type: 'user',
            attributes: { unique_id: USER_ID, email: 42, mfa_enabled: true, mfa_channel: 'totp' },
          },
          meta: {
            auth: {
              access_token: ACCESS_TOKEN,
              token_type: 'Bearer',
              expires_in: 3600,
              refresh_token: REFRESH_TOKEN,
            },
          },
        }),
      ),
    (client) =>
      client.auth.signIn({
        email,
        password: PASSWORD,
        mfaCode: MFA_CODE,
        recaptchaToken: RECAPTCHA_TOKEN,
      }),
  ],
  [
    'a dropped connection on enable',
    'MfaNetworkError',
    () => server.use(failNetwork('post', '/users/:id/mfa/enable')),
    (client) => client.mfa.enable(USER_ID, { totpCode: CODE }),
  ],
  [
    'a timeout on verify',
    'MfaNetworkError',
    () =>
      server.use(
        http.post(`${BASE_URL}/users/:id/mfa/verify`, async () => {
          await delay('infinite');
          return HttpResponse.json({});
        }),
      ),
    (client) => client.mfa.verify(USER_ID, { code: CODE }),
    500,
  ],
];

describe.each(scenarios)(
  'secrets stay out of the error for %s',
  (_label, kind, setup, call, timeout) => {
    async function failure() {
      setup();
      const events: MfaDebugEvent[] = [];
      const client = testClient({
        apiKey: API_KEY,
        token: JWT,
        deviceId: DEVICE_ID,
        // Every sign-in call without its own token carries this one.
        getRecaptchaToken: () => RECAPTCHA_TOKEN,
        // Far above any answer on a loaded machine, except where the deadline is the failure.
        timeout: timeout ?? 10_000,
        onDebug: (event) => events.push(event),
      });
      const error = await call(client).catch((e: unknown) => e);
      expect(isMfaError(error) && error.name).toBe(kind);
      return { error: error as Error, events };
    }

    test.each([
      ['err.message', (error: Error) => error.message],
      ['String(err)', (error: Error) => String(error)],
      ['JSON.stringify(err)', (error: Error) => JSON.stringify(error)],
      // What console.log shows in Node: enumerable fields and the cause chain.
      ['util.inspect(err)', (error: Error) => inspect(error, { depth: Number.POSITIVE_INFINITY })],
    ])('%s', async (_rendering, render) => {
      const { error } = await failure();
      const text = render(error);

      expect(text.length).toBeGreaterThan(0);
      for (const secret of SECRETS) expect(text).not.toContain(secret);
    });

    test('onDebug events', async () => {
      const { events } = await failure();
      const text = JSON.stringify(events);

      expect(events).toHaveLength(1);
      for (const secret of SECRETS) expect(text).not.toContain(secret);
    });
  },
);

test('JSON.stringify lists the safe fields of an MfaApiError', async () => {
  server.use(
    answerError(
      'post',
      '/users/:id/mfa/verify',
      429,
      { code: 'too_many_attempts', title: 'Locked' },
      {
        headers: { 'Retry-After': '60' },
      },
    ),
  );

  const error = await testClient({ apiKey: API_KEY, token: JWT })
    .mfa.verify(USER_ID, { code: CODE })
    .catch((e: unknown) => e);

  expect(JSON.parse(JSON.stringify(error))).toEqual({
    name: 'MfaApiError',
    message: 'POST /users/:id/mfa/verify answered 429 too_many_attempts: Locked',
    route: 'POST /users/:id/mfa/verify',
    status: 429,
    code: 'too_many_attempts',
    serverCode: 'too_many_attempts',
    title: 'Locked',
    retryAfter: 60,
  });
});

describe('ky never speaks to the caller', () => {
  // ky's HTTPError and TimeoutError messages hold the request URL (with the user's id), and
  // they carry the Request and ky's options (headers: the API key, the token) as fields.
  const kyPath: [label: string, setup: () => void, timeout: number][] = [
    [
      'a 503 on the status read, after its retries',
      () => server.use(answerError('get', '/users/:id/mfa/status', 503, {})),
      5_000,
    ],
    [
      'a dropped connection on the status read',
      () => server.use(failNetwork('get', '/users/:id/mfa/status')),
      5_000,
    ],
    [
      'a timeout on the status read',
      () =>
        server.use(
          http.get(`${BASE_URL}/users/:id/mfa/status`, async () => {
            await delay(2_000);
            return HttpResponse.json({});
          }),
        ),
      300,
    ],
  ];

  /** The error and every cause under it. */
  const chain = (error: unknown): unknown[] =>
    error instanceof Error ? [error, ...chain(error.cause)] : error === undefined ? [] : [error];

  test.each(kyPath)('%s', async (_label, setup, timeout) => {
    setup();
    const error = await testClient({ apiKey: API_KEY, token: JWT, timeout, retries: 1 })
      .mfa.status(USER_ID)
      .catch((e: unknown) => e);

    expect(isMfaError(error)).toBe(true);
    for (const link of chain(error)) {
      expect(link).not.toBeInstanceOf(KyError);
      expect(link).not.toHaveProperty('request');
      expect(link).not.toHaveProperty('options');
    }
    const text = inspect(error, { depth: Number.POSITIVE_INFINITY });
    expect(text).not.toContain(USER_ID);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  });
});
