import { getResponse } from 'msw';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createMockBackend } from '../backend.ts';
import { scenarios } from '../scenarios.ts';
import { createHarness, DEMO, expectError } from '../test-utils/harness.ts';
import { API_ROUTES, type ApiRoute, ROUTE_TABLE } from './table.ts';

describe('the route table', () => {
  it('names every API route once, as a string-literal union', () => {
    expect(API_ROUTES).toEqual([
      'POST /users/:id/mfa/setup',
      'POST /users/:id/mfa/enable',
      'POST /users/:id/mfa/disable',
      'POST /users/:id/mfa/verify',
      'GET /users/:id/mfa/status',
      'POST /auth/sign_in',
      'POST /auth/passwordless/request',
      'POST /auth/passwordless/verify',
      'GET /users',
      'POST /users/search',
      'GET /users/:id',
      'GET /audit_logs',
      'POST /audit_logs/query',
    ]);
    expectTypeOf<'POST /auth/sign_in'>().toExtend<ApiRoute>();
    expectTypeOf<'GET /__mock/mailbox'>().not.toExtend<ApiRoute>();
    // @ts-expect-error: a mistyped route does not compile
    scenarios.serverError({ route: 'POST /users/:id/mfa/verfy' });
  });

  it('serves every route in the table, and nothing is answered twice', async () => {
    const h = createHarness();
    const token = await h.token();
    for (const route of ROUTE_TABLE) {
      const path = route.path.replace(':id', DEMO.id);
      const { status } = await h.call('OPTIONS', path, { token });
      expect({ path, status }).toEqual({ path, status: 204 });
    }
    expect(new Set(ROUTE_TABLE.map((route) => route.path)).size).toBe(ROUTE_TABLE.length);
  });

  it('answers 404 under the owned prefixes only', async () => {
    const h = createHarness();
    const token = await h.token();
    expectError(await h.call('GET', `/users/${DEMO.id}/mfa/x/y`, { token }), 404, 'not_found');
    expectError(await h.call('GET', '/auth/passwordless'), 404, 'not_found');
    const backend = createMockBackend();
    // `/auth` is one segment deep: its unknown children may be the app's. `/users/:id` is
    // a route (one user), but what lies below it, other than `mfa/`, is not the backend's.
    for (const url of ['http://app.test/auth/callback', 'http://app.test/users/list/all']) {
      expect(await getResponse(backend.handlers, new Request(url))).toBeUndefined();
    }
  });

  it('decodes path parameters, and matches paths from the root only', async () => {
    const h = createHarness({
      users: [{ email: 'x@example.com', password: 'pw-12345678', id: 'usr x' }],
    });
    const token = await h.token('x@example.com', 'pw-12345678');
    const status = await h.call('GET', '/users/usr%20x/mfa/status', { token });
    expect(status.status).toBe(200);
    const backend = createMockBackend();
    const nested = new Request('http://app.test/prefix/users/usr_demo/mfa/status');
    expect(await getResponse(backend.handlers, nested)).toBeUndefined();
  });
});
