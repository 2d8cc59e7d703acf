import { createRequester } from '../transport/http.ts';
import type { TransportOptions } from '../transport/options.ts';
import { createAdminRoutes } from './routes.ts';
import type { MfaAdminClient } from './types.ts';

/**
 * What the admin client takes: what a request needs, nothing of the sign-in routes
 * (`dialect`, `oauthMode`, `deviceId`, `getRecaptchaToken` are theirs).
 */
export type MfaAdminClientOptions = TransportOptions;

/**
 * Creates the tenant-admin client: users (list, search, every page) and audit logs (list,
 * query, every page). A separate entry (`@authblock/mfa-client/admin`), so end-user pages
 * never ship it. Give it an admin's token: other users get 403 `forbidden`.
 *
 * @example
 * ```ts
 * import { createMfaAdminClient } from '@authblock/mfa-client/admin';
 *
 * const admin = createMfaAdminClient({ baseUrl, apiKey, getToken: () => session.accessToken });
 * for await (const page of admin.users.pages({ signal })) render(page.items);
 * const failures = await admin.auditLogs.query({ action: 'mfa.failed', from: lastWeek });
 * ```
 */
export function createMfaAdminClient(options: MfaAdminClientOptions): MfaAdminClient {
  return createAdminRoutes(createRequester(options));
}

export { MAX_CONCURRENCY, type Page, type PageThroughOptions } from './paging.ts';
export type {
  AdminAuditLogsRoutes,
  AdminRole,
  AdminUser,
  AdminUserInclude,
  AdminUserOptions,
  AdminUserRecord,
  AdminUsersRoutes,
  AllPagesOptions,
  AuditAction,
  AuditLogEntry,
  AuditLogFilters,
  KnownAuditAction,
  MfaAdminClient,
  PageRequest,
  UserQuery,
} from './types.ts';
