import { type Infer, object, optional } from '../wire/check.ts';
import { codeSchema, emailSchema, passwordSchema } from '../wire/fields.ts';

/**
 * Request bodies of the sign-in routes, as the server checks them. The client builds these
 * bodies from typed input and does not re-check them (see wire/fields.ts).
 */

/**
 * `POST /auth/sign_in`; `mfa_code` on the second step. A backup code travels as the
 * `mfa_code` to a guide server and as `backup_code` to a reference server.
 */
export const signInRequestSchema = object({
  email: emailSchema,
  password: passwordSchema,
  mfa_code: optional(codeSchema),
  backup_code: optional(codeSchema),
});
export type SignInRequest = Infer<typeof signInRequestSchema>;

/** `POST /auth/passwordless/request` */
export const passwordlessRequestSchema = object({ email: emailSchema });
export type PasswordlessRequest = Infer<typeof passwordlessRequestSchema>;

/** `POST /auth/passwordless/verify`; `mfa_code` (or a reference server's `backup_code`) when the user has MFA on. */
export const passwordlessVerifyRequestSchema = object({
  email: emailSchema,
  code: codeSchema,
  mfa_code: optional(codeSchema),
  backup_code: optional(codeSchema),
});
export type PasswordlessVerifyRequest = Infer<typeof passwordlessVerifyRequestSchema>;
