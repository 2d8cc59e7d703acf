import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_API_KEY, DEMO_USER } from './core.ts';
import { setupMockServer } from './node.ts';
import { scenarios } from './scenarios.ts';

const BASE = 'https://auth.example.test';
const { server, backend } = setupMockServer({ baseUrl: BASE });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  backend.reset();
});
afterAll(() => server.close());

const post = (path: string, body: unknown) =>
  fetch(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-API-Key': DEFAULT_API_KEY },
    body: JSON.stringify(body),
  });
const demo = { email: DEMO_USER.email, password: DEMO_USER.password };

describe('setupMockServer', () => {
  it('serves the backend to the global fetch and records what it saw', async () => {
    const response = await post('/auth/sign_in', demo);
    expect(response.status).toBe(200);
    expect(backend.requests()).toEqual([{ method: 'POST', path: '/auth/sign_in' }]);
  });

  it('answers 400, not 500, to API paths whose %-escapes do not decode', async () => {
    for (const path of ['/users/%ZZ/mfa/status', '/auth/passwordless/%E0%A4%A', '/__mock/%']) {
      const response = await fetch(`${BASE}${path}`, { headers: { 'X-API-Key': DEFAULT_API_KEY } });
      expect(response.status).toBe(400);
      expect((await response.json()).errors[0].code).toBe('bad_request');
    }
  });

  it('matches only the configured origin', async () => {
    await expect(
      fetch('https://elsewhere.test/auth/sign_in', { method: 'POST' }),
    ).rejects.toThrow();
  });
});

describe('scenarios', () => {
  it('serverError on one route, once', async () => {
    server.use(...scenarios.serverError({ route: 'POST /auth/sign_in', once: true }));
    const failed = await post('/auth/sign_in', demo);
    expect(failed.status).toBe(500);
    expect(await failed.json()).toMatchObject({
      errors: [{ status: '500', code: 'server_error' }],
    });
    expect((await post('/auth/sign_in', demo)).status).toBe(200);
  });

  it('serverError leaves other routes alone', async () => {
    server.use(...scenarios.serverError({ route: 'POST /users/:id/mfa/verify' }));
    expect((await post('/auth/sign_in', demo)).status).toBe(200);
  });

  it('slow delays, then the backend answers', async () => {
    server.use(...scenarios.slow({ delayMs: 150 }));
    const started = performance.now();
    const response = await post('/auth/sign_in', demo);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(response.status).toBe(200);
  });

  it('rateLimited answers 429 with Retry-After and meta.retry_after', async () => {
    server.use(...scenarios.rateLimited({ retryAfterSeconds: 42 }));
    const response = await post('/auth/passwordless/request', { email: demo.email });
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('42');
    expect(await response.json()).toMatchObject({
      errors: [{ code: 'rate_limited' }],
      meta: { retry_after: 42 },
    });
  });

  it('malformedResponse answers 200 with a body the contract rejects', async () => {
    server.use(...scenarios.malformedResponse({ once: true }));
    const shape = await post('/auth/sign_in', demo);
    expect(shape.status).toBe(200);
    expect((await shape.json()).data.type).toBe('unexpected');
    server.use(...scenarios.malformedResponse({ kind: 'not-json' }));
    await expect((await post('/auth/sign_in', demo)).json()).rejects.toThrow();
  });

  it('networkError makes fetch reject', async () => {
    server.use(...scenarios.networkError({ route: 'POST /auth/sign_in' }));
    await expect(post('/auth/sign_in', demo)).rejects.toThrow();
  });

  it('passwordlessMfaRequiredAsError rewrites the backend answer for an MFA user only', async () => {
    server.use(...scenarios.passwordlessMfaRequiredAsError({ backend }));
    await post('/auth/passwordless/request', { email: demo.email });
    const plain = await post('/auth/passwordless/verify', {
      email: demo.email,
      code: backend.lastCode(demo.email),
    });
    expect(plain.status).toBe(200);

    await backend.enableMfaFor(demo.email, 'totp');
    backend.advanceClock(60);
    await post('/auth/passwordless/request', { email: demo.email });
    const code = backend.lastCode(demo.email);
    const asError = await post('/auth/passwordless/verify', { email: demo.email, code });
    expect(asError.status).toBe(401);
    expect(await asError.json()).toMatchObject({
      errors: [{ status: '401', code: 'mfa_required', meta: { unique_id: DEMO_USER.id } }],
      meta: { unique_id: DEMO_USER.id, mfa_channel: 'totp' },
    });
    // The code survived; with the second factor the sign-in completes.
    const done = await post('/auth/passwordless/verify', {
      email: demo.email,
      code,
      mfa_code: backend.totpCode(demo.email),
    });
    expect(done.status).toBe(200);
  });

  it('passwordlessMfaRequiredAsError without a backend answers for the given user', async () => {
    server.use(
      ...scenarios.passwordlessMfaRequiredAsError({
        userId: 'usr_x',
        channel: 'email',
        once: true,
      }),
    );
    const response = await post('/auth/passwordless/verify', { email: demo.email, code: '1' });
    expect(await response.json()).toMatchObject({
      errors: [{ code: 'mfa_required' }],
      meta: { unique_id: 'usr_x', mfa_channel: 'email' },
    });
  });
});
