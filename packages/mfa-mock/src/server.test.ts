import { request as httpRequest } from 'node:http';
import {
  mfaRequiredResponseSchema,
  parse,
  setupResponseSchema,
  signedInResponseSchema,
  statusResponseSchema,
} from '@authblock/mfa-client/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_API_KEY, DEMO_USER } from './core.ts';
import { scenarios } from './scenarios.ts';
import { type MockHttpServer, startMockHttpServer } from './server.ts';
import { authenticatorCode } from './shortcuts.ts';

const headers = (token?: string) => ({
  'Content-Type': 'application/json',
  'X-API-Key': DEFAULT_API_KEY,
  ...(token ? { Authorization: `Bearer ${token}` } : {}),
});

describe('the standalone HTTP server', () => {
  let server: MockHttpServer;
  beforeAll(async () => {
    server = await startMockHttpServer({ port: 0 });
  });
  afterAll(() => server.close());

  const post = async (path: string, body: unknown, token?: string) => {
    const response = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: headers(token),
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
  // node:http rather than fetch: fetch cannot send TRACE or choose the Host header.
  const raw = (method: string, path: string, extraHeaders: Record<string, string> = {}) =>
    new Promise<{ status: number; body: string; headers: Record<string, unknown> }>(
      (resolve, reject) => {
        const outgoing = httpRequest(`${server.url}${path}`, { method, headers: extraHeaders });
        outgoing.on('response', (incoming) => {
          let body = '';
          incoming.on('data', (chunk) => {
            body += chunk;
          });
          incoming.on('end', () =>
            resolve({ status: incoming.statusCode ?? 0, body, headers: incoming.headers }),
          );
        });
        outgoing.on('error', reject);
        outgoing.end();
      },
    );
  // What an authenticator app would show, computed from the secret the setup returned.
  const codeNow = (secret: string) => authenticatorCode(secret, server.backend.now());

  it('runs the spec curl flow over real HTTP', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    server.backend.reset();
    const first = await post('/auth/sign_in', {
      email: DEMO_USER.email,
      password: DEMO_USER.password,
    });
    const token = parse(signedInResponseSchema, first.body).meta.auth?.access_token ?? '';
    const id = first.body.data.id;

    const setup = await post(`/users/${id}/mfa/setup`, { channel: 'totp' }, token);
    expect(setup.status).toBe(200);
    const { attributes } = parse(setupResponseSchema, setup.body).data;
    if (attributes.channel !== 'totp') throw new Error('expected a TOTP setup');

    const enable = await post(
      `/users/${id}/mfa/enable`,
      { totp_code: codeNow(attributes.secret) },
      token,
    );
    expect(parse(statusResponseSchema, enable.body).data.attributes.mfa_enabled).toBe(true);

    const challenge = await post('/auth/sign_in', {
      email: DEMO_USER.email,
      password: DEMO_USER.password,
    });
    expect(parse(mfaRequiredResponseSchema, challenge.body).data.attributes).toEqual({
      unique_id: id,
      mfa_required: true,
      mfa_channel: 'totp',
    });

    // A fresh code: the one that enabled TOTP is spent. Move the clock over HTTP.
    const clock = await post('/__mock/clock', { advance_seconds: 30 });
    expect(clock.status).toBe(200);
    const signedIn = await post('/auth/sign_in', {
      email: DEMO_USER.email,
      password: DEMO_USER.password,
      mfa_code: codeNow(attributes.secret),
    });
    const jwt = parse(signedInResponseSchema, signedIn.body).meta.auth?.access_token ?? '';
    expect(jwt.split('.')).toHaveLength(3);

    const status = await fetch(`${server.url}/users/${id}/mfa/status`, { headers: headers(jwt) });
    expect(parse(statusResponseSchema, await status.json()).data.attributes).toEqual({
      mfa_enabled: true,
      mfa_channel: 'totp',
      backup_codes_remaining: 10,
    });
  });

  it('answers CORS preflights and adds CORS headers to answers', async () => {
    const preflight = await fetch(`${server.url}/users/${DEMO_USER.id}/mfa/verify`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type, x-api-key',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'x-api-key',
    );
    const answer = await fetch(`${server.url}/__mock/events`, {
      headers: { Origin: 'http://localhost:5173' },
    });
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(answer.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });

  it.each([
    ['the kit', 'authorization, content-type, x-api-key, x-device-id, x-oauth-mode'],
    // What `@23blocks/transport-http` sends: its own headers and the SDK client's.
    ['the vendor SDK', 'accept, authorization, content-type, tenant-id, x-api-key, x-request-id'],
  ])('allows in its preflight every header %s sends', async (_sender, requested) => {
    const preflight = await fetch(`${server.url}/users/${DEMO_USER.id}?include=role`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': requested,
      },
    });
    expect(preflight.status).toBe(204);
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '')
      .toLowerCase()
      .split(/\s*,\s*/);
    for (const header of requested.split(', ')) expect(allowed).toContain(header);
  });

  it('gives no CORS headers to pages on other origins, so they cannot read the codes', async () => {
    const answer = await fetch(`${server.url}/__mock/mailbox`, {
      headers: { Origin: 'https://attacker.example' },
    });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${server.url}/auth/sign_in`, {
      method: 'OPTIONS',
      headers: { Origin: 'null', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows the origins it is given, besides loopback ones', async () => {
    const lan = await startMockHttpServer({
      port: 0,
      allowedOrigins: ['http://192.168.1.20:5173'],
    });
    try {
      for (const origin of ['http://192.168.1.20:5173', 'http://127.0.0.1:3000']) {
        const answer = await fetch(`${lan.url}/__mock/events`, { headers: { Origin: origin } });
        expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
      }
      const other = await fetch(`${lan.url}/__mock/events`, {
        headers: { Origin: 'http://192.168.1.21:5173' },
      });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await lan.close();
    }
  });

  it('answers to loopback names only, so a DNS-rebinding page cannot reach it', async () => {
    const rebound = await raw('GET', '/__mock/mailbox', { Host: 'attacker.example:4010' });
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body).errors[0].code).toBe('forbidden');
    expect((await raw('GET', '/__mock/events', { Host: 'localhost' })).status).toBe(200);
  });

  it('refuses development routes to pages on foreign origins, even with a JSON body', async () => {
    server.backend.reset();
    const before = server.backend.now();
    for (const origin of [
      'https://attacker.example',
      'null',
      'http://localhost.attacker.example',
    ]) {
      const answer = await fetch(`${server.url}/__mock/clock`, {
        method: 'POST',
        headers: { Origin: origin, 'Content-Type': 'application/json' },
        body: JSON.stringify({ advance_seconds: 3600 }),
      });
      expect(answer.status).toBe(403);
      expect((await answer.json()).errors[0].code).toBe('forbidden');
    }
    const planted = await fetch(`${server.url}/__mock/users`, {
      method: 'POST',
      headers: { Origin: 'https://attacker.example', 'Content-Type': 'text/plain' },
      body: JSON.stringify({ email: 'planted@example.com', password: 'Planted123!' }),
    });
    expect(planted.status).toBe(403);
    expect(server.backend.user('planted@example.com')).toBeUndefined();
    expect(server.backend.now() - before).toBeLessThan(60_000);
    // A loopback page (the demo, Storybook) may.
    const allowed = await fetch(`${server.url}/__mock/clock`, {
      method: 'POST',
      headers: { Origin: 'http://localhost:5173', 'Content-Type': 'application/json' },
      body: JSON.stringify({ advance_seconds: 0 }),
    });
    expect(allowed.status).toBe(200);
  });

  it('answers methods a fetch Request cannot carry with a JSON 405, not a 500', async () => {
    const trace = await raw('TRACE', '/auth/sign_in');
    expect(trace.status).toBe(405);
    expect(JSON.parse(trace.body).errors[0].code).toBe('method_not_allowed');
    expect(trace.headers.allow).toBe('GET, POST, OPTIONS');
  });

  it('answers unknown routes with a JSON 404', async () => {
    const response = await fetch(`${server.url}/nowhere`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ errors: [{ status: '404', code: 'not_found' }] });
  });

  it('layers scenarios, and drops the connection for a network error', async () => {
    server.use(...scenarios.networkError({ route: 'GET /users/:id/mfa/status', once: true }));
    await expect(
      fetch(`${server.url}/users/${DEMO_USER.id}/mfa/status`, { headers: headers() }),
    ).rejects.toThrow();
    const after = await fetch(`${server.url}/users/${DEMO_USER.id}/mfa/status`, {
      headers: headers(),
    });
    expect(after.status).toBe(401);
    server.use(...scenarios.serverError());
    expect((await post('/auth/sign_in', {})).status).toBe(500);
    server.resetHandlers();
    expect((await post('/auth/sign_in', {})).status).toBe(422);
  });
});
