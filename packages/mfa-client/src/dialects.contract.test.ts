import { describe, expect, test } from 'vitest';
import { isMfaApiError, isMfaResponseError } from './errors/guards.ts';
import { guide, reference, sdkTokenForms } from './test-utils/documented.ts';
import {
  answerJson,
  type Method,
  recordRequests,
  server,
  settle,
  testClient,
  USER_ID,
  useTestServer,
} from './test-utils/server.ts';
import type { MfaClient } from './types.ts';

/**
 * The contract with the real Auth Block API: every JSON example of both vendor documents
 * (test-utils/documented.ts) read by the client, and what it sends back. See the README,
 * "Talking to the real Auth Block API".
 */

useTestServer();
const seen = recordRequests();

const credentials = { email: 'user@example.com', password: 'SecurePassword123' };
const passwordless = { email: 'user@example.com', code: '987654' };

/** A deep copy with `change` applied, for malformed variants of a documented example. */
// biome-ignore lint/suspicious/noExplicitAny: a malformed variant is any shape by design
function variant<T>(example: T, change: (copy: any) => void): unknown {
  const copy = structuredClone(example) as unknown;
  change(copy);
  return copy;
}

interface Route {
  method: Method;
  path: string;
  call: (client: MfaClient) => Promise<unknown>;
}

const routes = {
  signIn: {
    method: 'post',
    path: '/auth/sign_in',
    call: (client) => client.auth.signIn(credentials),
  },
  passwordlessRequest: {
    method: 'post',
    path: '/auth/passwordless/request',
    call: (client) => client.auth.requestPasswordless({ email: credentials.email }),
  },
  passwordlessVerify: {
    method: 'post',
    path: '/auth/passwordless/verify',
    call: (client) => client.auth.verifyPasswordless(passwordless),
  },
  totpSetup: {
    method: 'post',
    path: '/users/:id/mfa/setup',
    call: (client) => client.mfa.setup(USER_ID, { channel: 'totp' }),
  },
  enable: {
    method: 'post',
    path: '/users/:id/mfa/enable',
    call: (client) => client.mfa.enable(USER_ID, { totpCode: '123456' }),
  },
  disable: {
    method: 'post',
    path: '/users/:id/mfa/disable',
    call: (client) => client.mfa.disable(USER_ID, { password: 'UserPassword123' }),
  },
  verify: {
    method: 'post',
    path: '/users/:id/mfa/verify',
    call: (client) => client.mfa.verify(USER_ID, { code: '123456' }),
  },
  status: {
    method: 'get',
    path: '/users/:id/mfa/status',
    call: (client) => client.mfa.status(USER_ID),
  },
} satisfies Record<string, Route>;

/** Answers `route` with `body` (and `status`) and returns what the client made of it. */
async function read(route: Route, body: unknown, status = 200) {
  server.use(answerJson(route.method, route.path, body, { status }));
  return route.call(testClient()).catch((error: unknown) => error);
}

const referenceTotpResult = {
  channel: 'totp',
  secret: 'JBSWY3DPEHPK3PXP',
  qrCodeUri: reference.totpSetup.data.attributes.qr_code_uri,
  backupCodes: reference.totpSetup.data.attributes.backup_codes,
};

describe('every documented answer reads as the same typed result', () => {
  test.each([
    [
      'guide: TOTP setup',
      routes.totpSetup,
      guide.totpSetup,
      {
        channel: 'totp',
        secret: 'JBSWY3DPEHPK3PXP',
        qrCodeUri: guide.totpSetup.data.attributes.qr_code_uri,
        backupCodes: guide.totpSetup.data.attributes.backup_codes,
      },
    ],
    [
      'guide: status',
      routes.status,
      guide.status,
      { userId: USER_ID, enabled: true, channel: 'totp', backupCodesRemaining: 9 },
    ],
    [
      'guide: sign-in, MFA required',
      routes.signIn,
      guide.mfaRequired,
      { status: 'mfa_required', userId: 'usr_abc123', channel: 'totp' },
    ],
    [
      'guide: passwordless verify, MFA required',
      routes.passwordlessVerify,
      guide.mfaRequired,
      { status: 'mfa_required', userId: 'usr_abc123', channel: 'totp' },
    ],
    [
      'reference: sign-in, MFA required (a 200 error document, no user, no channel)',
      routes.signIn,
      reference.signInMfaRequired,
      { status: 'mfa_required', channel: 'unknown' },
    ],
    [
      'reference: passwordless verify, MFA required (a 200 error document)',
      routes.passwordlessVerify,
      reference.passwordlessMfaRequired,
      { status: 'mfa_required', channel: 'unknown' },
    ],
    [
      'reference: sign-in, success (no MFA fields on the user)',
      routes.signIn,
      reference.signedIn,
      {
        status: 'signed_in',
        user: {
          id: 'usr_abc123',
          email: 'user@example.com',
          attributes: reference.signedIn.data.attributes,
        },
        tokens: {
          accessToken: reference.signedIn.meta.auth.access_token,
          tokenType: 'Bearer',
          expiresIn: 86400,
          expiresAt: 1_893_542_400,
          scope: 'user',
        },
      },
    ],
    [
      'reference: passwordless verify, success in OAuth mode (a refresh token)',
      routes.passwordlessVerify,
      reference.signedInOauth,
      {
        status: 'signed_in',
        user: expect.objectContaining({ id: 'usr_abc123' }),
        tokens: {
          accessToken: reference.signedIn.meta.auth.access_token,
          tokenType: 'Bearer',
          expiresIn: 86400,
          expiresAt: 1_893_542_400,
          scope: 'user',
          refreshToken: 'REFERENCE.REFRESH',
          refreshTokenExpiresIn: 2_592_000,
        },
      },
    ],
    [
      "the vendor SDK's fallback: meta.access_token",
      routes.signIn,
      sdkTokenForms.accessToken,
      {
        status: 'signed_in',
        user: expect.objectContaining({ id: 'usr_abc123' }),
        tokens: {
          accessToken: 'BARE.ACCESS',
          tokenType: 'Bearer',
          expiresIn: 3600,
          refreshToken: 'BARE.REFRESH',
        },
      },
    ],
    [
      "the vendor SDK's fallback: meta.token",
      routes.signIn,
      sdkTokenForms.token,
      {
        status: 'signed_in',
        user: expect.objectContaining({ id: 'usr_abc123' }),
        tokens: { accessToken: 'BARE.TOKEN', tokenType: 'Bearer' },
      },
    ],
    [
      'reference: passwordless request',
      routes.passwordlessRequest,
      reference.passwordlessRequested,
      { sentTo: 'u***@example.com', expiresIn: 600 },
    ],
    [
      'reference: TOTP setup (no id, no channel, test_code left out)',
      routes.totpSetup,
      reference.totpSetup,
      referenceTotpResult,
    ],
    [
      'reference: enable (the channel is the one that was enabled)',
      routes.enable,
      reference.enabled,
      { userId: USER_ID, enabled: true, channel: 'totp' },
    ],
    [
      'reference: disable',
      routes.disable,
      reference.disabled,
      { userId: USER_ID, enabled: false, channel: null },
    ],
    ['reference: verify', routes.verify, reference.verified, { valid: true }],
    [
      'reference: status (on, channel unknown)',
      routes.status,
      reference.status,
      {
        userId: USER_ID,
        enabled: true,
        channel: 'unknown',
        backupCodesRemaining: 8,
        setupRequired: false,
        lastUsedAt: '2026-05-01T10:00:00Z',
      },
    ],
  ])('%s', async (_label, route, body, expected) => {
    expect(await read(route, body)).toStrictEqual(expected);
  });

  test('reference: the test_code of a setup reaches no part of the result', async () => {
    const result = await read(routes.totpSetup, reference.totpSetup);

    expect(JSON.stringify(result)).not.toContain(reference.totpSetup.data.attributes.test_code);
  });

  test('guide: the enable and disable answers are the status document', async () => {
    expect(await read(routes.enable, guide.status)).toStrictEqual({
      userId: USER_ID,
      enabled: true,
      channel: 'totp',
      backupCodesRemaining: 9,
    });
  });
});

describe('what the client sends: the documented request bodies', () => {
  test.each([
    ['TOTP setup', routes.totpSetup, guide.totpSetup, guide.requests.totpSetup],
    ['TOTP enable', routes.enable, guide.status, guide.requests.totpEnable],
    ['disable', routes.disable, guide.status, guide.requests.disable],
    ['verify', routes.verify, reference.verified, guide.requests.verify],
    ['sign-in, step one', routes.signIn, guide.mfaRequired, guide.requests.signIn],
  ])('%s', async (_label, route, answer, body) => {
    await read(route, answer);

    await settle();
    expect(seen[0]?.body).toStrictEqual(body);
  });

  test('email setup and email enable', async () => {
    server.use(
      answerJson('post', '/users/:id/mfa/setup', {
        data: { type: 'mfa_setup', attributes: { channel: 'email', backup_codes: [] } },
      }),
      answerJson('post', '/users/:id/mfa/enable', guide.status),
    );
    const client = testClient();

    await client.mfa.setup(USER_ID, { channel: 'email' });
    await client.mfa.enable(USER_ID, { channel: 'email' });

    await settle();
    expect(seen.map((request) => request.body)).toStrictEqual([
      guide.requests.emailSetup,
      guide.requests.emailEnable,
    ]);
  });

  test('sign-in, step two with the code', async () => {
    server.use(answerJson('post', '/auth/sign_in', reference.signedIn));

    await testClient().auth.signIn({ ...credentials, mfaCode: '123456' });

    await settle();
    expect(seen[0]?.body).toStrictEqual(guide.requests.signInWithCode);
  });

  test('oauthMode sends X-OAuth-Mode: true on both sign-in routes, and nowhere else', async () => {
    server.use(
      answerJson('post', '/auth/sign_in', reference.signedInOauth),
      answerJson('post', '/auth/passwordless/verify', reference.signedInOauth),
      answerJson('post', '/auth/passwordless/request', reference.passwordlessRequested),
      answerJson('get', '/users/:id/mfa/status', reference.status),
    );
    const client = testClient({ oauthMode: true });

    await client.auth.signIn(credentials);
    await client.auth.verifyPasswordless(passwordless);
    await client.auth.requestPasswordless({ email: credentials.email });
    await client.mfa.status(USER_ID);

    expect(seen.map((request) => request.headers.get('x-oauth-mode'))).toEqual([
      'true',
      'true',
      null,
      null,
    ]);
  });

  test('without oauthMode, no X-OAuth-Mode header', async () => {
    await read(routes.signIn, reference.signedIn);

    expect(seen[0]?.headers.has('x-oauth-mode')).toBe(false);
  });
});

describe('where a backup code goes: the field the server reads', () => {
  const backupCode = 'a1b2-c3d4';
  const sent = 'A1B2C3D4';

  test('a reference server: step one teaches the client, step two sends backup_code', async () => {
    server.use(answerJson('post', '/auth/sign_in', reference.signInMfaRequired));
    const client = testClient();

    await client.auth.signIn(credentials);
    server.use(answerJson('post', '/auth/sign_in', reference.signedIn));
    const result = await client.auth.signIn({ ...credentials, backupCode });

    expect(result.status).toBe('signed_in');
    await settle();
    expect(seen[1]?.body).toStrictEqual({ ...credentials, backup_code: sent });
  });

  test('a guide server: the backup code goes as the mfa_code', async () => {
    server.use(answerJson('post', '/auth/sign_in', guide.mfaRequired));
    const client = testClient();

    await client.auth.signIn(credentials);
    await client.auth.signIn({ ...credentials, backupCode });

    await settle();
    expect(seen[1]?.body).toStrictEqual({ ...credentials, mfa_code: sent });
  });

  test('passwordless verify, reference: backup_code beside the emailed code', async () => {
    server.use(answerJson('post', '/auth/passwordless/verify', reference.passwordlessMfaRequired));
    const client = testClient();

    await client.auth.verifyPasswordless(passwordless);
    await client.auth.verifyPasswordless({ ...passwordless, backupCode });

    await settle();
    expect(seen[1]?.body).toStrictEqual({ ...passwordless, backup_code: sent });
  });

  test('mfa.verify after a reference status: { backup_code }, and the method is known', async () => {
    server.use(
      answerJson('get', '/users/:id/mfa/status', reference.status),
      answerJson('post', '/users/:id/mfa/verify', reference.verified),
    );
    const client = testClient();

    await client.mfa.status(USER_ID);
    const result = await client.mfa.verify(USER_ID, { backupCode });

    expect(result).toStrictEqual({ valid: true, method: 'backup_code' });
    await settle();
    expect(seen[1]?.body).toStrictEqual({ backup_code: sent });
  });

  test('a reference error code teaches the client too', async () => {
    server.use(answerJson('post', '/users/:id/mfa/verify', reference.error, { status: 401 }));
    const client = testClient();

    await client.mfa.verify(USER_ID, { code: '000000' }).catch(() => undefined);
    await client.mfa.verify(USER_ID, { backupCode }).catch(() => undefined);

    await settle();
    expect(seen[1]?.body).toStrictEqual({ backup_code: sent });
  });

  test('before any answer, a client assumes the guide', async () => {
    server.use(answerJson('post', '/users/:id/mfa/verify', reference.verified));

    await testClient().mfa.verify(USER_ID, { backupCode });

    await settle();
    expect(seen[0]?.body).toStrictEqual({ code: sent });
  });

  test('dialect: "reference" sends backup_code from the first request', async () => {
    server.use(answerJson('post', '/auth/sign_in', reference.signedIn));

    await testClient({ dialect: 'reference' }).auth.signIn({ ...credentials, backupCode });

    await settle();
    expect(seen[0]?.body).toStrictEqual({ ...credentials, backup_code: sent });
  });

  test('a pinned dialect is not unlearnt by the answers', async () => {
    server.use(answerJson('post', '/auth/sign_in', reference.signInMfaRequired));
    const client = testClient({ dialect: 'guide' });

    await client.auth.signIn(credentials);
    await client.auth.signIn({ ...credentials, backupCode });

    await settle();
    expect(seen[1]?.body).toStrictEqual({ ...credentials, mfa_code: sent });
  });

  test('each client learns for itself', async () => {
    server.use(answerJson('post', '/auth/sign_in', reference.signInMfaRequired));
    await testClient().auth.signIn(credentials);

    await testClient().auth.signIn({ ...credentials, backupCode });

    await settle();
    expect(seen[1]?.body).toStrictEqual({ ...credentials, mfa_code: sent });
  });
});

/** [label, route, status, documented error body, canonical code] */
type ErrorCase = [string, Route, number, { errors: readonly { code?: string }[] }, string];

const PASSWORDLESS_CANONICAL: Record<keyof typeof reference.passwordlessErrors, string> = {
  'GW-PL-011': 'invalid_credentials',
  'GW-PL-012': 'code_expired',
  'GW-PL-013': 'code_not_requested',
  'GW-PL-014': 'too_many_attempts',
  'GW-PL-020': 'server_error',
};

const errorCases: ErrorCase[] = [
  ['reference: 45365M (MFA controller)', routes.verify, 401, reference.error, 'invalid_mfa_code'],
  [
    'reference: mfa_invalid (sign-in)',
    routes.signIn,
    401,
    reference.signInMfaInvalid,
    'invalid_mfa_code',
  ],
  [
    'reference: mfa_invalid (passwordless)',
    routes.passwordlessVerify,
    401,
    reference.signInMfaInvalid,
    'invalid_mfa_code',
  ],
  [
    'reference: unauthorized on sign-in is wrong credentials',
    routes.signIn,
    401,
    reference.signInUnauthorized,
    'invalid_credentials',
  ],
  ...Object.entries(reference.passwordlessErrors).map(
    ([serverCode, { status, body }]): ErrorCase => [
      `reference: ${serverCode}`,
      routes.passwordlessVerify,
      status,
      body,
      PASSWORDLESS_CANONICAL[serverCode as keyof typeof PASSWORDLESS_CANONICAL],
    ],
  ),
];

describe('errors: one canonical code per failure, the server’s own kept', () => {
  test.each(errorCases)('%s', async (_label, route, status, body, code) => {
    const error = await read(route, body, status);

    expect(isMfaApiError(error)).toBe(true);
    expect(error).toMatchObject({ status, code, serverCode: body.errors[0]?.code });
  });

  test('GW-PL-011 carries meta.remaining_attempts as remainingAttempts', async () => {
    const { status, body } = reference.passwordlessErrors['GW-PL-011'];

    expect(await read(routes.passwordlessVerify, body, status)).toMatchObject({
      remainingAttempts: 3,
    });
  });

  test('GW-PL-014 has no retryAfter: the code is gone, there is nothing to wait for', async () => {
    const { status, body } = reference.passwordlessErrors['GW-PL-014'];

    expect(await read(routes.passwordlessVerify, body, status)).toMatchObject({
      code: 'too_many_attempts',
      retryAfter: undefined,
    });
  });

  test('a string source is kept as the server sent it', async () => {
    const error = await read(routes.verify, reference.error, 401);

    expect(isMfaApiError(error) && error.errors[0]?.source).toBe('MFA Controller');
  });

  test('unauthorized on an MFA route stays unauthorized (an expired session)', async () => {
    expect(await read(routes.status, reference.signInUnauthorized, 401)).toMatchObject({
      code: 'unauthorized',
      serverCode: 'unauthorized',
    });
  });

  test('a 429 without a code is rate_limited', async () => {
    expect(await read(routes.signIn, { errors: [{ status: '429' }] }, 429)).toMatchObject({
      code: 'rate_limited',
      serverCode: undefined,
    });
  });

  test('an unknown server code passes through as itself', async () => {
    expect(await read(routes.verify, { errors: [{ code: 'GW-XX-999' }] }, 400)).toMatchObject({
      code: 'GW-XX-999',
      serverCode: 'GW-XX-999',
    });
  });
});

describe('malformed variants still fail, naming the path', () => {
  test.each([
    [
      'guide setup without a secret',
      routes.totpSetup,
      variant(guide.totpSetup, (b) => delete b.data.attributes.secret),
      'data.attributes.secret',
    ],
    [
      'reference setup whose URI is not otpauth://',
      routes.totpSetup,
      variant(reference.totpSetup, (b) => {
        b.data.attributes.qr_code_uri = 'https://example.com';
      }),
      'data.attributes.qr_code_uri',
    ],
    [
      'reference setup with a backup code that is a number',
      routes.totpSetup,
      variant(reference.totpSetup, (b) => {
        b.data.attributes.backup_codes[2] = 12345678;
      }),
      'data.attributes.backup_codes.2',
    ],
    [
      'a setup of another resource type',
      routes.totpSetup,
      variant(reference.totpSetup, (b) => {
        b.data.type = 'user';
      }),
      'data.type',
    ],
    [
      'a status saying neither enabled nor mfa_enabled',
      routes.status,
      variant(reference.status, (b) => delete b.data.attributes.enabled),
      'data.attributes.mfa_enabled',
    ],
    [
      'a reference status whose enabled is a string',
      routes.status,
      variant(reference.status, (b) => {
        b.data.attributes.enabled = 'true';
      }),
      'data.attributes.enabled',
    ],
    [
      'a guide status with a channel neither document has',
      routes.status,
      variant(guide.status, (b) => {
        b.data.attributes.mfa_channel = 'sms';
      }),
      'data.attributes.mfa_channel',
    ],
    [
      'an enable answer without enabled',
      routes.enable,
      variant(reference.enabled, (b) => delete b.data.attributes.enabled),
      'data.attributes.mfa_enabled',
    ],
    [
      'a verify answer without valid',
      routes.verify,
      variant(reference.verified, (b) => delete b.data.attributes.valid),
      'data.attributes.valid',
    ],
    [
      'a verify answer with an unknown method',
      routes.verify,
      variant(reference.verified, (b) => {
        b.data.attributes.method = 'sms';
      }),
      'data.attributes.method',
    ],
    [
      'a reference sign-in without tokens anywhere',
      routes.signIn,
      variant(reference.signedIn, (b) => {
        b.meta = { scope: 'user' };
      }),
      'meta.auth',
    ],
    [
      'a reference sign-in whose access token is a number',
      routes.signIn,
      variant(reference.signedIn, (b) => {
        b.meta.auth.access_token = 42;
      }),
      'meta.auth.access_token',
    ],
    [
      'a signed-in user without unique_id',
      routes.signIn,
      variant(reference.signedIn, (b) => delete b.data.attributes.unique_id),
      'data.attributes.unique_id',
    ],
    [
      'a signed-in user whose mfa_enabled is a string',
      routes.signIn,
      variant(reference.signedIn, (b) => {
        b.data.attributes.mfa_enabled = 'yes';
      }),
      'data.attributes.mfa_enabled',
    ],
    [
      'a 200 error document of another code',
      routes.signIn,
      variant(reference.signInMfaRequired, (b) => {
        b.errors[0].code = 'mfa_invalid';
      }),
      'errors.0.code',
    ],
    ['a 200 error document with no error in it', routes.signIn, { errors: [] }, 'errors.0'],
    [
      'a 200 "MFA required" naming a channel neither document has',
      routes.passwordlessVerify,
      variant(reference.signInMfaRequired, (b) => {
        b.errors[0].meta.mfa_channel = 'sms';
      }),
      'errors.0.meta.mfa_channel',
    ],
    [
      'a guide "MFA required" without a channel',
      routes.signIn,
      variant(guide.mfaRequired, (b) => delete b.data.attributes.mfa_channel),
      'data.attributes.mfa_channel',
    ],
    [
      'a passwordless request of another type',
      routes.passwordlessRequest,
      variant(reference.passwordlessRequested, (b) => {
        b.data.type = 'user';
      }),
      'data.type',
    ],
    [
      'a passwordless request whose email_hint is a number',
      routes.passwordlessRequest,
      variant(reference.passwordlessRequested, (b) => {
        b.data.attributes.email_hint = 7;
      }),
      'data.attributes.email_hint',
    ],
  ])('%s', async (_label, route, body, path) => {
    const error = await read(route, body);

    expect(isMfaResponseError(error) && error.path).toBe(path);
  });
});
