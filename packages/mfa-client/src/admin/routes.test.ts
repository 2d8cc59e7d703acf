import { HttpResponse, http } from 'msw';
import { describe, expect, test } from 'vitest';
import { isMfaApiError, isMfaResponseError } from '../errors/guards.ts';
import {
  API_KEY,
  answerError,
  answerJson,
  BASE_URL,
  recordRequests,
  server,
  settle,
  TOKEN,
  useTestServer,
} from '../test-utils/server.ts';
import { createMfaAdminClient } from './index.ts';

// The admin client against the reference backend is tested in @authblock/mfa-mock
// (admin-client.integration.test.ts); here each answer is written out, spelling by spelling.
useTestServer();
const seen = recordRequests();

const admin = () => createMfaAdminClient({ baseUrl: BASE_URL, apiKey: API_KEY, token: TOKEN });

const UUID = '3f2c8a4e-9b1d-4c7a-8e2f-5a6b7c8d9e0f';

const userResource = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'user',
  attributes: {
    unique_id: id,
    email: 'ada@example.com',
    first_name: 'Ada',
    last_name: 'Lovelace',
    status: 'active',
    email_verified: true,
    last_login_at: null,
    created_at: '2026-01-02T03:04:05Z',
    updated_at: '2026-01-02T03:04:05Z',
    mfa_enabled: true,
    mfa_channel: 'totp',
  },
  ...extra,
});

const usersPage = (meta: Record<string, unknown>) => ({
  data: [userResource(UUID), userResource('usr_abc123')],
  meta,
});

describe('page meta, in every spelling', () => {
  test.each([
    ['the reference: totalPages, totalRecords', { totalPages: 9, totalRecords: 130 }],
    ['a Rails-style server: total_pages, total_records', { total_pages: 9, total_records: 130 }],
    [
      'the vendor SDK’s codec: current_page, total_pages, total_count, per_page',
      { current_page: 2, total_pages: 9, total_count: 130, per_page: 15 },
    ],
  ])('%s', async (_spelling, meta) => {
    server.use(answerJson('get', '/users', usersPage(meta)));

    const page = await admin().users.list({ page: 2, records: 15 });

    expect(page).toMatchObject({ page: 2, records: 15, totalPages: 9, totalRecords: 130 });
    expect(page.items.map((user) => user.id)).toEqual([UUID, 'usr_abc123']);
  });

  test('precedence: totalPages over total_pages; totalRecords, total_records, then total_count', async () => {
    server.use(
      answerJson(
        'get',
        '/users',
        usersPage({ totalPages: 3, total_pages: 4, total_records: 40, total_count: 50 }),
      ),
    );

    await expect(admin().users.list()).resolves.toMatchObject({ totalPages: 3, totalRecords: 40 });
  });

  test('current_page and per_page are the server’s word on where the page is and its size', async () => {
    // A server that caps the page size answers with fewer per page than asked.
    server.use(
      answerJson('post', '/audit_logs/query', {
        data: [],
        meta: { total_pages: 1, current_page: 1, per_page: 50 },
      }),
    );

    const page = await admin().auditLogs.query({ action: 'mfa.failed' }, { records: 500 });

    expect(page).toMatchObject({ page: 1, records: 50, totalPages: 1, totalRecords: 0 });
  });

  test('no page total in any spelling: a response error naming meta.totalPages', async () => {
    server.use(answerJson('get', '/users', usersPage({ total_count: 130 })));

    const error = await admin()
      .users.list()
      .catch((e: unknown) => e);

    expect(isMfaResponseError(error) && [error.path, error.reason]).toEqual([
      'meta.totalPages',
      'expected number',
    ]);
  });

  test('a spelling that is there must be a number', async () => {
    server.use(answerJson('get', '/users', usersPage({ total_pages: 2, total_count: '130' })));

    const error = await admin()
      .users.list()
      .catch((e: unknown) => e);

    expect(isMfaResponseError(error) && [error.path, error.reason]).toEqual([
      'meta.total_count',
      'expected number',
    ]);
  });
});

describe('users.get: one user’s record', () => {
  test.each([
    ['a UUID', UUID],
    ['the guide’s usr_ form', 'usr_abc123'],
  ])('by %s: GET /users/:unique_id with the admin’s token', async (_form, id) => {
    server.use(answerJson('get', '/users/:id', { data: userResource(id) }));

    const user = await admin().users.get(id);

    await settle();
    expect(seen[0]?.url.pathname).toBe(`/users/${id}`);
    expect(seen[0]?.url.search).toBe('');
    expect(seen[0]?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(user).toStrictEqual({
      id,
      email: 'ada@example.com',
      firstName: 'Ada',
      lastName: 'Lovelace',
      status: 'active',
      emailVerified: true,
      lastLoginAt: null,
      createdAt: '2026-01-02T03:04:05Z',
      updatedAt: '2026-01-02T03:04:05Z',
      mfaEnabled: true,
      mfaChannel: 'totp',
      roles: undefined,
    });
  });

  test('include: ["role"] asks for it and reads the included roles beside the relationship', async () => {
    server.use(
      http.get(`${BASE_URL}/users/:id`, ({ request }) =>
        HttpResponse.json({
          data: userResource(UUID, {
            relationships: { role: { data: { id: 'role_admin', type: 'role' } } },
          }),
          included:
            new URL(request.url).searchParams.get('include') === 'role'
              ? [{ id: 'role_admin', type: 'role', attributes: { name: 'Admin' } }]
              : [],
        }),
      ),
    );

    const user = await admin().users.get(UUID, { include: ['role'] });

    await settle();
    expect(seen[0]?.url.searchParams.get('include')).toBe('role');
    expect(user.roles).toEqual(['role_admin']);
    expect(user.includedRoles).toEqual([{ id: 'role_admin', name: 'Admin' }]);
  });

  test('the reference’s relationships.roles list gives the role ids', async () => {
    server.use(
      answerJson('get', '/users/:id', {
        data: userResource(UUID, {
          relationships: {
            roles: {
              data: [
                { id: 'r1', type: 'role' },
                { id: 'r2', type: 'role' },
              ],
            },
          },
        }),
      }),
    );

    await expect(admin().users.get(UUID)).resolves.toMatchObject({ roles: ['r1', 'r2'] });
  });

  test('no such user: 404 not_found', async () => {
    server.use(answerError('get', '/users/:id', 404, { code: 'not_found', title: 'Not found' }));

    const error = await admin()
      .users.get(UUID)
      .catch((e: unknown) => e);

    expect(isMfaApiError(error) && [error.status, error.code, error.route]).toEqual([
      404,
      'not_found',
      'GET /users/:id',
    ]);
  });

  test('a record without an email is a response error naming the field', async () => {
    const { email: _email, ...attributes } = userResource(UUID).attributes;
    server.use(answerJson('get', '/users/:id', { data: { ...userResource(UUID), attributes } }));

    const error = await admin()
      .users.get(UUID)
      .catch((e: unknown) => e);

    expect(isMfaResponseError(error) && error.path).toBe('data.attributes.email');
  });

  test('an id that would leave its path segment is refused before anything is sent', () => {
    expect(() => admin().users.get('..')).toThrow(TypeError);
  });
});
