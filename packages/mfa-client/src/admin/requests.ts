import * as z from 'zod/mini';

/**
 * Request bodies of the tenant-admin routes, as the server checks them. The client builds
 * them from typed input and does not re-check them (see wire/fields.ts).
 */

const shortText = z.string().check(z.maxLength(320));
const paging = {
  page: z.optional(z.number().check(z.int(), z.gte(1))),
  records: z.optional(z.number().check(z.int(), z.gte(1))),
};

/** `POST /users/search` */
export const usersSearchRequestSchema = z.object({
  query: z.optional(z.object({ email: z.optional(shortText), status: z.optional(shortText) })),
  ...paging,
});
export type UsersSearchRequest = z.infer<typeof usersSearchRequestSchema>;

/** `POST /audit_logs/query` */
export const auditLogsQueryRequestSchema = z.object({
  query: z.optional(
    z.object({
      action: z.optional(shortText),
      actor_id: z.optional(shortText),
      actor_email: z.optional(shortText),
      resource_type: z.optional(shortText),
      resource_id: z.optional(shortText),
      status: z.optional(z.enum(['success', 'failure'])),
      ip_address: z.optional(shortText),
      /** ISO 8601 instants, inclusive. */
      from: z.optional(z.iso.datetime({ offset: true })),
      to: z.optional(z.iso.datetime({ offset: true })),
    }),
  ),
  ...paging,
});
export type AuditLogsQueryRequest = z.infer<typeof auditLogsQueryRequestSchema>;
