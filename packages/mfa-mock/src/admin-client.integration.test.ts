import { isMfaApiError, isMfaResponseError } from '@authblock/mfa-client';
import { createMfaAdminClient } from '@authblock/mfa-client/admin';
import { afterEach, describe, expect, test } from 'vitest';
import { createMockBackend } from './backend.ts';
import { ADMIN_USER, DEMO_USER as DEMO } from './core.ts';
import type { MockBackend } from './types.ts';

// The admin client against this backend, through the client's `fetch` option and the
// backend's own `fetch`: here, not in the client, because the mock depends on the client
// and never the other way round.

const BASE_URL = 'https://auth.test.example';
const API_KEY = 'test-api-key';

const backend = createMockBackend({ baseUrl: BASE_URL, apiKeys: [API_KEY] });
afterEach(() => {
  backend.reset();
  seen.length = 0;
});

interface SeenRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}
/** Every request the admin client sent, with its JSON body, in order. */
const seen: SeenRequest[] = [];

/** A fetch that records each request, then has `on` answer it. */
function recordingFetch(on: MockBackend): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const text = await request.clone().text();
    seen.push({
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    });
    return on.fetch(request);
  };
}

/** A server unlike this backend: every request gets `document`. */
const answering =
  (document: unknown): typeof fetch =>
  async () =>
    Response.json(document);

/** The admin client, signed in as the seeded admin of `on` (the default backend). */
async function adminClient(options: { fetch?: typeof fetch; on?: MockBackend } = {}) {
  const { on = backend, fetch = recordingFetch(on) } = options;
  return createMfaAdminClient({
    baseUrl: BASE_URL,
    apiKey: API_KEY,
    token: await on.issueToken(ADMIN_USER.email),
    fetch,
  });
}

/** A backend with the seeded 250-user tenant. */
const seededTenant = () =>
  createMockBackend({ baseUrl: BASE_URL, apiKeys: [API_KEY], population: true });

/** `on`'s answers, each held a few ms, counting how many were in flight at once. */
function countingFetch(on: MockBackend) {
  const stats = { requests: 0, inFlight: 0, maxInFlight: 0 };
  const answer = recordingFetch(on);
  const wrapped: typeof fetch = async (input, init) => {
    stats.requests++;
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return await answer(input, init);
    } finally {
      stats.inFlight--;
    }
  };
  return { stats, fetch: wrapped };
}

describe('users.list and users.search', () => {
  test('reads users in camelCase with MFA state and roles, from the reference backend', async () => {
    await backend.enableMfaFor(DEMO.email, 'email');
    const admin = await adminClient();

    const page = await admin.users.list({ page: 1, records: 10 });

    expect(page).toMatchObject({ page: 1, records: 10, totalPages: 1, totalRecords: 2 });
    expect(page.items.find((user) => user.id === DEMO.id)).toEqual({
      id: DEMO.id,
      email: DEMO.email,
      firstName: null,
      lastName: null,
      status: 'active',
      emailVerified: true,
      lastLoginAt: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      mfaEnabled: true,
      mfaChannel: 'email',
      roles: ['member'],
    });
    expect(seen[0]?.url.pathname).toBe('/users');
    expect(seen[0]?.url.search).toBe('?page=1&records=10');
    expect(seen[0]?.headers.get('authorization')).toMatch(/^Bearer /);
  });

  test("reads the reference's own example: no MFA fields, no roles, snake_case totals", async () => {
    const fetch = answering({
      data: [
        {
          id: '1',
          type: 'user',
          attributes: {
            unique_id: 'usr_1',
            email: 'a@example.com',
            first_name: 'A',
            last_name: 'B',
            status: 'suspended',
            email_verified: false,
            last_login_at: '2026-01-02T03:04:05Z',
            created_at: '2025-01-01T00:00:00Z',
            updated_at: '2025-06-01T00:00:00Z',
          },
        },
      ],
      meta: { total_pages: 3, total_records: 41 },
    });
    const page = await (await adminClient({ fetch })).users.list();

    expect(page).toMatchObject({ page: 1, records: 15, totalPages: 3, totalRecords: 41 });
    expect(page.items[0]).toMatchObject({ id: 'usr_1', status: 'suspended' });
    // Unknown, not "off": a dashboard must be able to tell the two apart.
    expect(page.items[0]?.mfaEnabled).toBeUndefined();
    expect(page.items[0]?.mfaChannel).toBeUndefined();
    expect(page.items[0]?.roles).toBeUndefined();
  });

  test('a page without totals in either spelling is a response error naming meta.totalPages', async () => {
    const fetch = answering({ data: [] });
    const error = await (await adminClient({ fetch })).users.list().catch((e: unknown) => e);
    expect(isMfaResponseError(error) && error.path).toBe('meta.totalPages');
  });

  test('search sends the query with the page in the body', async () => {
    const admin = await adminClient();
    const page = await admin.users.search({ email: 'demo@' }, { page: 1, records: 5 });
    expect(page.items.map((user) => user.email)).toEqual([DEMO.email]);
    expect(seen[0]?.body).toEqual({ query: { email: 'demo@' }, page: 1, records: 5 });
  });

  test('a member gets MfaApiError forbidden (403)', async () => {
    const member = createMfaAdminClient({
      baseUrl: BASE_URL,
      apiKey: API_KEY,
      token: await backend.issueToken(DEMO.email),
      fetch: recordingFetch(backend),
    });
    const error = await member.users.list().catch((e: unknown) => e);
    expect(isMfaApiError(error) && [error.status, error.code]).toEqual([403, 'forbidden']);
  });
});

describe('users.pages: every page, at most 4 requests in flight', () => {
  test('250 users at 20 a page: 13 requests, never more than 4 at once, each user once', async () => {
    const tenant = seededTenant();
    const { stats, fetch } = countingFetch(tenant);
    const admin = await adminClient({ fetch, on: tenant });

    const ids: string[] = [];
    const progress: number[] = [];
    for await (const page of admin.users.pages({ records: 20 })) {
      ids.push(...page.items.map((user) => user.id));
      progress.push(page.page);
    }

    expect(stats.requests).toBe(Math.ceil(250 / 20));
    expect(stats.maxInFlight).toBe(4);
    expect(new Set(ids).size).toBe(250);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  test('at 100 a page it takes 3 requests; concurrency 1 keeps one in flight', async () => {
    const tenant = seededTenant();
    const { stats, fetch } = countingFetch(tenant);
    const admin = await adminClient({ fetch, on: tenant });
    let count = 0;
    for await (const page of admin.users.pages({ concurrency: 1 })) count += page.items.length;
    expect([count, stats.requests, stats.maxInFlight]).toEqual([250, 3, 1]);
  });

  test('refuses a concurrency above 4', async () => {
    const admin = await adminClient();
    await expect(admin.users.pages({ concurrency: 5 }).next()).rejects.toThrow(RangeError);
  });

  test('an abort stops the walk with the abort reason and cancels what is in flight', async () => {
    const tenant = seededTenant();
    const { stats, fetch } = countingFetch(tenant);
    const admin = await adminClient({ fetch, on: tenant });
    const controller = new AbortController();
    const pages: number[] = [];

    const walk = (async () => {
      for await (const page of admin.users.pages({ records: 10, signal: controller.signal })) {
        pages.push(page.page);
        if (page.page === 2) controller.abort(new DOMException('Left the page', 'AbortError'));
      }
    })();

    await expect(walk).rejects.toMatchObject({ name: 'AbortError' });
    expect(pages).toEqual([1, 2]);
    // Page 1, then pages 2-5 together; nothing after the abort.
    expect(stats.requests).toBe(5);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stats.requests).toBe(5);
  });

  test('breaking out of the loop cancels the pages still in flight', async () => {
    const tenant = seededTenant();
    const { stats, fetch } = countingFetch(tenant);
    const admin = await adminClient({ fetch, on: tenant });
    for await (const page of admin.users.pages({ records: 10 })) if (page.page === 1) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stats.requests).toBe(1);
    expect(stats.inFlight).toBe(0);
  });
});

describe('audit logs', () => {
  test('query sends the filters in snake_case with ISO times, and reads the entries', async () => {
    await backend.enableMfaFor(DEMO.email, 'totp');
    const admin = await adminClient();
    const from = new Date(Date.now() - 60_000);

    const page = await admin.auditLogs.query(
      { action: 'mfa.enabled', actorEmail: DEMO.email, status: 'success', from },
      { records: 50 },
    );

    expect(page.items).toEqual([
      {
        id: expect.stringMatching(/^aud_/),
        action: 'mfa.enabled',
        actorId: DEMO.id,
        actorEmail: DEMO.email,
        resourceType: 'user',
        resourceId: DEMO.id,
        ipAddress: null,
        userAgent: null,
        status: 'success',
        metadata: { channel: 'totp' },
        createdAt: expect.any(String),
      },
    ]);
    expect(seen[0]?.body).toEqual({
      query: {
        action: 'mfa.enabled',
        actor_email: DEMO.email,
        status: 'success',
        from: from.toISOString(),
      },
      page: 1,
      records: 50,
    });
  });

  test('reads actions it does not know (a new mfa.* name) without failing', async () => {
    const fetch = answering({
      data: [
        {
          id: '9',
          type: 'audit_log',
          attributes: {
            action: 'mfa.recovery_reset',
            actor_id: 'usr_1',
            status: 'success',
            metadata: { by: 'support' },
            created_at: '2026-03-01T10:00:00Z',
          },
        },
      ],
      meta: { totalPages: 1, totalRecords: 1 },
    });
    const page = await (await adminClient({ fetch })).auditLogs.list();
    expect(page.items[0]).toMatchObject({
      id: '9',
      action: 'mfa.recovery_reset',
      actorEmail: null,
      metadata: { by: 'support' },
    });
  });

  test('pages walks a filtered query over the seeded history', async () => {
    const admin = await adminClient({ on: seededTenant() });
    const failures = [];
    for await (const page of admin.auditLogs.pages({ filters: { action: 'mfa.failed' } })) {
      failures.push(...page.items);
    }
    expect(failures.length).toBeGreaterThan(20);
    expect(new Set(failures.map((entry) => entry.action))).toEqual(new Set(['mfa.failed']));
  });
});

describe('users.get against this backend', () => {
  test('reads one user’s record, with the roles included', async () => {
    await backend.enableMfaFor(DEMO.email, 'totp');
    const admin = await adminClient();

    const user = await admin.users.get(DEMO.id, { include: ['role'] });

    expect(user).toMatchObject({
      id: DEMO.id,
      email: DEMO.email,
      mfaEnabled: true,
      mfaChannel: 'totp',
      roles: ['member'],
    });
    expect(user.includedRoles).toEqual([{ id: 'member', name: 'Member' }]);
    expect(seen.at(-1)?.url.pathname).toBe(`/users/${DEMO.id}`);
  });

  test('answers a missing user with a typed not_found error', async () => {
    const admin = await adminClient();
    const error = await admin.users
      .get('00000000-0000-4000-8000-000000000000')
      .catch((caught: unknown) => caught);
    expect(isMfaApiError(error) && error.status).toBe(404);
  });
});
