import {
  array,
  boolean,
  type Checker,
  type Infer,
  literal,
  looseObject,
  nullable,
  number,
  object,
  optional,
  string,
  unknown,
} from '../wire/check.ts';
import { mfaChannelSchema } from '../wire/jsonapi.ts';

/**
 * Wire shapes of the tenant-admin routes (`/users`, `/audit_logs`), as the vendor's API
 * reference shows them. Only the guide's promise is required on a user: an id and an
 * email. `mfa_enabled` and `mfa_channel` may be absent (the reference's own list example
 * has neither), and the dashboard must be able to say so rather than count them as "off".
 */

const nullableString = optional(nullable(string));

const roleReferenceSchema = object({ id: string, type: string });

export const adminUserResourceSchema = object({
  id: string,
  type: literal('user'),
  attributes: looseObject({
    unique_id: optional(string),
    email: string,
    first_name: nullableString,
    last_name: nullableString,
    status: nullableString,
    email_verified: optional(nullable(boolean)),
    last_login_at: nullableString,
    created_at: nullableString,
    updated_at: nullableString,
    mfa_enabled: optional(nullable(boolean)),
    mfa_channel: optional(nullable(mfaChannelSchema)),
  }),
  /** A single user "may carry `relationships.roles.data`"; list items may too. */
  relationships: optional(
    looseObject({
      roles: optional(looseObject({ data: array(roleReferenceSchema) })),
    }),
  ),
});

/** Both spellings: the reference writes `totalPages`, a Rails-style server `total_pages`. */
export const pageMetaSchema = looseObject({
  totalPages: optional(number),
  total_pages: optional(number),
  totalRecords: optional(number),
  total_records: optional(number),
});

export const auditLogResourceSchema = object({
  id: string,
  type: literal('audit_log'),
  attributes: looseObject({
    unique_id: optional(string),
    /** Any string: servers add actions (`mfa.enabled`, ...) the reference does not list. */
    action: string,
    actor_id: nullableString,
    actor_email: nullableString,
    resource_type: nullableString,
    resource_id: nullableString,
    ip_address: nullableString,
    user_agent: nullableString,
    status: optional(nullable(literal('success', 'failure'))),
    metadata: optional(nullable(looseObject({}))),
    changes: optional(unknown),
    created_at: string,
  }),
});

/** A page of resources. `meta` is checked apart, to accept either spelling. */
/* @__NO_SIDE_EFFECTS__ */
export function pageSchema<Item>(item: Checker<Item>) {
  return object({ data: array(item), meta: optional(pageMetaSchema) });
}

export const usersPageSchema = pageSchema(adminUserResourceSchema);
export const auditLogsPageSchema = pageSchema(auditLogResourceSchema);

export type AdminUserResource = Infer<typeof adminUserResourceSchema>;
export type AuditLogResource = Infer<typeof auditLogResourceSchema>;
