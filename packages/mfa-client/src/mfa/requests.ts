import { type Infer, literal, object, optional, union } from '../wire/check.ts';
import { codeSchema, passwordSchema } from '../wire/fields.ts';
import { mfaChannelSchema } from '../wire/jsonapi.ts';

/**
 * Request bodies of the `/users/:id/mfa/*` routes, as the server checks them. The client
 * builds these bodies from typed input and does not re-check them (see wire/fields.ts).
 */

/**
 * `POST /users/:id/mfa/setup`. The reference documents only TOTP and `regenerate`
 * (`"true"` makes a new secret and turns MFA off); the client always names the channel.
 */
export const setupRequestSchema = object({
  channel: mfaChannelSchema,
  regenerate: optional(literal('true', 'false')),
});
export type SetupRequest = Infer<typeof setupRequestSchema>;

/** `POST /users/:id/mfa/enable`: TOTP with a code from the app; email after `/verify`. */
export const enableRequestSchema = union(
  object({ totp_code: codeSchema }),
  object({ channel: literal('email') }),
);
export type EnableRequest = Infer<typeof enableRequestSchema>;

/** `POST /users/:id/mfa/disable` */
export const disableRequestSchema = object({ password: passwordSchema });
export type DisableRequest = Infer<typeof disableRequestSchema>;

/**
 * `POST /users/:id/mfa/verify`: a TOTP code, an emailed code or a backup code as `code`
 * (guide), or a backup code as `backup_code` (reference).
 */
export const verifyRequestSchema = union(
  object({ code: codeSchema }),
  object({ backup_code: codeSchema }),
);
export type VerifyRequest = Infer<typeof verifyRequestSchema>;
