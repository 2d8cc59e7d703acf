import { MfaResponseError } from '../errors/MfaResponseError.ts';
import { parseReply, type Reply } from '../parse.ts';
import type { Requester } from '../transport/http.ts';
import { userPath } from '../user-path.ts';
import { type Page, pageThrough } from './paging.ts';
import {
  type AdminUserDocument,
  type AdminUserResource,
  type AuditLogResource,
  adminUserDocumentSchema,
  auditLogsPageSchema,
  type PageMeta,
  usersPageSchema,
} from './schemas.ts';
import type {
  AdminAuditLogsRoutes,
  AdminUser,
  AdminUserRecord,
  AdminUsersRoutes,
  AuditLogEntry,
  AuditLogFilters,
  MfaAdminClient,
  PageRequest,
} from './types.ts';

/** The reference's default page size, used when a caller does not choose one. */
const DEFAULT_RECORDS = 15;
/** Page size for the walk over every page: fewer requests, each still small. */
const DEFAULT_WALK_RECORDS = 100;

function toUser({ id, attributes: a, relationships }: AdminUserResource): AdminUser {
  return {
    id: a.unique_id ?? id,
    email: a.email,
    firstName: a.first_name ?? null,
    lastName: a.last_name ?? null,
    status: a.status ?? null,
    emailVerified: a.email_verified ?? null,
    lastLoginAt: a.last_login_at ?? null,
    createdAt: a.created_at ?? null,
    updatedAt: a.updated_at ?? null,
    // `null` is as unknown as absent: neither says whether MFA is on.
    mfaEnabled: a.mfa_enabled ?? undefined,
    mfaChannel: 'mfa_channel' in a ? (a.mfa_channel ?? null) : undefined,
    roles: rolesOf(relationships),
  };
}

/** Role ids: the reference's `roles` list, else the SDK's one `role`; none named, unknown. */
function rolesOf(relationships: AdminUserResource['relationships']): string[] | undefined {
  if (relationships?.roles) return relationships.roles.data.map((role) => role.id);
  if (relationships?.role) return relationships.role.data ? [relationships.role.data.id] : [];
  return undefined;
}

/** One user and, when asked with `include: ['role']`, the roles the answer includes. */
function toUserRecord({ data, included }: AdminUserDocument): AdminUserRecord {
  const user = toUser(data);
  const roles = included?.filter((resource) => resource.type === 'role');
  if (!roles?.length) return user;
  return {
    ...user,
    includedRoles: roles.map((role) => ({ id: role.id, name: role.attributes?.name ?? null })),
  };
}

function toAuditLogEntry({ id, attributes: a }: AuditLogResource): AuditLogEntry {
  return {
    id: a.unique_id ?? id,
    action: a.action,
    actorId: a.actor_id ?? null,
    actorEmail: a.actor_email ?? null,
    resourceType: a.resource_type ?? null,
    resourceId: a.resource_id ?? null,
    ipAddress: a.ip_address ?? null,
    userAgent: a.user_agent ?? null,
    status: a.status ?? null,
    metadata: { ...a.metadata },
    createdAt: a.created_at,
  };
}

/**
 * A page's place and totals, from its meta in any spelling. Each is the first of its
 * spellings that is there: total pages `totalPages`, then `total_pages`; total records
 * `totalRecords`, then `total_records`, then `total_count` (0 when none says); the page
 * `current_page`, and its size `per_page`, else what was asked for. A page that does not
 * say how many pages there are cannot be walked: a response error naming
 * `meta.totalPages`.
 */
function readPage(
  meta: PageMeta | undefined,
  asked: { page: number; records: number },
  reply: Reply,
): Omit<Page<unknown>, 'items'> {
  const totalPages = meta?.totalPages ?? meta?.total_pages;
  if (totalPages === undefined) {
    throw new MfaResponseError({
      route: reply.route,
      status: reply.status,
      path: 'meta.totalPages',
      reason: 'expected number',
    });
  }
  return {
    page: meta?.current_page ?? asked.page,
    records: meta?.per_page ?? asked.records,
    totalPages,
    totalRecords: meta?.totalRecords ?? meta?.total_records ?? meta?.total_count ?? 0,
  };
}

function pageNumbers(request: PageRequest | undefined) {
  return { page: request?.page ?? 1, records: request?.records ?? DEFAULT_RECORDS };
}

function isoOf(value: Date | string | undefined): string | undefined {
  return value instanceof Date ? value.toISOString() : value;
}

function auditQueryBody(filters: AuditLogFilters) {
  const query: Record<string, string> = {};
  const wire: Record<string, string | undefined> = {
    action: filters.action,
    actor_id: filters.actorId,
    actor_email: filters.actorEmail,
    resource_type: filters.resourceType,
    resource_id: filters.resourceId,
    status: filters.status,
    ip_address: filters.ipAddress,
    from: isoOf(filters.from),
    to: isoOf(filters.to),
  };
  for (const [key, value] of Object.entries(wire)) if (value !== undefined) query[key] = value;
  return query;
}

/** `/users` and `/audit_logs`: the tenant-admin routes. Each needs an admin's token. */
export function createAdminRoutes(request: Requester): MfaAdminClient {
  const usersPage = (
    route: 'GET /users' | 'POST /users/search',
    json: unknown,
    pageRequest: PageRequest | undefined,
  ): Promise<Page<AdminUser>> => {
    const { page, records } = pageNumbers(pageRequest);
    return request(
      {
        method: route === 'GET /users' ? 'GET' : 'POST',
        path: route === 'GET /users' ? `users?page=${page}&records=${records}` : 'users/search',
        route,
        json: route === 'GET /users' ? undefined : { ...(json as object), page, records },
        auth: true,
        retry: route === 'GET /users',
        signal: pageRequest?.signal,
      },
      (reply) => {
        const body = parseReply(usersPageSchema, reply);
        return { items: body.data.map(toUser), ...readPage(body.meta, { page, records }, reply) };
      },
    );
  };

  const auditPage = (
    route: 'GET /audit_logs' | 'POST /audit_logs/query',
    json: unknown,
    pageRequest: PageRequest | undefined,
  ): Promise<Page<AuditLogEntry>> => {
    const { page, records } = pageNumbers(pageRequest);
    const isList = route === 'GET /audit_logs';
    return request(
      {
        method: isList ? 'GET' : 'POST',
        path: isList ? `audit_logs?page=${page}&records=${records}` : 'audit_logs/query',
        route,
        json: isList ? undefined : { ...(json as object), page, records },
        auth: true,
        retry: isList,
        signal: pageRequest?.signal,
      },
      (reply) => {
        const body = parseReply(auditLogsPageSchema, reply);
        return {
          items: body.data.map(toAuditLogEntry),
          ...readPage(body.meta, { page, records }, reply),
        };
      },
    );
  };

  const users: AdminUsersRoutes = {
    get: (userId, { include, signal } = {}) =>
      request(
        {
          method: 'GET',
          path: `${userPath(userId)}${include?.length ? `?include=${include.join(',')}` : ''}`,
          route: 'GET /users/:id',
          auth: true,
          retry: true,
          signal,
        },
        (reply) => toUserRecord(parseReply(adminUserDocumentSchema, reply)),
      ),
    list: (pageRequest) => usersPage('GET /users', undefined, pageRequest),
    search: (query, pageRequest) =>
      usersPage('POST /users/search', { query: { ...query } }, pageRequest),
    pages: ({ query, records = DEFAULT_WALK_RECORDS, ...options } = {}) =>
      pageThrough(
        (page, signal) =>
          query
            ? users.search(query, { page, records, signal })
            : users.list({ page, records, signal }),
        options,
      ),
  };

  const auditLogs: AdminAuditLogsRoutes = {
    list: (pageRequest) => auditPage('GET /audit_logs', undefined, pageRequest),
    query: (filters, pageRequest) =>
      auditPage('POST /audit_logs/query', { query: auditQueryBody(filters) }, pageRequest),
    pages: ({ filters, records = DEFAULT_WALK_RECORDS, ...options } = {}) =>
      pageThrough(
        (page, signal) =>
          filters
            ? auditLogs.query(filters, { page, records, signal })
            : auditLogs.list({ page, records, signal }),
        options,
      ),
  };

  return { users, auditLogs };
}
