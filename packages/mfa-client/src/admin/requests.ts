import * as z from 'zod/mini';
import { text } from '../wire/fields.ts';
import { refined } from '../wire/validate.ts';

/**
 * Request bodies of the tenant-admin routes, as the server checks them. The client builds
 * them from typed input and does not re-check them (see wire/fields.ts).
 */

const shortText = text(0, 320);
const pageNumber = refined(
  z.number(),
  (value) => Number.isInteger(value) && value >= 1,
  'expected a whole z.number() from 1',
);
const paging = { page: z.optional(pageNumber), records: z.optional(pageNumber) };

/** `YYYY-MM-DDThh:mm[:ss[.fff]]` with `Z` or an offset: an instant, never a local time. */
const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)$/;
/** An ISO 8601 instant (with `Z` or an offset) that names a real moment. */
const instant = refined(
  z.string(),
  (value) => INSTANT.test(value) && !Number.isNaN(Date.parse(value)),
  'expected an ISO 8601 date and time with an offset',
);

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
      from: z.optional(instant),
      to: z.optional(instant),
    }),
  ),
  ...paging,
});
export type AuditLogsQueryRequest = z.infer<typeof auditLogsQueryRequestSchema>;
