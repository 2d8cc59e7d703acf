import {
  createMfaClient,
  isMfaApiError,
  type MfaApiError,
  type MfaClient,
} from '@authblock/mfa-client';
import { parse } from '@authblock/mfa-client/schemas';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockBackend } from './backend.ts';
import { type ScenarioOptions, scenarios } from './scenarios.ts';
import { DOCUMENTED } from './test-utils/documents.ts';
import { API_KEY, DEMO, DIALECTS } from './test-utils/harness.ts';

/**
 * The named failures in each dialect: the reference's error shape (a string `source`
 * naming the controller, its codes), and the client reading either into the same typed
 * error. node.test.ts covers what the scenarios do; this file how they are worded.
 */

const BASE = 'https://scenarios.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const post = (path: string, body: unknown) =>
  fetch(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-API-Key': API_KEY },
    body: JSON.stringify(body),
  });

describe.each(DIALECTS)('scenarios in the %s dialect', (dialect) => {
  const backend = createMockBackend({ baseUrl: BASE, dialect });
  const client: MfaClient = createMfaClient({ baseUrl: BASE, apiKey: API_KEY });
  const documentedError = DOCUMENTED[dialect].error;
  /** Layers `handlers` over this dialect's backend, for this test only. */
  const use = (...handlers: Parameters<typeof server.use>) => {
    backend.reset();
    server.use(...backend.handlers);
    server.use(...handlers);
  };
  const options = { baseUrl: BASE, dialect } satisfies ScenarioOptions;
  const failureOf = async (call: Promise<unknown>): Promise<MfaApiError> => {
    const error = await call.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    if (!isMfaApiError(error)) throw new Error(`expected an MfaApiError, got ${String(error)}`);
    return error;
  };
  /** The controller the reference names as `source`; the guide names none. */
  const source = (controller: string) => (dialect === 'reference' ? controller : undefined);

  it.each([
    ['POST /auth/sign_in', '/auth/sign_in', 'Sessions', 'server_error'],
    ['POST /auth/passwordless/verify', '/auth/passwordless/verify', 'Passwordless', 'GW-PL-020'],
    [
      'POST /users/:id/mfa/verify',
      `/users/${DEMO.id}/mfa/verify`,
      'MFA Controller',
      'server_error',
    ],
  ] as const)(
    'serverError on %s: the documented error shape',
    async (route, path, controller, referenceCode) => {
      use(...scenarios.serverError({ ...options, route }));

      const response = await post(path, { email: DEMO.email, password: DEMO.password, code: '1' });
      const body = await response.json();

      expect(response.status).toBe(500);
      parse(documentedError, body);
      expect(body.errors[0]).toMatchObject({
        status: '500',
        code: dialect === 'reference' ? referenceCode : 'server_error',
      });
      expect(body.errors[0].source).toBe(source(controller));
    },
  );

  it('serverError reads as MfaApiError server_error, the server’s own code kept', async () => {
    use(
      ...scenarios.serverError({
        ...options,
        route: ['POST /auth/sign_in', 'POST /auth/passwordless/verify'],
      }),
    );

    const signIn = await failureOf(client.auth.signIn({ email: DEMO.email, password: 'x' }));
    const verify = await failureOf(
      client.auth.verifyPasswordless({ email: DEMO.email, code: '123456' }),
    );

    expect([signIn.code, signIn.status]).toEqual(['server_error', 500]);
    expect([verify.code, verify.status]).toEqual(['server_error', 500]);
    expect(verify.serverCode).toBe(dialect === 'reference' ? 'GW-PL-020' : 'server_error');
  });

  it.each(['rate_limited', 'too_many_attempts'] as const)(
    'rateLimited (%s): 429, Retry-After, the documented shape, read alike',
    async (code) => {
      use(...scenarios.rateLimited({ ...options, code, retryAfterSeconds: 42 }));

      const response = await post('/auth/passwordless/request', { email: DEMO.email });
      const body = await response.json();
      const error = await failureOf(client.auth.requestPasswordless({ email: DEMO.email }));

      expect(response.status).toBe(429);
      expect(response.headers.get('Retry-After')).toBe('42');
      parse(documentedError, body);
      expect(body).toMatchObject({ errors: [{ code }], meta: { retry_after: 42 } });
      expect(body.errors[0].source).toBe(source('Passwordless'));
      expect([error.code, error.status, error.retryAfter]).toEqual([code, 429, 42]);
    },
  );

  it('passwordlessMfaRequiredAsError with the backend: the dialect’s own answer at 401, read as mfa_required', async () => {
    use(...scenarios.passwordlessMfaRequiredAsError({ ...options, backend }));
    await backend.enableMfaFor(DEMO.email, 'totp');
    await client.auth.requestPasswordless({ email: DEMO.email });
    const first = backend.lastCode(DEMO.email, 'passwordless') ?? '';
    const response = await post('/auth/passwordless/verify', { email: DEMO.email, code: first });
    const body = await response.json();
    backend.advanceClock(60);
    await client.auth.requestPasswordless({ email: DEMO.email });
    const code = backend.lastCode(DEMO.email, 'passwordless') ?? '';
    const result = await client.auth.verifyPasswordless({ email: DEMO.email, code });

    expect(response.status).toBe(401);
    expect(body.errors[0]).toMatchObject({ status: '401', code: 'mfa_required' });
    expect(body.errors[0].source).toBe(source('Passwordless'));
    expect(result).toMatchObject({
      status: 'mfa_required',
      channel: dialect === 'reference' ? 'unknown' : 'totp',
    });
    const done = await client.auth.verifyPasswordless({
      email: DEMO.email,
      code,
      mfaCode: backend.totpCode(DEMO.email),
    });
    expect(done.status).toBe('signed_in');
  });

  it('passwordlessMfaRequiredAsError without a backend: the reference names no user or channel', async () => {
    use(...scenarios.passwordlessMfaRequiredAsError({ ...options, userId: 'usr_x' }));

    const result = await client.auth.verifyPasswordless({ email: DEMO.email, code: '123456' });

    expect(result).toEqual(
      dialect === 'reference'
        ? { status: 'mfa_required', channel: 'unknown' }
        : { status: 'mfa_required', channel: 'totp', userId: 'usr_x' },
    );
  });
});

it('scenarios default to the guide dialect', async () => {
  server.use(...scenarios.serverError({ baseUrl: BASE, route: 'POST /auth/sign_in' }));

  const body = await (await post('/auth/sign_in', {})).json();

  parse(DOCUMENTED.guide.error, body);
  expect(body.errors[0].source).toBeUndefined();
});
