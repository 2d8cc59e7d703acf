import { runInNewContext } from 'node:vm';
import { delay, HttpResponse, http } from 'msw';
import { describe, expect, test } from 'vitest';
import { statusBody, totpSetupBody, verificationBody } from '../test-utils/fixtures.ts';
import {
  answerError,
  answerJson,
  answerText,
  BASE_URL,
  failNetwork,
  HTML_ERROR_PAGE,
  server,
  testClient,
  USER_ID,
  useTestServer,
} from '../test-utils/server.ts';
import { MFA_ERROR_CODES } from './codes.ts';
import { isMfaApiError, isMfaError, isMfaNetworkError, isMfaResponseError } from './guards.ts';
import { MfaApiError } from './MfaApiError.ts';
import { MfaNetworkError } from './MfaNetworkError.ts';
import { MfaResponseError } from './MfaResponseError.ts';

useTestServer();

const verify = (code = '123456', options = {}) =>
  testClient(options)
    .mfa.verify(USER_ID, { code })
    .catch((e: unknown) => e);

describe('MfaApiError: the server said no', () => {
  test.each([
    [401, MFA_ERROR_CODES.INVALID_MFA_CODE, 'Invalid code'],
    [401, MFA_ERROR_CODES.CODE_EXPIRED, 'Code expired'],
    [401, MFA_ERROR_CODES.UNAUTHORIZED, 'Unauthorized'],
    [403, MFA_ERROR_CODES.FORBIDDEN, 'Forbidden'],
    [409, MFA_ERROR_CODES.MFA_NOT_ENABLED, 'MFA is not enabled'],
    [422, MFA_ERROR_CODES.VALIDATION_ERROR, 'code is missing'],
    [404, MFA_ERROR_CODES.NOT_FOUND, 'Not found'],
  ])('%i %s carries the status, code, title and detail', async (status, code, title) => {
    server.use(
      answerError('post', '/users/:id/mfa/verify', status, {
        code,
        title,
        detail: 'More words from the server.',
        source: { pointer: '/code' },
      }),
    );

    const error = await verify();

    expect(error).toBeInstanceOf(MfaApiError);
    expect(error).toMatchObject({
      name: 'MfaApiError',
      route: 'POST /users/:id/mfa/verify',
      status,
      code,
      title,
      detail: 'More words from the server.',
      retryAfter: undefined,
      message: `POST /users/:id/mfa/verify answered ${status} ${code}: ${title}`,
    });
    expect(isMfaApiError(error) && error.errors[0]?.source).toEqual({ pointer: '/code' });
  });

  test('a 401 for a wrong code is just that error, not a sign that the session expired', async () => {
    server.use(answerError('post', '/users/:id/mfa/verify', 401, { code: 'invalid_mfa_code' }));

    const error = await verify();

    expect(isMfaApiError(error) && error.code).toBe('invalid_mfa_code');
  });

  test('keeps every error object and the top-level meta; the first code wins', async () => {
    server.use(
      answerJson(
        'post',
        '/users/:id/mfa/verify',
        {
          errors: [
            { status: 422, code: 'validation_error', title: 'Invalid' },
            { status: '422', code: 'other_code' },
          ],
          meta: { request_id: 'req_1' },
        },
        { status: 422 },
      ),
    );

    const error = await verify();

    expect(isMfaApiError(error) && error.code).toBe('validation_error');
    expect(isMfaApiError(error) && error.errors).toHaveLength(2);
    expect(isMfaApiError(error) && error.meta).toEqual({ request_id: 'req_1' });
  });

  test('an unknown code from the server is kept as it is', async () => {
    server.use(answerError('post', '/users/:id/mfa/verify', 418, { code: 'brand_new_code' }));

    const error = await verify();

    expect(isMfaApiError(error) && error.code).toBe('brand_new_code');
  });

  test.each([
    ['an HTML error page', 502, HTML_ERROR_PAGE, 'server_error'],
    ['an empty body', 503, '', 'server_error'],
    ['broken JSON', 500, '{"errors": [', 'server_error'],
    ['JSON that is not an error document', 400, '{"error":"nope"}', 'unknown_error'],
    ['an empty 404', 404, '', 'unknown_error'],
  ])('%s on %i gives an MfaApiError with code %s', async (_label, status, body, code) => {
    server.use(answerText('post', '/users/:id/mfa/verify', status, body));

    const error = await verify();

    expect(error).toBeInstanceOf(MfaApiError);
    expect(error).toMatchObject({ status, code, errors: [] });
  });

  test('without an error object the title falls back to the status text', async () => {
    server.use(
      http.post(
        `${BASE_URL}/users/:id/mfa/verify`,
        () => new HttpResponse('', { status: 503, statusText: 'Service Unavailable' }),
      ),
    );

    const error = await verify();

    expect(isMfaApiError(error) && error.message).toBe(
      'POST /users/:id/mfa/verify answered 503 server_error: Service Unavailable',
    );
  });

  test('exposes the response, not enumerable, for headers the client does not read', async () => {
    server.use(
      answerError(
        'post',
        '/users/:id/mfa/verify',
        401,
        { code: 'invalid_mfa_code' },
        {
          headers: { 'x-request-id': 'req_42' },
        },
      ),
    );

    const error = await verify();

    expect(isMfaApiError(error) && error.response?.headers.get('x-request-id')).toBe('req_42');
    expect(Object.keys(error as object)).not.toContain('response');
  });
});

describe('429 and Retry-After', () => {
  test('Retry-After in seconds', async () => {
    server.use(
      answerError(
        'post',
        '/users/:id/mfa/verify',
        429,
        { code: 'too_many_attempts' },
        {
          headers: { 'Retry-After': '120' },
        },
      ),
    );

    const error = await verify();

    expect(error).toMatchObject({ status: 429, code: 'too_many_attempts', retryAfter: 120 });
  });

  test('Retry-After as an HTTP date becomes the seconds left', async () => {
    const at = new Date(Date.now() + 300_000).toUTCString();
    server.use(
      answerError(
        'post',
        '/users/:id/mfa/verify',
        429,
        { code: 'too_many_attempts' },
        {
          headers: { 'Retry-After': at },
        },
      ),
    );

    const error = await verify();

    const retryAfter = isMfaApiError(error) ? error.retryAfter : undefined;
    expect(retryAfter).toBeGreaterThanOrEqual(298);
    expect(retryAfter).toBeLessThanOrEqual(300);
  });

  test('an HTTP date already past means 0 seconds', async () => {
    server.use(
      answerError(
        'post',
        '/users/:id/mfa/setup',
        429,
        { code: 'rate_limited' },
        {
          headers: { 'Retry-After': 'Wed, 21 Oct 2015 07:28:00 GMT' },
        },
      ),
    );

    const error = await testClient()
      .mfa.setup(USER_ID, { channel: 'email' })
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ code: 'rate_limited', retryAfter: 0 });
  });

  test('without the header, meta.retry_after is used', async () => {
    server.use(
      answerError(
        'post',
        '/users/:id/mfa/verify',
        429,
        { code: 'too_many_attempts' },
        {
          meta: { retry_after: 45 },
        },
      ),
    );

    expect(await verify()).toMatchObject({ retryAfter: 45 });
  });

  test.each([
    ['remaining_attempts', 3],
    ['attempts_remaining', 2],
  ])('meta.%s becomes remainingAttempts', async (field, left) => {
    server.use(
      answerError(
        'post',
        '/users/:id/mfa/verify',
        401,
        { code: 'invalid_mfa_code' },
        { meta: { [field]: left } },
      ),
    );

    expect(await verify()).toMatchObject({ code: 'invalid_mfa_code', remainingAttempts: left });
  });

  test('a remaining count that is not a whole number is left out', async () => {
    server.use(
      answerError(
        'post',
        '/users/:id/mfa/verify',
        401,
        { code: 'invalid_mfa_code' },
        { meta: { remaining_attempts: -1 } },
      ),
    );

    expect(await verify()).toMatchObject({ remainingAttempts: undefined });
  });

  test('the header wins over meta', async () => {
    server.use(
      answerError(
        'post',
        '/users/:id/mfa/verify',
        429,
        { code: 'too_many_attempts' },
        {
          meta: { retry_after: 45 },
          headers: { 'Retry-After': '30' },
        },
      ),
    );

    expect(await verify()).toMatchObject({ retryAfter: 30 });
  });

  test('an unreadable Retry-After and no meta leave retryAfter undefined', async () => {
    server.use(
      answerError(
        'post',
        '/users/:id/mfa/verify',
        429,
        { code: 'too_many_attempts' },
        {
          headers: { 'Retry-After': 'soon' },
        },
      ),
    );

    expect(await verify()).toMatchObject({ status: 429, retryAfter: undefined });
  });
});

describe('MfaResponseError: the answer is not what the API promises', () => {
  test.each([
    ['an HTML page', HTML_ERROR_PAGE, 'text/html', 'not JSON'],
    ['an empty body', '', 'application/json', 'empty body'],
    ['broken JSON', '{"data": {', 'application/json', 'not JSON'],
  ])('%s on 200 names the route and the status', async (_label, body, type, reason) => {
    server.use(answerText('post', '/users/:id/mfa/verify', 200, body, type));

    const error = await verify();

    expect(error).toBeInstanceOf(MfaResponseError);
    expect(error).toMatchObject({
      route: 'POST /users/:id/mfa/verify',
      status: 200,
      path: '',
      reason,
      message: `POST /users/:id/mfa/verify answered 200 with an unexpected body: ${reason}`,
    });
  });

  test('a missing field is named by its path', async () => {
    const { valid: _valid, ...attributes } = verificationBody.data.attributes;
    server.use(
      answerJson('post', '/users/:id/mfa/verify', {
        data: { ...verificationBody.data, attributes },
      }),
    );

    expect(await verify()).toMatchObject({
      path: 'data.attributes.valid',
      reason: 'expected boolean',
    });
  });

  test('a mistyped field is named by its path', async () => {
    server.use(
      answerJson('get', '/users/:id/mfa/status', statusBody({ mfa_enabled: 'yes' as never })),
    );

    const error = await testClient()
      .mfa.status(USER_ID)
      .catch((e: unknown) => e);

    expect(error).toMatchObject({
      name: 'MfaResponseError',
      path: 'data.attributes.mfa_enabled',
      reason: 'expected boolean',
    });
  });

  test('a bad item in a list is named with its index', async () => {
    const attributes = { ...totpSetupBody.data.attributes, backup_codes: ['12345678', 42] };
    server.use(
      answerJson('post', '/users/:id/mfa/setup', { data: { ...totpSetupBody.data, attributes } }),
    );

    const error = await testClient()
      .mfa.setup(USER_ID, { channel: 'totp' })
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ path: 'data.attributes.backup_codes.1' });
  });

  test('a wrong resource type is named', async () => {
    server.use(
      answerJson('get', '/users/:id/mfa/status', {
        data: { ...statusBody().data, type: 'user' },
      }),
    );

    const error = await testClient()
      .mfa.status(USER_ID)
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ path: 'data.type', reason: 'unexpected value' });
  });

  test('a JSON null body is named at the root', async () => {
    server.use(answerJson('post', '/users/:id/mfa/verify', null));

    expect(await verify()).toMatchObject({ path: '', reason: 'expected object' });
  });
});

describe('MfaNetworkError: no answer came', () => {
  test('a failed connection', async () => {
    server.use(failNetwork('post', '/users/:id/mfa/verify'));

    const error = await verify();

    expect(error).toBeInstanceOf(MfaNetworkError);
    expect(error).toMatchObject({
      route: 'POST /users/:id/mfa/verify',
      isTimeout: false,
      message: 'POST /users/:id/mfa/verify failed: network error',
    });
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });

  test('a timeout, with isTimeout set', async () => {
    server.use(
      http.post(`${BASE_URL}/users/:id/mfa/verify`, async () => {
        await delay(2_000);
        return HttpResponse.json(verificationBody);
      }),
    );

    const started = Date.now();
    const error = await verify('123456', { timeout: 50 });

    expect(error).toBeInstanceOf(MfaNetworkError);
    expect(error).toMatchObject({
      isTimeout: true,
      message: 'POST /users/:id/mfa/verify timed out',
    });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  test("a caller's abort stays an AbortError, not a network error", async () => {
    server.use(
      http.post(`${BASE_URL}/users/:id/mfa/verify`, async () => {
        await delay(2_000);
        return HttpResponse.json(verificationBody);
      }),
    );
    const controller = new AbortController();

    const pending = testClient()
      .mfa.verify(USER_ID, { code: '123456' }, { signal: controller.signal })
      .catch((e: unknown) => e);
    controller.abort();
    const error = await pending;

    expect(isMfaError(error)).toBe(false);
    expect((error as Error).name).toBe('AbortError');
  });
});

describe('guards', () => {
  const api = new MfaApiError({ route: 'GET /x', status: 500 });
  const network = new MfaNetworkError('GET /x', new TypeError('fetch failed'));
  const response = new MfaResponseError({ route: 'GET /x', status: 200, path: '', reason: 'x' });

  test('each guard recognises its own error and no other', () => {
    expect([isMfaApiError(api), isMfaApiError(network), isMfaApiError(response)]).toEqual([
      true,
      false,
      false,
    ]);
    expect([
      isMfaNetworkError(api),
      isMfaNetworkError(network),
      isMfaNetworkError(response),
    ]).toEqual([false, true, false]);
    expect([
      isMfaResponseError(api),
      isMfaResponseError(network),
      isMfaResponseError(response),
    ]).toEqual([false, false, true]);
  });

  test('isMfaError recognises all three and nothing else', () => {
    expect([api, network, response].every(isMfaError)).toBe(true);
    expect(
      [new Error('x'), new TypeError('x'), null, undefined, 'MfaApiError', {}].some(isMfaError),
    ).toBe(false);
  });

  test('work across realms, where instanceof fails', () => {
    const foreign = runInNewContext(
      'const e = new Error("x"); e.name = "MfaApiError"; e.status = 401; e',
    ) as unknown;

    expect(foreign instanceof MfaApiError).toBe(false);
    expect(isMfaApiError(foreign)).toBe(true);
    expect(isMfaError(foreign)).toBe(true);
  });

  test('the code map lists the codes the API answers with', () => {
    expect(MFA_ERROR_CODES.INVALID_MFA_CODE).toBe('invalid_mfa_code');
    expect(MFA_ERROR_CODES.TOO_MANY_ATTEMPTS).toBe('too_many_attempts');
    expect(new Set(Object.values(MFA_ERROR_CODES)).size).toBe(Object.keys(MFA_ERROR_CODES).length);
  });
});
