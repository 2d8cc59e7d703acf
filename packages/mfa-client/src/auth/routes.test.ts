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

useTestServer();
const seen = recordRequests();

const credentials = { email: 'user@example.com', password: 'SecurePassword123' };

describe('auth.signIn', () => {
  test('an MFA user without a code gets mfa_required with the user id and channel', async () => {
    server.use(answerJson('post', '/auth/sign_in', mfaRequiredBody));

    const result = await testClient().auth.signIn(credentials);

    expect(result).toStrictEqual({ status: 'mfa_required', userId: USER_ID, channel: 'totp' });
    await settle();
    expect(seen[0]?.url.pathname).toBe('/auth/sign_in');
    // Step one sends no mfa_code key at all.
    expect(seen[0]?.body).toStrictEqual(credentials);
  });

  test('mfa_required on the email channel passes on where the code went', async () => {
    server.use(
      answerJson('post', '/auth/sign_in', {
        data: {
          ...mfaRequiredBody.data,
          attributes: {
            unique_id: USER_ID,
            mfa_required: true,
            mfa_channel: 'email',
            sent_to: 'u***@example.com',
          },
        },
      }),
    );

    const result = await testClient().auth.signIn(credentials);

    expect(result).toEqual({
      status: 'mfa_required',
      userId: USER_ID,
      channel: 'email',
      sentTo: 'u***@example.com',
    });
  });

  test('with a code, returns the signed-in user and tokens; the code is normalised', async () => {
    server.use(answerJson('post', '/auth/sign_in', signedInBody));

    const result = await testClient().auth.signIn({ ...credentials, mfaCode: '123 456' });

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
    await settle();
    expect(seen[0]?.body).toEqual({ ...credentials, mfa_code: '123456' });
  });

  test('the user keeps attributes the app added (extra fields are tolerated)', async () => {
    server.use(answerJson('post', '/auth/sign_in', signedInBody));

    const result = await testClient().auth.signIn(credentials);

    expect(result.status === 'signed_in' && result.user.attributes.name).toBe('Ada');
  });

  test('a user without MFA signs in with the password alone', async () => {
    server.use(
      answerJson('post', '/auth/sign_in', {
        ...signedInBody,
        data: {
          ...signedInBody.data,
          attributes: { ...signedInBody.data.attributes, mfa_enabled: false, mfa_channel: null },
        },
      }),
    );

    const result = await testClient().auth.signIn(credentials);

    expect(result.status).toBe('signed_in');
    expect(result.status === 'signed_in' && result.user.mfaChannel).toBeNull();
  });

  test('a signed-in answer without tokens is a response error naming meta.auth', async () => {
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

  test('a wrong password is an MfaApiError with its code', async () => {
    server.use(
      answerError('post', '/auth/sign_in', 401, {
        code: 'invalid_credentials',
        title: 'Invalid email or password',
      }),
    );

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
  test('sends the email and resolves with nothing', async () => {
    server.use(answerJson('post', '/auth/passwordless/request', { meta: { message: 'sent' } }));

    await expect(
      testClient().auth.requestPasswordless({ email: 'user@example.com' }),
    ).resolves.toBeUndefined();
    await settle();
    expect(seen[0]?.url.pathname).toBe('/auth/passwordless/request');
    expect(seen[0]?.body).toEqual({ email: 'user@example.com' });
  });

  test('accepts an empty 200, since nothing is read from the answer', async () => {
    server.use(answerText('post', '/auth/passwordless/request', 200, '', 'application/json'));

    await expect(
      testClient().auth.requestPasswordless({ email: 'user@example.com' }),
    ).resolves.toBeUndefined();
  });

  test('an HTML page on 200 is still a response error (a proxy, a wrong baseUrl)', async () => {
    server.use(answerText('post', '/auth/passwordless/request', 200, '<html>Login</html>'));

    const error = await testClient()
      .auth.requestPasswordless({ email: 'user@example.com' })
      .catch((e: unknown) => e);

    expect(isMfaResponseError(error) && error.reason).toBe('not JSON');
  });
});

describe('auth.verifyPasswordless', () => {
  const input = { email: 'user@example.com', code: ' 987-654 ' };

  test('returns the signed-in user; the emailed code is normalised', async () => {
    server.use(answerJson('post', '/auth/passwordless/verify', signedInBody));

    const result = await testClient().auth.verifyPasswordless(input);

    expect(result.status).toBe('signed_in');
    await settle();
    expect(seen[0]?.body).toStrictEqual({ email: 'user@example.com', code: '987654' });
  });

  test('sends mfa_code, normalised, on the second step', async () => {
    server.use(answerJson('post', '/auth/passwordless/verify', signedInBody));

    await testClient().auth.verifyPasswordless({ ...input, mfaCode: 'abcd-1234' });

    await settle();
    expect(seen[0]?.body).toEqual({
      email: 'user@example.com',
      code: '987654',
      mfa_code: 'ABCD1234',
    });
  });

  describe('MFA required, in either form the server uses', () => {
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

  test('sign-in does not read an mfa_required error as the MFA outcome (only passwordless does)', async () => {
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

  test('a wrong emailed code stays an MfaApiError', async () => {
    server.use(
      answerError('post', '/auth/passwordless/verify', 401, { code: 'invalid_credentials' }),
    );

    const error = await testClient()
      .auth.verifyPasswordless(input)
      .catch((e: unknown) => e);

    expect(isMfaApiError(error) && error.code).toBe('invalid_credentials');
  });
});
