import * as z from 'zod/mini';
import { codeSchema, passwordSchema } from '../wire/fields.ts';
import { mfaChannelSchema } from '../wire/jsonapi.ts';

/**
 * Request bodies of the `/users/:id/mfa/*` routes, as the server checks them. The client
 * builds these bodies from typed input and does not re-check them (see wire/fields.ts).
 */

/** `POST /users/:id/mfa/setup` */
export const setupRequestSchema = z.object({ channel: mfaChannelSchema });
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

/** `POST /users/:id/mfa/verify`: a TOTP code, an emailed code or a backup code. */
export const verifyRequestSchema = z.object({ code: codeSchema });
export type VerifyRequest = z.infer<typeof verifyRequestSchema>;
