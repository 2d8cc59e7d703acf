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

const credentials = { email: 'user@example.com', password: 'SecurePassword123' };
const spaced = (code: string) => ` ${code.slice(0, 3)} ${code.slice(3)} `;

describe('auth.signIn: what it sends', () => {
  test('step one sends no mfa_code key at all', async () => {
    server.use(answerJson('post', '/auth/sign_in', mfaRequiredBody));

    await testClient().auth.signIn(credentials);

    await settle();
    expect(seen[0]?.url.pathname).toBe('/auth/sign_in');
    expect(seen[0]?.body).toStrictEqual(credentials);
  });

  test('step two sends the code normalised as mfa_code', async () => {
    server.use(answerJson('post', '/auth/sign_in', signedInBody));

    await testClient().auth.signIn({ ...credentials, mfaCode: spaced('123456') });

    await settle();
    expect(seen[0]?.body).toStrictEqual({ ...credentials, mfa_code: '123456' });
  });
});

describe('auth.signIn: answers', () => {
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

  test('a signed-in answer without meta is a response error naming meta', async () => {
    server.use(answerJson('post', '/auth/sign_in', { data: signedInBody.data }));

    const error = await testClient()
      .auth.signIn(credentials)
      .catch((e: unknown) => e);

    expect(isMfaResponseError(error) && error.path).toBe('meta');
  });

  test('a signed-in answer whose meta holds no token names meta.auth', async () => {
    server.use(answerJson('post', '/auth/sign_in', { data: signedInBody.data, meta: {} }));

    const error = await testClient()
      .auth.signIn(credentials)
      .catch((e: unknown) => e);

    expect(isMfaResponseError(error) && [error.path, error.reason]).toEqual([
      'meta.auth',
      'expected object',
    ]);
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

  test('an mfa_required error status is the MFA outcome on sign-in too', async () => {
    server.use(
      answerError(
        'post',
        '/auth/sign_in',
        401,
        { code: 'mfa_required' },
        { meta: { unique_id: USER_ID, mfa_channel: 'email' } },
      ),
    );

    await expect(testClient().auth.signIn(credentials)).resolves.toStrictEqual({
      status: 'mfa_required',
      userId: USER_ID,
      channel: 'email',
    });
  });

  test('a wrong password stays an MfaApiError', async () => {
    server.use(answerError('post', '/auth/sign_in', 401, { code: 'invalid_credentials' }));

    const error = await testClient()
      .auth.signIn(credentials)
      .catch((e: unknown) => e);

    expect(isMfaApiError(error) && [error.status, error.code]).toEqual([
      401,
      'invalid_credentials',
    ]);
  });
});

describe('auth.requestPasswordless', () => {
  test('sends the email and resolves with what the server says (nothing, here)', async () => {
    server.use(answerJson('post', '/auth/passwordless/request', {}));

    await expect(
      testClient().auth.requestPasswordless({ email: credentials.email }),
    ).resolves.toStrictEqual({});

    await settle();
    expect(seen[0]?.url.pathname).toBe('/auth/passwordless/request');
    expect(seen[0]?.body).toEqual({ email: credentials.email });
  });

  test('accepts an empty 200, since nothing needs reading from the answer', async () => {
    server.use(answerText('post', '/auth/passwordless/request', 200, '', 'application/json'));

    await expect(
      testClient().auth.requestPasswordless({ email: credentials.email }),
    ).resolves.toStrictEqual({});
  });

  test('an HTML page on 200 is still a response error (a proxy, a wrong baseUrl)', async () => {
    server.use(answerText('post', '/auth/passwordless/request', 200, '<html>Login</html>'));

    const error = await testClient()
      .auth.requestPasswordless({ email: credentials.email })
      .catch((e: unknown) => e);

    expect(isMfaResponseError(error) && error.reason).toBe('not JSON');
  });
});

describe('auth.verifyPasswordless', () => {
  test('sends the emailed code normalised, and no mfa_code key on step one', async () => {
    server.use(answerJson('post', '/auth/passwordless/verify', signedInBody));

    const result = await testClient().auth.verifyPasswordless({
      email: credentials.email,
      code: spaced('987654'),
    });

    expect(result.status).toBe('signed_in');
    await settle();
    expect(seen[0]?.body).toStrictEqual({ email: credentials.email, code: '987654' });
  });

  test('step two sends both codes', async () => {
    server.use(answerJson('post', '/auth/passwordless/verify', signedInBody));

    await testClient().auth.verifyPasswordless({
      email: credentials.email,
      code: '987654',
      mfaCode: '123456',
    });

    await settle();
    expect(seen[0]?.body).toStrictEqual({
      email: credentials.email,
      code: '987654',
      mfa_code: '123456',
    });
  });
});

describe('auth.verifyPasswordless: MFA required as an error status', () => {
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

  test('an error that names no user gives a result without userId, not an invented one', async () => {
    server.use(
      answerError('post', '/auth/passwordless/verify', 401, {
        code: 'mfa_required',
        meta: { mfa_channel: 'email' },
      }),
    );

    await expect(testClient().auth.verifyPasswordless(input)).resolves.toStrictEqual({
      status: 'mfa_required',
      channel: 'email',
    });
  });

  test('an error with no meta at all: the channel is unknown', async () => {
    server.use(answerError('post', '/auth/passwordless/verify', 401, { code: 'mfa_required' }));

    await expect(testClient().auth.verifyPasswordless(input)).resolves.toStrictEqual({
      status: 'mfa_required',
      channel: 'unknown',
    });
  });

  test('a meta that names the user badly is a response error naming the field', async () => {
    server.use(
      answerError('post', '/auth/passwordless/verify', 401, {
        code: 'mfa_required',
        meta: { unique_id: 7, mfa_channel: 'email' },
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

  test('a channel neither document has is a response error, not "unknown"', async () => {
    server.use(
      answerError(
        'post',
        '/auth/passwordless/verify',
        401,
        { code: 'mfa_required' },
        { meta: { mfa_channel: 'sms' } },
      ),
    );

    const error = await testClient()
      .auth.verifyPasswordless(input)
      .catch((e: unknown) => e);

    expect(isMfaResponseError(error) && error.path).toBe('meta.mfa_channel');
  });
});
