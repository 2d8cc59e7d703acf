import type { MfaChannel } from '../wire/jsonapi.ts';
import type { Page, PageThroughOptions } from './paging.ts';

/** A user record as the tenant admin sees it (camelCase). */
export interface AdminUser {
  /** The user's `unique_id` (the id the `/users/:id/mfa/*` routes take). */
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  /** `active`, `inactive`, `suspended`, or whatever the server says. */
  status: string | null;
  emailVerified: boolean | null;
  /** ISO 8601, or null when the user never signed in (or the server did not say). */
  lastLoginAt: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  /** `undefined` when the record has no `mfa_enabled` field: unknown, not "off". */
  mfaEnabled: boolean | undefined;
  /** `undefined` when the record has no `mfa_channel` field. */
  mfaChannel: MfaChannel | null | undefined;
  /** Role ids from `relationships.roles` (or one `relationships.role`); `undefined` when the record carries none. */
  roles: string[] | undefined;
}

/** A role a user holds, as `include: ['role']` brings it. */
export interface AdminRole {
  id: string;
  /** The role's `name`, when the server's included resource carries one. */
  name: string | null;
}

/** One user's record (`users.get`): the list's fields, and the roles it included. */
export interface AdminUserRecord extends AdminUser {
  /** The `role` resources of the answer's `included`, when asked for and sent. */
  includedRoles?: AdminRole[];
}

/** What `users.get` may ask the server to include beside the user. */
export type AdminUserInclude = 'role';

export interface AdminUserOptions {
  /** `?include=role`: the user's role resources in the answer (`includedRoles`). */
  include?: readonly AdminUserInclude[] | undefined;
  signal?: AbortSignal | undefined;
}

/** Audit actions the reference names, and the MFA ones servers are seen to add. */
export type KnownAuditAction =
  | 'user.login'
  | 'session.revoked'
  | 'mfa.challenge'
  | 'mfa.verified'
  | 'mfa.failed'
  | 'mfa.setup'
  | 'mfa.enabled'
  | 'mfa.disabled'
  | 'mfa.backup_code_used'
  | 'mfa.locked';

/** Any action string: unknown ones (e.g. a new `mfa.*`) are read, not refused. */
export type AuditAction = KnownAuditAction | (string & {});

export interface AuditLogEntry {
  id: string;
  action: AuditAction;
  actorId: string | null;
  actorEmail: string | null;
  resourceType: string | null;
  resourceId: string | null;
  ipAddress: string | null;
  userAgent: string | null;
  status: 'success' | 'failure' | null;
  /** E.g. `{ method: 'backup_code' }` on `mfa.verified`, `{ method, mfa_used }` on `user.login`. */
  metadata: Record<string, unknown>;
  /** ISO 8601. */
  createdAt: string;
}

export interface PageRequest {
  /** 1-based. @default 1 */
  page?: number | undefined;
  /** Page size; the reference's default is 15. */
  records?: number | undefined;
  signal?: AbortSignal | undefined;
}

export interface UserQuery {
  email?: string | undefined;
  status?: string | undefined;
}

export interface AuditLogFilters {
  /** One action, e.g. `mfa.failed`. */
  action?: AuditAction | undefined;
  actorId?: string | undefined;
  actorEmail?: string | undefined;
  resourceType?: string | undefined;
  resourceId?: string | undefined;
  status?: 'success' | 'failure' | undefined;
  ipAddress?: string | undefined;
  /** Inclusive lower bound (a Date or an ISO 8601 string). */
  from?: Date | string | undefined;
  /** Inclusive upper bound. */
  to?: Date | string | undefined;
}

export interface AllPagesOptions extends PageThroughOptions {
  /**
   * Page size for the walk.
   * @default 100
   */
  records?: number | undefined;
}

export interface AdminUsersRoutes {
  /**
   * `GET /users/:unique_id`: one user, by the id the lists give (any form: a UUID, `usr_…`).
   * 404 `not_found` when there is no such user.
   *
   * @example
   * ```ts
   * const user = await admin.users.get(id, { include: ['role'] });
   * user.includedRoles?.map((role) => role.name);
   * ```
   */
  get(userId: string, options?: AdminUserOptions): Promise<AdminUserRecord>;
  /** `GET /users?page&records` */
  list(request?: PageRequest): Promise<Page<AdminUser>>;
  /** `POST /users/search` with `{ query: { email?, status? }, page, records }` */
  search(query: UserQuery, request?: PageRequest): Promise<Page<AdminUser>>;
  /**
   * Every page of `list` (or of `search`, given a query), page 1 first, then the rest
   * with at most `concurrency` (<= 4) requests in flight.
   *
   * @example
   * ```ts
   * for await (const page of admin.users.pages({ signal })) {
   *   users.push(...page.items);
   *   progress(users.length, page.totalRecords);
   * }
   * ```
   */
  pages(options?: AllPagesOptions & { query?: UserQuery }): AsyncGenerator<Page<AdminUser>>;
}

export interface AdminAuditLogsRoutes {
  /** `GET /audit_logs?page&records` */
  list(request?: PageRequest): Promise<Page<AuditLogEntry>>;
  /** `POST /audit_logs/query` with filters. */
  query(filters: AuditLogFilters, request?: PageRequest): Promise<Page<AuditLogEntry>>;
  /** Every page of `list` (or of `query`, given filters), at most 4 requests in flight. */
  pages(
    options?: AllPagesOptions & { filters?: AuditLogFilters },
  ): AsyncGenerator<Page<AuditLogEntry>>;
}

/** The tenant-admin route group. Every call needs an admin's token (403 `forbidden` otherwise). */
export interface MfaAdminClient {
  users: AdminUsersRoutes;
  auditLogs: AdminAuditLogsRoutes;
}
