import { HttpResponse, http } from 'msw';
import { describe, expect, test, vi } from 'vitest';
import { createAuthClient } from './client.ts';
import { isMfaApiError, isMfaNetworkError } from './errors/guards.ts';
import { mfaRequiredBody, statusBody, verificationBody } from './test-utils/fixtures.ts';
import {
  API_KEY,
  answerError,
  answerJson,
  BASE_URL,
  failNetwork,
  recordRequests,
  server,
  TOKEN,
  testClient,
  USER_ID,
  useTestServer,
} from './test-utils/server.ts';
import type { MfaDebugEvent } from './types.ts';

useTestServer();
const seen = recordRequests();

const credentials = { email: 'user@example.com', password: 'SecurePassword123' };

describe('headers', () => {
  test('X-API-Key and the bearer token on /users/:id/mfa/* routes', async () => {
    server.use(answerJson('get', '/users/:id/mfa/status', statusBody()));

    await testClient().mfa.status(USER_ID);

    expect(seen[0]?.headers.get('x-api-key')).toBe(API_KEY);
    expect(seen[0]?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });

  test('X-API-Key but no Authorization on the sign-in routes, even with a token', async () => {
    server.use(
      answerJson('post', '/auth/sign_in', mfaRequiredBody),
      answerJson('post', '/auth/passwordless/request', {}),
      answerJson('post', '/auth/passwordless/verify', mfaRequiredBody),
    );
    const client = testClient();

    await client.auth.signIn(credentials);
    await client.auth.requestPasswordless({ email: credentials.email });
    await client.auth.verifyPasswordless({ email: credentials.email, code: '123456' });

    expect(seen).toHaveLength(3);
    for (const request of seen) {
      expect(request.headers.get('x-api-key')).toBe(API_KEY);
      expect(request.headers.has('authorization')).toBe(false);
    }
  });

  test('JSON bodies are sent as application/json', async () => {
    server.use(answerJson('post', '/users/:id/mfa/verify', verificationBody));

    await testClient().mfa.verify(USER_ID, { code: '123456' });

    expect(seen[0]?.headers.get('content-type')).toBe('application/json');
  });

  test('getToken is asked before each request and wins over token', async () => {
    server.use(answerJson('get', '/users/:id/mfa/status', statusBody()));
    let current = 'first-token';
    const getToken = vi.fn(async () => current);
    const client = testClient({ token: 'static-token', getToken });

    await client.mfa.status(USER_ID);
    current = 'refreshed-token';
    await client.mfa.status(USER_ID);

    expect(getToken).toHaveBeenCalledTimes(2);
    expect(seen.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer first-token',
      'Bearer refreshed-token',
    ]);
  });

  test('a getToken that fails: its own error reaches the caller and nothing is sent', async () => {
    const failure = new Error('session store unavailable');

    const error = await testClient({
      getToken: () => Promise.reject(failure),
    })
      .mfa.status(USER_ID)
      .catch((e: unknown) => e);

    expect(error).toBe(failure);
    expect(seen).toHaveLength(0);
  });

  test('getToken is not asked on the sign-in routes', async () => {
    server.use(answerJson('post', '/auth/sign_in', mfaRequiredBody));
    const getToken = vi.fn(() => 'token');

    await testClient({ getToken }).auth.signIn(credentials);

    expect(getToken).not.toHaveBeenCalled();
  });

  test.each([
    ['no token at all', { token: undefined }],
    ['getToken resolving to null', { getToken: () => null }],
    ['getToken resolving to an empty string', { getToken: async () => '' }],
  ])(
    'with %s the request is still sent, without Authorization, and the 401 surfaces',
    async (_label, options) => {
      server.use(
        http.get(`${BASE_URL}/users/:id/mfa/status`, ({ request }) =>
          request.headers.has('authorization')
            ? HttpResponse.json(statusBody())
            : HttpResponse.json(
                { errors: [{ status: '401', code: 'unauthorized' }] },
                { status: 401 },
              ),
        ),
      );

      const error = await testClient(options)
        .mfa.status(USER_ID)
        .catch((e: unknown) => e);

      expect(seen).toHaveLength(1);
      expect(seen[0]?.headers.has('authorization')).toBe(false);
      expect(isMfaApiError(error) && [error.status, error.code]).toEqual([401, 'unauthorized']);
    },
  );
});

describe('createAuthClient: the sign-in routes alone', () => {
  test('signs in like createMfaClient does, with the same options and headers', async () => {
    server.use(answerJson('post', '/auth/sign_in', mfaRequiredBody));

    const client = createAuthClient({ baseUrl: BASE_URL, apiKey: API_KEY });
    const result = await client.auth.signIn(credentials);

    expect(result.status).toBe('mfa_required');
    expect(Object.keys(client)).toEqual(['auth']);
    expect(seen[0]?.headers.get('x-api-key')).toBe(API_KEY);
  });
});

describe('options', () => {
  test('a custom fetch is used instead of the global one', async () => {
    server.use(answerJson('get', '/users/:id/mfa/status', statusBody()));
    const customFetch = vi.fn((input: RequestInfo | URL, init?: RequestInit) =>
      globalThis.fetch(input, init),
    );

    await testClient({ fetch: customFetch }).mfa.status(USER_ID);

    expect(customFetch).toHaveBeenCalledTimes(1);
  });

  test('a baseUrl with a path and a trailing slash still reaches the route', async () => {
    server.use(answerJson('get', `/api/v1/users/:id/mfa/status`, statusBody()));

    await testClient({ baseUrl: `${BASE_URL}/api/v1/` }).mfa.status(USER_ID);

    expect(seen[0]?.url.pathname).toBe(`/api/v1/users/${USER_ID}/mfa/status`);
  });

  test('nothing secret travels in the URL', async () => {
    server.use(answerJson('post', '/users/:id/mfa/verify', verificationBody));

    await testClient().mfa.verify(USER_ID, { code: '654321' });

    expect(seen[0]?.url.href).toBe(`${BASE_URL}/users/${USER_ID}/mfa/verify`);
  });
});

describe('retries', () => {
  test('a 503 on verify is sent exactly once: a code is never resubmitted', async () => {
    server.use(answerError('post', '/users/:id/mfa/verify', 503, { code: 'server_error' }));

    const error = await testClient()
      .mfa.verify(USER_ID, { code: '123456' })
      .catch((e: unknown) => e);

    expect(isMfaApiError(error) && error.status).toBe(503);
    expect(seen).toHaveLength(1);
  });

  test('a network error on sign-in is not retried either', async () => {
    server.use(failNetwork('post', '/auth/sign_in'));

    const error = await testClient()
      .auth.signIn(credentials)
      .catch((e: unknown) => e);

    expect(isMfaNetworkError(error)).toBe(true);
    expect(seen).toHaveLength(1);
  });

  test.each(['setup', 'enable', 'disable'] as const)(
    'a 502 on %s is sent exactly once',
    async (route) => {
      server.use(answerError('post', `/users/:id/mfa/${route}`, 502, {}));
      const { mfa } = testClient();

      const calls = {
        setup: () => mfa.setup(USER_ID, { channel: 'totp' }),
        enable: () => mfa.enable(USER_ID, { totpCode: '123456' }),
        disable: () => mfa.disable(USER_ID, { password: 'pw' }),
      };
      await calls[route]().catch(() => undefined);

      expect(seen).toHaveLength(1);
    },
  );

  test('status is retried after 5xx and returns once the server recovers', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE_URL}/users/:id/mfa/status`, () => {
        calls += 1;
        return calls < 3
          ? HttpResponse.json({ errors: [{ code: 'server_error' }] }, { status: 503 })
          : HttpResponse.json(statusBody());
      }),
    );

    const status = await testClient().mfa.status(USER_ID);

    expect(status.enabled).toBe(true);
    expect(seen).toHaveLength(3);
    // A retry carries the same credentials.
    expect(seen[2]?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });

  test('status gives up after `retries` extra attempts (default 2)', async () => {
    server.use(failNetwork('get', '/users/:id/mfa/status'));

    const error = await testClient()
      .mfa.status(USER_ID)
      .catch((e: unknown) => e);

    expect(isMfaNetworkError(error)).toBe(true);
    expect(seen).toHaveLength(3);
  });

  test('retries: 0 turns status retries off', async () => {
    server.use(answerError('get', '/users/:id/mfa/status', 500, {}));

    await testClient({ retries: 0 })
      .mfa.status(USER_ID)
      .catch(() => undefined);

    expect(seen).toHaveLength(1);
  });

  test('status is not retried after a 4xx', async () => {
    server.use(answerError('get', '/users/:id/mfa/status', 429, { code: 'rate_limited' }));

    const error = await testClient()
      .mfa.status(USER_ID)
      .catch((e: unknown) => e);

    expect(isMfaApiError(error) && error.code).toBe('rate_limited');
    expect(seen).toHaveLength(1);
  });
});

describe('onDebug', () => {
  test('one event per call with the route template, status and duration', async () => {
    server.use(answerJson('get', '/users/:id/mfa/status', statusBody()));
    const events: MfaDebugEvent[] = [];

    await testClient({ onDebug: (event) => events.push(event) }).mfa.status('usr_debug');

    expect(events).toEqual([
      {
        route: 'GET /users/:id/mfa/status',
        status: 200,
        error: undefined,
        durationMs: expect.any(Number),
      },
    ]);
  });

  test('a failed call reports the error code, a network failure the class name', async () => {
    server.use(
      answerError('post', '/users/:id/mfa/verify', 401, { code: 'invalid_mfa_code' }),
      failNetwork('post', '/auth/sign_in'),
    );
    const events: MfaDebugEvent[] = [];
    const client = testClient({ onDebug: (event) => events.push(event) });

    await client.mfa.verify(USER_ID, { code: '000000' }).catch(() => undefined);
    await client.auth.signIn(credentials).catch(() => undefined);

    expect(events).toMatchObject([
      { route: 'POST /users/:id/mfa/verify', status: 401, error: 'invalid_mfa_code' },
      { route: 'POST /auth/sign_in', status: undefined, error: 'MfaNetworkError' },
    ]);
  });

  test('a bad body reports MfaResponseError with the status', async () => {
    server.use(answerJson('get', '/users/:id/mfa/status', { data: null }));
    const events: MfaDebugEvent[] = [];

    await testClient({ onDebug: (event) => events.push(event) })
      .mfa.status(USER_ID)
      .catch(() => undefined);

    expect(events).toMatchObject([{ status: 200, error: 'MfaResponseError' }]);
  });

  test('a throwing onDebug does not break the call', async () => {
    server.use(answerJson('get', '/users/:id/mfa/status', statusBody()));

    const status = await testClient({
      onDebug: () => {
        throw new Error('logger down');
      },
    }).mfa.status(USER_ID);

    expect(status.enabled).toBe(true);
  });
});
