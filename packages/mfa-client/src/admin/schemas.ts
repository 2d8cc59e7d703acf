import * as z from 'zod/mini';
import { mfaChannelSchema } from '../wire/jsonapi.ts';
import type { WireSchema } from '../wire/validate.ts';

/**
 * Wire shapes of the tenant-admin routes (`/users`, `/audit_logs`), as the vendor's API
 * reference shows them. Only the guide's promise is required on a user: an id and an
 * email. `mfa_enabled` and `mfa_channel` may be absent (the reference's own list example
 * has neither), and the dashboard must be able to say so rather than count them as "off".
 */

const nullableString = z.optional(z.nullable(z.string()));

const roleReferenceSchema = z.object({ id: z.string(), type: z.string() });

export const adminUserResourceSchema = z.object({
  id: z.string(),
  type: z.literal('user'),
  attributes: z.looseObject({
    unique_id: z.optional(z.string()),
    email: z.string(),
    first_name: nullableString,
    last_name: nullableString,
    status: nullableString,
    email_verified: z.optional(z.nullable(z.boolean())),
    last_login_at: nullableString,
    created_at: nullableString,
    updated_at: nullableString,
    mfa_enabled: z.optional(z.nullable(z.boolean())),
    mfa_channel: z.optional(z.nullable(mfaChannelSchema)),
  }),
  /**
   * A single user "may carry `relationships.roles.data`" (the reference); list items may
   * too. The vendor's SDK asks for `include=role`: one `relationships.role.data`.
   */
  relationships: z.optional(
    z.looseObject({
      roles: z.optional(z.looseObject({ data: z.array(roleReferenceSchema) })),
      role: z.optional(z.looseObject({ data: z.nullable(roleReferenceSchema) })),
    }),
  ),
});

/** A resource of the document's `included` list (`?include=role`): a role names itself. */
export const includedResourceSchema = z.looseObject({
  id: z.string(),
  type: z.string(),
  attributes: z.optional(z.looseObject({ name: z.optional(z.nullable(z.string())) })),
});

/** `GET /users/:unique_id`: one user, with the resources asked for in `included`. */
export const adminUserDocumentSchema = z.object({
  data: adminUserResourceSchema,
  included: z.optional(z.array(includedResourceSchema)),
  meta: z.optional(z.looseObject({})),
});
export type AdminUserDocument = z.infer<typeof adminUserDocumentSchema>;

/**
 * Every spelling of a page's meta: the reference writes `totalPages` and `totalRecords`, a
 * Rails-style server `total_pages` and `total_records`, the vendor SDK's JSON:API codec
 * reads `current_page`, `total_pages`, `total_count` and `per_page`. Whichever is there
 * must be a number; which one wins is `readPage`'s (admin/routes.ts).
 */
export const pageMetaSchema = z.looseObject({
  totalPages: z.optional(z.number()),
  total_pages: z.optional(z.number()),
  totalRecords: z.optional(z.number()),
  total_records: z.optional(z.number()),
  total_count: z.optional(z.number()),
  current_page: z.optional(z.number()),
  per_page: z.optional(z.number()),
});
export type PageMeta = z.infer<typeof pageMetaSchema>;

export const auditLogResourceSchema = z.object({
  id: z.string(),
  type: z.literal('audit_log'),
  attributes: z.looseObject({
    unique_id: z.optional(z.string()),
    /** Any string: servers add actions (`mfa.enabled`, ...) the reference does not list. */
    action: z.string(),
    actor_id: nullableString,
    actor_email: nullableString,
    resource_type: nullableString,
    resource_id: nullableString,
    ip_address: nullableString,
    user_agent: nullableString,
    status: z.optional(z.nullable(z.enum(['success', 'failure']))),
    metadata: z.optional(z.nullable(z.looseObject({}))),
    changes: z.optional(z.unknown()),
    created_at: z.string(),
  }),
});

/** A page of resources. `meta` is checked apart, to accept either spelling. */
/* @__NO_SIDE_EFFECTS__ */
export function pageSchema<Item extends WireSchema>(item: Item) {
  return z.object({ data: z.array(item), meta: z.optional(pageMetaSchema) });
}

export const usersPageSchema = pageSchema(adminUserResourceSchema);
export const auditLogsPageSchema = pageSchema(auditLogResourceSchema);

export type AdminUserResource = z.infer<typeof adminUserResourceSchema>;
export type AuditLogResource = z.infer<typeof auditLogResourceSchema>;
