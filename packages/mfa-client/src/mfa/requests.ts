import * as z from 'zod/mini';
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
export const setupRequestSchema = z.object({
  channel: mfaChannelSchema,
  regenerate: z.optional(z.enum(['true', 'false'])),
});
export type SetupRequest = z.infer<typeof setupRequestSchema>;

/** `POST /users/:id/mfa/enable`: TOTP with a code from the app; email after `/verify`. */
export const enableRequestSchema = z.union([
  z.object({ totp_code: codeSchema }),
  z.object({ channel: z.literal('email') }),
]);
export type EnableRequest = z.infer<typeof enableRequestSchema>;

/** `POST /users/:id/mfa/disable` */
export const disableRequestSchema = z.object({ password: passwordSchema });
export type DisableRequest = z.infer<typeof disableRequestSchema>;

/**
 * `POST /users/:id/mfa/verify`: a TOTP code, an emailed code or a backup code as `code`
 * (guide), or a backup code as `backup_code` (reference).
 */
export const verifyRequestSchema = z.union([
  z.object({ code: codeSchema }),
  z.object({ backup_code: codeSchema }),
]);
export type VerifyRequest = z.infer<typeof verifyRequestSchema>;
