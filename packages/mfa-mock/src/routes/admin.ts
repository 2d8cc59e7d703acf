import {
  adminUserDocumentSchema,
  auditLogsPageSchema,
  auditLogsQueryRequestSchema,
  usersPageSchema,
  usersSearchRequestSchema,
} from '@authblock/mfa-client/schemas';
import { ADMIN_ROLES, type BackendCore, type UserRecord } from '../core.ts';
import { MockApiError } from '../internal/errors.ts';
import { parseBody, readJsonBody } from '../internal/request.ts';
import { respond } from '../internal/respond.ts';
import type { MockAuditAction, MockAuditEvent } from '../types.ts';
import type { RouteArgs, RouteDefinition } from './route.ts';

/** The reference's default page size. */
const DEFAULT_RECORDS = 15;
/** Larger pages are refused (422), not cut: a cut page would look like the list's end. */
export const MAX_RECORDS = 100;

/** The caller: a valid bearer token's user (401 otherwise). */
async function authenticate({ core, request }: RouteArgs): Promise<UserRecord> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  const subject = match?.[1] ? await core.state.tokens.verify(match[1]) : null;
  const user = subject === null ? undefined : core.state.users.get(subject);
  if (!user) throw new MockApiError(401, 'unauthorized', 'A valid bearer token is required.');
  return user;
}

const isAdmin = (user: UserRecord) => user.roles.some((role) => ADMIN_ROLES.has(role));

/**
 * The caller must hold a valid token (401) of a user with an admin role (403
 * `forbidden`, as the reference says for non-admins).
 */
async function authorizeAdmin(args: RouteArgs): Promise<UserRecord> {
  const user = await authenticate(args);
  if (!isAdmin(user)) {
    throw new MockApiError(403, 'forbidden', 'Only tenant administrators may use this route.');
  }
  return user;
}

function pagingError(field: 'page' | 'records'): MockApiError {
  const rule =
    field === 'page' ? 'a whole number from 1' : `a whole number from 1 to ${MAX_RECORDS}`;
  return new MockApiError(422, 'validation_error', `The field "${field}" must be ${rule}.`, {
    pointer: `/${field}`,
  });
}

function paging(page: unknown, records: unknown): { page: number; records: number } {
  const result = { page: page ?? 1, records: records ?? DEFAULT_RECORDS };
  if (!Number.isInteger(result.page) || (result.page as number) < 1) throw pagingError('page');
  const size = result.records as number;
  if (!Number.isInteger(size) || size < 1 || size > MAX_RECORDS) throw pagingError('records');
  return result as { page: number; records: number };
}

/** `?page=2&records=20`: absent means default; anything but digits is a 422. */
function pagingFromUrl(request: Request) {
  const params = new URL(request.url).searchParams;
  const read = (name: string) => {
    const value = params.get(name);
    if (value === null) return undefined;
    return /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
  };
  return paging(read('page'), read('records'));
}

/**
 * A page and its meta in every spelling a client may read: the reference's `totalPages`
 * and `totalRecords`, and the Rails-style `current_page`, `total_pages`, `total_count` and
 * `per_page` that the vendor SDK's JSON:API codec reads.
 */
function slice<T>(items: readonly T[], { page, records }: { page: number; records: number }) {
  const totalPages = Math.ceil(items.length / records);
  return {
    items: items.slice((page - 1) * records, page * records),
    meta: {
      totalPages,
      totalRecords: items.length,
      current_page: page,
      total_pages: totalPages,
      total_count: items.length,
      per_page: records,
    },
  };
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** A user as `GET /users` shows it, with its roles as JSON:API relationships. */
export function adminUserResource(user: UserRecord) {
  return {
    id: user.id,
    type: 'user' as const,
    attributes: {
      unique_id: user.id,
      email: user.email,
      first_name: user.firstName,
      last_name: user.lastName,
      status: user.status,
      email_verified: true,
      last_login_at: iso(user.lastLoginAt),
      created_at: iso(user.createdAt),
      updated_at: iso(user.createdAt),
      mfa_enabled: user.active !== null,
      mfa_channel: user.active?.channel ?? null,
      // The vendor SDK's user mapper reads these two names.
      last_sign_in_at: iso(user.lastLoginAt),
      role_id: user.roles[0] ?? null,
    },
    relationships: {
      // The reference documents `roles` (many); the vendor SDK resolves `role` (one).
      roles: { data: user.roles.map((role) => ({ id: role, type: 'role' })) },
      role: { data: user.roles[0] === undefined ? null : { id: user.roles[0], type: 'role' } },
    },
  };
}

/** A role as `?include=role` adds it to `included`. */
function roleResource(role: string) {
  return {
    id: role,
    type: 'role' as const,
    attributes: {
      unique_id: role,
      code: role,
      name: role.charAt(0).toUpperCase() + role.slice(1),
      status: 'active',
    },
  };
}

/** The audit log's action names: the reference's where it has one, `mfa.*` otherwise. */
const ACTION_NAMES: Record<MockAuditAction, string> = {
  setup: 'mfa.setup',
  enabled: 'mfa.enabled',
  disabled: 'mfa.disabled',
  challenged: 'mfa.challenge',
  verified: 'mfa.verified',
  failed: 'mfa.failed',
  backup_code_used: 'mfa.backup_code_used',
  replay_rejected: 'mfa.replay_rejected',
  locked: 'mfa.locked',
  signed_in: 'user.login',
  sign_in_failed: 'user.login',
  email_sent: 'mfa.email_sent',
};

const FAILURES: ReadonlySet<MockAuditAction> = new Set([
  'failed',
  'sign_in_failed',
  'replay_rejected',
  'locked',
]);

function actionName(event: MockAuditEvent): string {
  return event.action === 'email_sent' && event.purpose === 'passwordless'
    ? 'passwordless.code_sent'
    : ACTION_NAMES[event.action];
}

/** An event of the seeded history (`h`) or of the live log (`e`): their ids are apart. */
interface LogEntry {
  event: MockAuditEvent;
  origin: 'h' | 'e';
}

/** One audit log entry as `/audit_logs` shows it. */
function auditLogResource(core: BackendCore, { event, origin }: LogEntry) {
  const metadata: Record<string, unknown> = {};
  for (const key of ['channel', 'method', 'context', 'reason', 'purpose'] as const) {
    if (event[key] !== undefined) metadata[key] = event[key];
  }
  if (event.action === 'signed_in') metadata.mfa_used = event.mfaUsed ?? false;
  const id = `aud_${origin}${event.id}`;
  const actor = event.userId === null ? undefined : core.state.users.get(event.userId);
  return {
    id,
    type: 'audit_log' as const,
    attributes: {
      unique_id: id,
      action: actionName(event),
      actor_id: event.userId,
      actor_email: actor?.email ?? null,
      resource_type: 'user',
      resource_id: event.userId,
      ip_address: event.ip ?? null,
      user_agent: null,
      status: FAILURES.has(event.action) ? ('failure' as const) : ('success' as const),
      metadata,
      created_at: new Date(event.at).toISOString(),
    },
  };
}

/**
 * The live log and the seeded history, newest first. Both are kept oldest first and the
 * history ends before the backend started, so reversing each is enough: no sort.
 */
function auditLog(core: BackendCore): LogEntry[] {
  const live = core.state.events.toArray().map((event): LogEntry => ({ event, origin: 'e' }));
  const past = core.state.history.map((event): LogEntry => ({ event, origin: 'h' }));
  return [...live.reverse(), ...past.reverse()];
}

const usersList = async (args: RouteArgs) => {
  await authorizeAdmin(args);
  const { items, meta } = slice([...args.core.state.users.values()], pagingFromUrl(args.request));
  return respond(usersPageSchema, { data: items.map(adminUserResource), meta });
};

/**
 * `GET /users/:unique_id`, for an admin or the user themself; anyone else gets the 404 a
 * missing user gets, so the answer says nothing of who exists. `?include=role` adds the
 * roles to `included` (the vendor SDK asks for `role,user_avatar,user_profile`; the mock
 * keeps no avatars or profiles, so those are left out, as JSON:API allows for empty ones).
 */
const userGet = async (args: RouteArgs) => {
  const caller = await authenticate(args);
  const id = args.params.id;
  const user =
    typeof id === 'string' && (isAdmin(caller) || caller.id === id)
      ? args.core.state.users.get(id)
      : undefined;
  if (!user) throw new MockApiError(404, 'not_found', 'No such user.');
  const include = new URL(args.request.url).searchParams.get('include') ?? '';
  const wanted = new Set(include.split(',').map((name) => name.trim()));
  return respond(adminUserDocumentSchema, {
    data: adminUserResource(user),
    ...(wanted.has('role') ? { included: user.roles.map(roleResource) } : {}),
  });
};

const usersSearch = async (args: RouteArgs) => {
  await authorizeAdmin(args);
  const body = parseBody(usersSearchRequestSchema, await readJsonBody(args.request));
  const email = body.query?.email?.trim().toLowerCase();
  const status = body.query?.status;
  const found = [...args.core.state.users.values()].filter(
    (user) =>
      (email === undefined || user.email.includes(email)) &&
      (status === undefined || user.status === status),
  );
  const { items, meta } = slice(found, paging(body.page, body.records));
  return respond(usersPageSchema, { data: items.map(adminUserResource), meta });
};

const auditLogsList = async (args: RouteArgs) => {
  await authorizeAdmin(args);
  const { items, meta } = slice(auditLog(args.core), pagingFromUrl(args.request));
  const data = items.map((entry) => auditLogResource(args.core, entry));
  return respond(auditLogsPageSchema, { data, meta });
};

const auditLogsQuery = async (args: RouteArgs) => {
  await authorizeAdmin(args);
  const body = parseBody(auditLogsQueryRequestSchema, await readJsonBody(args.request));
  const q = body.query ?? {};
  const from = q.from === undefined ? undefined : Date.parse(q.from);
  const to = q.to === undefined ? undefined : Date.parse(q.to);
  const actorEmail = q.actor_email?.trim().toLowerCase();
  const actorId = actorEmail === undefined ? q.actor_id : args.core.findByEmail(actorEmail)?.id;
  const found = auditLog(args.core).filter(({ event }) => {
    const status = FAILURES.has(event.action) ? 'failure' : 'success';
    return (
      (q.action === undefined || actionName(event) === q.action) &&
      (q.actor_id === undefined || event.userId === q.actor_id) &&
      (actorEmail === undefined || (actorId !== undefined && event.userId === actorId)) &&
      (q.resource_type === undefined || q.resource_type === 'user') &&
      (q.resource_id === undefined || event.userId === q.resource_id) &&
      (q.status === undefined || status === q.status) &&
      (q.ip_address === undefined || event.ip === q.ip_address) &&
      (from === undefined || event.at >= from) &&
      (to === undefined || event.at <= to)
    );
  });
  const { items, meta } = slice(found, paging(body.page, body.records));
  const data = items.map((entry) => auditLogResource(args.core, entry));
  return respond(auditLogsPageSchema, { data, meta });
};

/**
 * The admin routes that are POSTs but only read (a search, a query): a page that keeps the
 * mock's state need not save it after them.
 */
export const READ_ONLY_POST_PATHS: ReadonlySet<string> = new Set([
  '/users/search',
  '/audit_logs/query',
]);

/**
 * The tenant-admin routes: `/users` and `/audit_logs`, for owners and admins only, and one
 * user's record, which its own user may read too.
 */
export const adminRoutes = [
  { path: '/users', methods: { GET: usersList } },
  { path: '/users/search', methods: { POST: usersSearch } },
  // After `/users/search`: the table is matched in order.
  { path: '/users/:id', methods: { GET: userGet } },
  { path: '/audit_logs', methods: { GET: auditLogsList } },
  { path: '/audit_logs/query', methods: { POST: auditLogsQuery } },
] as const satisfies readonly RouteDefinition[];
