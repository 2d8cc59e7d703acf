import { describe, expect, it } from 'vitest';
import { ADMIN_USER } from '../core.ts';
import { createHarness, DEMO, DIALECTS, expectError } from '../test-utils/harness.ts';

const ADMIN = ADMIN_USER;

describe('tenant-admin routes: who may call them', () => {
  it.each([
    ['GET', '/users'],
    ['POST', '/users/search'],
    ['GET', '/audit_logs'],
    ['POST', '/audit_logs/query'],
  ])(
    '%s %s: 401 without a token, 403 forbidden for a member, 200 for an admin',
    async (method, path) => {
      const h = createHarness();
      const body = method === 'POST' ? {} : undefined;
      expectError(await h.call(method, path, { body }), 401, 'unauthorized');
      expectError(await h.call(method, path, { body, token: await h.token() }), 403, 'forbidden');
      expectError(await h.call(method, path, { body, apiKey: null }), 401, 'invalid_api_key');
      const admin = await h.token(ADMIN.email, ADMIN.password);
      expect((await h.call(method, path, { body, token: admin })).status).toBe(200);
    },
  );

  it('lets owners in too, and stops a token whose user is gone after a reset', async () => {
    const h = createHarness({
      users: [{ email: 'owner@example.com', password: 'Owner123!', roles: ['owner'] }],
    });
    const owner = await h.token('owner@example.com', 'Owner123!');
    expect((await h.call('GET', '/users', { token: owner })).status).toBe(200);
    h.backend.reset();
    expectError(await h.call('GET', '/users', { token: owner }), 401, 'unauthorized');
  });
});

describe('GET /users and POST /users/search', () => {
  it('lists users with MFA fields, roles as relationships, and totals in every spelling', async () => {
    const h = createHarness();
    await h.enableTotp(DEMO.email);
    const admin = await h.token(ADMIN.email, ADMIN.password);

    const result = await h.call('GET', '/users?page=1&records=20', { token: admin });

    // The reference's camelCase totals, and the Rails-style page fields the vendor SDK reads.
    expect(result.body.meta).toEqual({
      totalPages: 1,
      totalRecords: 2,
      current_page: 1,
      total_pages: 1,
      total_count: 2,
      per_page: 20,
    });
    const demo = result.body.data.find((user: { id: string }) => user.id === DEMO.id);
    expect(demo).toMatchObject({
      type: 'user',
      attributes: {
        unique_id: DEMO.id,
        email: DEMO.email,
        status: 'active',
        mfa_enabled: true,
        mfa_channel: 'totp',
        last_login_at: expect.any(String),
      },
      relationships: { roles: { data: [{ id: 'member', type: 'role' }] } },
    });
  });

  it('pages at any size up to 100 and refuses larger pages instead of cutting them', async () => {
    const h = createHarness({ population: { users: 250 } });
    const admin = await h.token(ADMIN.email, ADMIN.password);
    for (const records of [7, 15, 100]) {
      const seen = new Set<string>();
      const pages = Math.ceil(250 / records);
      for (let page = 1; page <= pages; page++) {
        const result = await h.call('GET', `/users?page=${page}&records=${records}`, {
          token: admin,
        });
        expect(result.body.meta).toEqual({
          totalPages: pages,
          totalRecords: 250,
          current_page: page,
          total_pages: pages,
          total_count: 250,
          per_page: records,
        });
        for (const user of result.body.data) seen.add(user.id);
      }
      expect(seen.size).toBe(250);
    }
    const single = await h.call('GET', '/users?page=250&records=1', { token: admin });
    expect(single.body.data).toHaveLength(1);
    expect(single.body.meta).toMatchObject({
      totalPages: 250,
      total_pages: 250,
      current_page: 250,
    });
    const beyond = await h.call('GET', '/users?page=4&records=100', { token: admin });
    expect(beyond.body.data).toEqual([]);
    const defaults = await h.call('GET', '/users', { token: admin });
    expect(defaults.body.data).toHaveLength(15);
    for (const query of ['records=101', 'records=0', 'page=0', 'page=x', 'records=1.5']) {
      expectError(
        await h.call('GET', `/users?${query}`, { token: admin }),
        422,
        'validation_error',
      );
    }
  });

  it('searches by part of the address and by status, with paging', async () => {
    const h = createHarness();
    const admin = await h.token(ADMIN.email, ADMIN.password);
    const result = await h.call('POST', '/users/search', {
      token: admin,
      body: { query: { email: 'DEMO@' }, page: 1, records: 5 },
    });
    expect(result.body.data.map((user: { id: string }) => user.id)).toEqual([DEMO.id]);
    expect(result.body.meta).toMatchObject({ totalPages: 1, totalRecords: 1, total_count: 1 });
    const none = await h.call('POST', '/users/search', {
      token: admin,
      body: { query: { status: 'suspended' } },
    });
    expect(none.body).toEqual({
      data: [],
      meta: {
        totalPages: 0,
        totalRecords: 0,
        current_page: 1,
        total_pages: 0,
        total_count: 0,
        per_page: 15,
      },
    });
    expectError(
      await h.call('POST', '/users/search', { token: admin, body: { records: 500 } }),
      422,
      'validation_error',
    );
  });
});

describe('GET /audit_logs and POST /audit_logs/query', () => {
  it('shows what really happened, newest first, with actor and method and no secrets', async () => {
    const h = createHarness();
    const { backupCodes } = await h.enableTotp(DEMO.email);
    await h.signIn(DEMO.email, DEMO.password);
    await h.signIn(DEMO.email, DEMO.password, '000000');
    await h.signIn(DEMO.email, DEMO.password, backupCodes[0]);
    const admin = await h.token(ADMIN.email, ADMIN.password);

    const result = await h.call('POST', '/audit_logs/query', {
      token: admin,
      body: { query: { actor_id: DEMO.id }, records: 100 },
    });

    const actions = result.body.data.map(
      (entry: { attributes: { action: string } }) => entry.attributes.action,
    );
    expect(actions.reverse()).toEqual([
      'user.login', // the password sign-in of enableTotp
      'mfa.setup',
      'mfa.verified', // the code that turned TOTP on
      'mfa.enabled',
      'mfa.challenge',
      'mfa.failed',
      'mfa.backup_code_used',
      'mfa.verified',
      'user.login',
    ]);
    const [login, verified] = result.body.data;
    expect(login.attributes).toMatchObject({
      actor_id: DEMO.id,
      actor_email: DEMO.email,
      resource_type: 'user',
      resource_id: DEMO.id,
      status: 'success',
      metadata: { method: 'password', mfa_used: true },
    });
    expect(verified.attributes.metadata).toMatchObject({ method: 'backup_code' });
    const failed = result.body.data.find(
      (entry: { attributes: { action: string } }) => entry.attributes.action === 'mfa.failed',
    );
    expect(failed.attributes.status).toBe('failure');
    const text = JSON.stringify(result.body);
    expect(text).not.toContain(backupCodes[0]);
    expect(text).not.toContain(DEMO.password);
  });

  it('filters by action, status, actor email and time range, and pages the result', async () => {
    const h = createHarness({ population: { users: 250 } });
    const admin = await h.token(ADMIN.email, ADMIN.password);
    const all = await h.call('GET', '/audit_logs?records=100', { token: admin });
    const total = all.body.meta.totalRecords;
    expect(total).toBeGreaterThan(1000);

    const failures = await h.call('POST', '/audit_logs/query', {
      token: admin,
      body: { query: { action: 'mfa.failed', status: 'failure' }, records: 100 },
    });
    expect(failures.body.meta.totalRecords).toBeGreaterThan(20);
    for (const entry of failures.body.data) expect(entry.attributes.action).toBe('mfa.failed');

    const newest = all.body.data[0].attributes.created_at;
    const from = new Date(Date.parse(newest) - 7 * 86_400_000).toISOString();
    const week = await h.call('POST', '/audit_logs/query', {
      token: admin,
      body: { query: { from, to: newest }, records: 100 },
    });
    expect(week.body.meta.totalRecords).toBeLessThan(total);
    for (const entry of week.body.data) {
      expect(entry.attributes.created_at >= from && entry.attributes.created_at <= newest).toBe(
        true,
      );
    }

    const someone = failures.body.data[0].attributes.actor_email;
    const theirs = await h.call('POST', '/audit_logs/query', {
      token: admin,
      body: { query: { actor_email: someone.toUpperCase() }, records: 100 },
    });
    for (const entry of theirs.body.data) expect(entry.attributes.actor_email).toBe(someone);

    expectError(
      await h.call('POST', '/audit_logs/query', {
        token: admin,
        body: { query: { from: 'last tuesday' } },
      }),
      422,
      'validation_error',
    );
  });
});

describe('GET /users/:unique_id (one user)', () => {
  it.each(DIALECTS)(
    '%s: answers an admin and the user themself, with roles included on ?include=role',
    async (dialect) => {
      const h = createHarness({ dialect });
      const { token: own } = await h.enableTotp(DEMO.email);
      const admin = await h.token(ADMIN.email, ADMIN.password);
      // What the vendor SDK's `users.get(id)` sends.
      const sdkPath = `/users/${DEMO.id}?include=role,user_avatar,user_profile`;

      for (const token of [admin, own]) {
        const result = await h.call('GET', sdkPath, { token });
        expect(result.status).toBe(200);
        expect(result.body.data).toMatchObject({
          id: DEMO.id,
          type: 'user',
          attributes: {
            unique_id: DEMO.id,
            email: DEMO.email,
            mfa_enabled: true,
            role_id: 'member',
          },
          relationships: {
            roles: { data: [{ id: 'member', type: 'role' }] },
            role: { data: { id: 'member', type: 'role' } },
          },
        });
        expect(result.body.included).toEqual([
          {
            id: 'member',
            type: 'role',
            attributes: { unique_id: 'member', code: 'member', name: 'Member', status: 'active' },
          },
        ]);
      }
      const plain = await h.call('GET', `/users/${ADMIN.id}`, { token: admin });
      expect(plain.body.data.relationships.roles.data).toEqual([{ id: 'admin', type: 'role' }]);
      expect(plain.body).not.toHaveProperty('included');
    },
  );

  it.each(DIALECTS)(
    '%s: 404 not_found for someone else, a missing id and a malformed one; 401 without a token',
    async (dialect) => {
      const h = createHarness({ dialect });
      const member = await h.token();
      const admin = await h.token(ADMIN.email, ADMIN.password);
      // A member asking for the admin gets what a missing user gets: nothing about who exists.
      const someoneElse = await h.call('GET', `/users/${ADMIN.id}`, { token: member });
      const missing = await h.call('GET', '/users/00000000-0000-4000-8000-000000000000', {
        token: member,
      });
      expectError(someoneElse, 404, 'not_found');
      expect(someoneElse.body).toEqual(missing.body);
      expectError(await h.call('GET', '/users/usr_nobody', { token: admin }), 404, 'not_found');
      expectError(await h.call('GET', `/users/${DEMO.id}`), 401, 'unauthorized');
      expectError(
        await h.call('GET', `/users/${DEMO.id}`, { token: member, apiKey: null }),
        401,
        'invalid_api_key',
      );
    },
  );

  it('leaves /users/search a POST route (405 on GET), not a user called "search"', async () => {
    const h = createHarness();
    const admin = await h.token(ADMIN.email, ADMIN.password);
    expectError(await h.call('GET', '/users/search', { token: admin }), 405, 'method_not_allowed');
  });
});
