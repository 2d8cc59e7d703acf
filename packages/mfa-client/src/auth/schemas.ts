import * as z from 'zod/mini';
import { documentSchema, mfaChannelSchema, resourceSchema } from '../wire/jsonapi.ts';

// --------------------------------------------------------------- responses (wire)

/** Step one for an MFA user: who they are and which channel to ask for. No tokens. */
export const mfaRequiredResponseSchema = documentSchema(
  resourceSchema(
    'user',
    z.object({
      unique_id: z.string(),
      mfa_required: z.literal(true),
      mfa_channel: mfaChannelSchema,
      /** Email channel: the masked address the code went to. */
      sent_to: z.optional(z.string()),
    }),
  ),
);
export type MfaRequiredResponse = z.infer<typeof mfaRequiredResponseSchema>;

/** The signed-in user. Loose: apps read their own extra attributes from it. */
export const userAttributesSchema = z.looseObject({
  unique_id: z.string(),
  email: z.string(),
  mfa_enabled: z.boolean(),
  mfa_channel: z.nullable(mfaChannelSchema),
});

export const authTokensSchema = z.object({
  access_token: z.string(),
  token_type: z.string(),
  expires_in: z.number(),
  refresh_token: z.optional(z.string()),
});

/** A completed sign-in: the user and `meta.auth` tokens. */
export const signedInResponseSchema = z.object({
  data: resourceSchema('user', userAttributesSchema),
  meta: z.looseObject({ auth: authTokensSchema }),
});
export type SignedInResponse = z.infer<typeof signedInResponseSchema>;

/** Either outcome of sign-in and passwordless verify. */
export const signInResponseSchema = z.union([mfaRequiredResponseSchema, signedInResponseSchema]);
export type SignInResponse = z.infer<typeof signInResponseSchema>;

/** Passwordless request always answers 200, whether or not the address exists. */
export const passwordlessRequestResponseSchema = z.object({
  meta: z.optional(z.looseObject({})),
});

/**
 * Some servers answer passwordless verify for an MFA user with an error of code
 * `mfa_required` instead of a 200 body. Who and which channel sit in `meta`, at the top
 * level or on the error object.
 */
export const mfaRequiredErrorMetaSchema = z.object({
  unique_id: z.string(),
  mfa_channel: mfaChannelSchema,
  sent_to: z.optional(z.string()),
});

// ------------------------------------------------------ results (what the client returns)

/** The signed-in user. */
export interface AuthUser {
  id: string;
  email: string;
  mfaEnabled: boolean;
  mfaChannel: z.infer<typeof mfaChannelSchema> | null;
  /** Every attribute the server sent, for app-specific fields. */
  attributes: Record<string, unknown>;
}

export interface AuthTokens {
  accessToken: string;
  tokenType: string;
  /** Seconds. */
  expiresIn: number;
  refreshToken?: string | undefined;
}

/** A second factor is needed: ask for a code on `channel`, then call again with it. */
export interface MfaRequired {
  status: 'mfa_required';
  userId: string;
  channel: z.infer<typeof mfaChannelSchema>;
  /** Email channel: the masked address the code went to, when the server says. */
  sentTo?: string | undefined;
}

export interface SignedIn {
  status: 'signed_in';
  user: AuthUser;
  tokens: AuthTokens;
}

/** The outcome of sign-in and passwordless verify. Narrow on `status`. */
export type SignInResult = MfaRequired | SignedIn;
