import * as z from 'zod/mini';
import { codeSchema, emailSchema, passwordSchema } from '../wire/fields.ts';

/**
 * Request bodies of the sign-in routes, as the server checks them. The client builds these
 * bodies from typed input and does not re-check them (see wire/fields.ts).
 */

/**
 * `POST /auth/sign_in`; `mfa_code` on the second step. A backup code travels as the
 * `mfa_code` to a guide server and as `backup_code` to a reference server.
 */
export const signInRequestSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  mfa_code: z.optional(codeSchema),
  backup_code: z.optional(codeSchema),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

/** `POST /auth/passwordless/request` */
export const passwordlessRequestSchema = z.object({ email: emailSchema });
export type PasswordlessRequest = z.infer<typeof passwordlessRequestSchema>;

/** `POST /auth/passwordless/verify`; `mfa_code` (or a reference server's `backup_code`) when the user has MFA on. */
export const passwordlessVerifyRequestSchema = z.object({
  email: emailSchema,
  code: codeSchema,
  mfa_code: z.optional(codeSchema),
  backup_code: z.optional(codeSchema),
});
export type PasswordlessVerifyRequest = z.infer<typeof passwordlessVerifyRequestSchema>;
