import { type Infer, literal, number, object, optional, refine, string } from '../wire/check.ts';
import { text } from '../wire/fields.ts';

/**
 * Request bodies of the tenant-admin routes, as the server checks them. The client builds
 * them from typed input and does not re-check them (see wire/fields.ts).
 */

const shortText = text(0, 320);
const pageNumber = refine(
  number,
  (value) => Number.isInteger(value) && value >= 1,
  'expected a whole number from 1',
);
const paging = { page: optional(pageNumber), records: optional(pageNumber) };

/** `YYYY-MM-DDThh:mm[:ss[.fff]]` with `Z` or an offset: an instant, never a local time. */
const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)$/;
/** An ISO 8601 instant (with `Z` or an offset) that names a real moment. */
const instant = refine(
  string,
  (value) => INSTANT.test(value) && !Number.isNaN(Date.parse(value)),
  'expected an ISO 8601 date and time with an offset',
);

/** `POST /users/search` */
export const usersSearchRequestSchema = object({
  query: optional(object({ email: optional(shortText), status: optional(shortText) })),
  ...paging,
});
export type UsersSearchRequest = Infer<typeof usersSearchRequestSchema>;

/** `POST /audit_logs/query` */
export const auditLogsQueryRequestSchema = object({
  query: optional(
    object({
      action: optional(shortText),
      actor_id: optional(shortText),
      actor_email: optional(shortText),
      resource_type: optional(shortText),
      resource_id: optional(shortText),
      status: optional(literal('success', 'failure')),
      ip_address: optional(shortText),
      /** ISO 8601 instants, inclusive. */
      from: optional(instant),
      to: optional(instant),
    }),
  ),
  ...paging,
});
export type AuditLogsQueryRequest = Infer<typeof auditLogsQueryRequestSchema>;
