import { describe, expect, test } from 'vitest';
import { isMfaApiError, isMfaResponseError } from '../errors/guards.ts';
import {
  ACCESS_TOKEN,
  mfaRequiredBody,
  REFRESH_TOKEN,
  signedInBody,
} from '../test-utils/fixtures.ts';
import {
  answerError,
  answerJson,
  answerText,
  backend,
  DEMO,
  recordRequests,
  server,
  settle,
  testClient,
  USER_ID,
  useTestServer,
} from '../test-utils/server.ts';

useTestServer();
const seen = recordRequests();

const credentials = { email: DEMO.email, password: DEMO.password };
const spaced = (code: string) => ` ${code.slice(0, 3)} ${code.slice(3)} `;

describe('auth.signIn (on the reference backend)', () => {
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
    await settle();
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
    await settle();
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

    const result = await testClient().auth.signIn({
      ...credentials,
      mfaCode: (backupCodes[3] ?? '').toLowerCase(),
    });

    expect(result.status).toBe('signed_in');
    expect(backend.user(DEMO.email)?.backupCodesRemaining).toBe(9);
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

describe('auth.signIn (answers the reference backend does not give)', () => {
  test('every token field maps to camelCase, refresh token included', async () => {
    server.use(answerJson('post', '/auth/sign_in', signedInBody));

    const result = await testClient().auth.signIn(credentials);

    expect(result).toEqual({
      status: 'signed_in',
      user: {
        id: USER_ID,
        email: 'user@example.com',
        mfaEnabled: true,
        mfaChannel: 'totp',
        attributes: signedInBody.data.attributes,
      },
      tokens: {
        accessToken: ACCESS_TOKEN,
        tokenType: 'Bearer',
        expiresIn: 3600,
        refreshToken: REFRESH_TOKEN,
      },
    });
  });

  test('the user keeps attributes the app added (extra fields are tolerated)', async () => {
    server.use(answerJson('post', '/auth/sign_in', signedInBody));

    const result = await testClient().auth.signIn(credentials);

    expect(result.status === 'signed_in' && result.user.attributes.name).toBe('Ada');
  });

  test('a signed-in answer without tokens is a response error naming meta', async () => {
    server.use(answerJson('post', '/auth/sign_in', { data: signedInBody.data }));

    const error = await testClient()
      .auth.signIn(credentials)
      .catch((e: unknown) => e);

    expect(isMfaResponseError(error) && error.path).toBe('meta');
  });

  test('an mfa_required answer without unique_id names the missing field', async () => {
    const { unique_id: _uniqueId, ...attributes } = mfaRequiredBody.data.attributes;
    server.use(
      answerJson('post', '/auth/sign_in', { data: { ...mfaRequiredBody.data, attributes } }),
    );

    const error = await testClient()
      .auth.signIn(credentials)
      .catch((e: unknown) => e);

    expect(isMfaResponseError(error) && error.path).toBe('data.attributes.unique_id');
  });

  test('an mfa_required error is not read as the MFA outcome here (only passwordless does)', async () => {
    server.use(
      answerError(
        'post',
        '/auth/sign_in',
        401,
        { code: 'mfa_required' },
        { meta: { unique_id: USER_ID, mfa_channel: 'email' } },
      ),
    );

    const error = await testClient()
      .auth.signIn(credentials)
      .catch((e: unknown) => e);

    expect(isMfaApiError(error) && error.code).toBe('mfa_required');
  });
});

describe('auth.requestPasswordless', () => {
  test('sends the email, resolves with nothing, and the backend mails a code', async () => {
    await expect(
      testClient().auth.requestPasswordless({ email: DEMO.email }),
    ).resolves.toBeUndefined();

    await settle();
    expect(seen[0]?.url.pathname).toBe('/auth/passwordless/request');
    expect(seen[0]?.body).toEqual({ email: DEMO.email });
    expect(backend.lastCode(DEMO.email, 'passwordless')).toMatch(/^\d{6}$/);
  });

  test('resolves the same for an unknown address (the backend does not tell)', async () => {
    await expect(
      testClient().auth.requestPasswordless({ email: 'nobody@example.com' }),
    ).resolves.toBeUndefined();
  });

  test('accepts an empty 200, since nothing is read from the answer', async () => {
    server.use(answerText('post', '/auth/passwordless/request', 200, '', 'application/json'));

    await expect(
      testClient().auth.requestPasswordless({ email: DEMO.email }),
    ).resolves.toBeUndefined();
  });

  test('an HTML page on 200 is still a response error (a proxy, a wrong baseUrl)', async () => {
    server.use(answerText('post', '/auth/passwordless/request', 200, '<html>Login</html>'));

    const error = await testClient()
      .auth.requestPasswordless({ email: DEMO.email })
      .catch((e: unknown) => e);

    expect(isMfaResponseError(error) && error.reason).toBe('not JSON');
  });
});

describe('auth.verifyPasswordless (on the reference backend)', () => {
  test('signs in with the emailed code, typed with spaces', async () => {
    const client = testClient();
    await client.auth.requestPasswordless({ email: DEMO.email });
    const code = backend.lastCode(DEMO.email, 'passwordless') ?? '';

    const result = await client.auth.verifyPasswordless({ email: DEMO.email, code: spaced(code) });

    expect(result).toMatchObject({ status: 'signed_in', user: { id: DEMO.id } });
    await settle();
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
    await settle();
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

describe('auth.verifyPasswordless: MFA required, in either form a server uses', () => {
  const input = { email: 'user@example.com', code: '987654' };
  const expected = { status: 'mfa_required', userId: USER_ID, channel: 'email' };

  test('a 200 body with mfa_required: true', async () => {
    server.use(
      answerJson('post', '/auth/passwordless/verify', {
        data: {
          ...mfaRequiredBody.data,
          attributes: { unique_id: USER_ID, mfa_required: true, mfa_channel: 'email' },
        },
      }),
    );

    await expect(testClient().auth.verifyPasswordless(input)).resolves.toStrictEqual(expected);
  });

  test('an error with code mfa_required and the user in the top-level meta', async () => {
    server.use(
      answerError(
        'post',
        '/auth/passwordless/verify',
        401,
        { code: 'mfa_required', title: 'MFA required' },
        { meta: { unique_id: USER_ID, mfa_channel: 'email' } },
      ),
    );

    await expect(testClient().auth.verifyPasswordless(input)).resolves.toStrictEqual(expected);
  });

  test("an error with code mfa_required and the user in the error object's meta", async () => {
    server.use(
      answerError('post', '/auth/passwordless/verify', 403, {
        code: 'mfa_required',
        meta: { unique_id: USER_ID, mfa_channel: 'email', sent_to: 'u***@example.com' },
      }),
    );

    await expect(testClient().auth.verifyPasswordless(input)).resolves.toStrictEqual({
      ...expected,
      sentTo: 'u***@example.com',
    });
  });

  test("the top-level meta wins over the error object's meta", async () => {
    server.use(
      answerError(
        'post',
        '/auth/passwordless/verify',
        401,
        { code: 'mfa_required', meta: { unique_id: 'usr_other', mfa_channel: 'totp' } },
        { meta: { unique_id: USER_ID, mfa_channel: 'email' } },
      ),
    );

    await expect(testClient().auth.verifyPasswordless(input)).resolves.toStrictEqual(expected);
  });

  test('an mfa_required error that does not say who is a response error naming the field', async () => {
    server.use(
      answerError('post', '/auth/passwordless/verify', 401, {
        code: 'mfa_required',
        meta: { mfa_channel: 'email' },
      }),
    );

    const error = await testClient()
      .auth.verifyPasswordless(input)
      .catch((e: unknown) => e);

    expect(isMfaResponseError(error) && [error.status, error.path]).toEqual([
      401,
      'errors.0.meta.unique_id',
    ]);
  });

  test('an mfa_required error with no meta at all names the top-level meta', async () => {
    server.use(answerError('post', '/auth/passwordless/verify', 401, { code: 'mfa_required' }));

    const error = await testClient()
      .auth.verifyPasswordless(input)
      .catch((e: unknown) => e);

    expect(isMfaResponseError(error) && error.path).toBe('meta');
  });
});
