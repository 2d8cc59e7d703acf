import * as z from 'zod/mini';
import {
  documentSchema,
  type MfaChannel,
  mfaChannelSchema,
  resourceSchema,
  someOf,
} from '../wire/jsonapi.ts';

// --------------------------------------------------------------- responses (wire)

/**
 * Step one for an MFA user, as the 2FA guide shows it: a 200 `user` resource saying who
 * they are and which channel to ask for. No tokens.
 */
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

/**
 * Who and which channel, when an "MFA required" error document says so in a `meta` (the
 * top-level one or the error object's). The API reference's documents say neither, or
 * only `mfa_required: true`; a server that does say must say it well.
 */
export const mfaRequiredErrorMetaSchema = z.looseObject({
  unique_id: z.optional(z.string()),
  mfa_channel: z.optional(mfaChannelSchema),
  sent_to: z.optional(z.string()),
});

/**
 * Step one for an MFA user, as the API reference shows it for sign-in and passwordless
 * verify: HTTP **200** with an error document of code `mfa_required`, no user id, no channel.
 */
export const mfaRequiredErrorDocumentSchema = z.object({
  errors: someOf(
    z.array(
      // Only what is read: the rest of each error object (`status: "200"`, `source`, ...) may be anything.
      z.object({ code: z.literal('mfa_required'), meta: z.optional(mfaRequiredErrorMetaSchema) }),
    ),
    [0],
    'object',
  ),
  meta: z.optional(mfaRequiredErrorMetaSchema),
});
export type MfaRequiredErrorDocument = z.infer<typeof mfaRequiredErrorDocumentSchema>;

/**
 * The signed-in user. Loose: apps read their own extra attributes from it (`first_name`,
 * `has_password`, ...). The MFA fields are in the guide's serializer and may be absent
 * from the reference's.
 */
export const userAttributesSchema = z.looseObject({
  unique_id: z.string(),
  email: z.string(),
  mfa_enabled: z.optional(z.boolean()),
  mfa_channel: z.optional(z.nullable(mfaChannelSchema)),
});

/** `meta.auth`; the reference adds `expires_at`, `scope`, and in OAuth mode the refresh token. */
export const authTokensSchema = z.looseObject({
  access_token: z.string(),
  token_type: z.optional(z.string()),
  expires_in: z.optional(z.number()),
  /** Not typed by either document: a Unix time or a date string. */
  expires_at: z.optional(z.union([z.number(), z.string()])),
  scope: z.optional(z.string()),
  refresh_token: z.optional(z.string()),
  refresh_token_expires_in: z.optional(z.number()),
});
export type AuthTokensWire = z.infer<typeof authTokensSchema>;

/**
 * Where a signed-in answer keeps its tokens: `meta.auth`, or (as the vendor's own SDK also
 * reads) a bare `meta.access_token` or `meta.token`, with `refresh_token` and `expires_in`
 * beside it.
 */
export const signedInMetaSchema = someOf(
  z.looseObject({
    auth: z.optional(authTokensSchema),
    access_token: z.optional(z.string()),
    token: z.optional(z.string()),
    refresh_token: z.optional(z.string()),
    expires_in: z.optional(z.number()),
  }),
  // Named after the documented place, so a tokenless answer points there.
  ['auth', 'access_token', 'token'],
  'object',
);

/** A completed sign-in: the user and the tokens. */
export const signedInResponseSchema = z.object({
  data: resourceSchema('user', userAttributesSchema),
  meta: signedInMetaSchema,
});
export type SignedInResponse = z.infer<typeof signedInResponseSchema>;

/** Every outcome of sign-in and passwordless verify with status 200, in either dialect. */
export const signInResponseSchema = z.union([
  mfaRequiredResponseSchema,
  mfaRequiredErrorDocumentSchema,
  signedInResponseSchema,
]);
export type SignInResponse = z.infer<typeof signInResponseSchema>;

/**
 * Passwordless request always answers 200, whether or not the address exists. The guide
 * shows no body; the reference a `passwordless` resource with `id: null`.
 */
export const passwordlessRequestResponseSchema = z.object({
  data: z.optional(
    z.object({
      id: z.optional(z.nullable(z.string())),
      type: z.literal('passwordless'),
      attributes: z.object({
        /** The masked address, `u***@example.com`. */
        email_hint: z.optional(z.string()),
        /** Seconds the code stays valid. */
        expires_in: z.optional(z.number()),
      }),
    }),
  ),
  meta: z.optional(z.looseObject({})),
});
export type PasswordlessRequestResponse = z.infer<typeof passwordlessRequestResponseSchema>;

// ------------------------------------------------------ results (what the client returns)

/** The signed-in user. */
export interface AuthUser {
  id: string;
  email: string;
  /** Whether MFA is on, when the server's user carries it (the guide's does; the reference's may not). */
  mfaEnabled?: boolean;
  /** The channel in use (`null`: MFA off), when the server's user carries it. */
  mfaChannel?: MfaChannel | null;
  /** Every attribute the server sent, for app-specific fields (`first_name`, `has_password`, ...). */
  attributes: Record<string, unknown>;
}

export interface AuthTokens {
  accessToken: string;
  /** As the server says; `'Bearer'` when it does not. */
  tokenType: string;
  /** Seconds the access token lasts, when the server says. */
  expiresIn?: number | undefined;
  /** When the access token ends, as the server wrote it (a Unix time or a date string). */
  expiresAt?: number | string | undefined;
  scope?: string | undefined;
  /** With the `oauthMode` option (reference) or whenever the server sends one (guide). */
  refreshToken?: string | undefined;
  /** Seconds the refresh token lasts, when the server says. */
  refreshTokenExpiresIn?: number | undefined;
}

/**
 * A second factor is needed: ask for a code, then call again with it (or a backup code).
 * The guide's server says who and which channel; the API reference's says neither.
 */
export interface MfaRequired {
  status: 'mfa_required';
  /** The user's id, when the server names them. Step two needs only the same credentials. */
  userId?: string;
  /**
   * Where the code comes from; `'unknown'` when the server does not say: ask for "the code
   * from your authenticator app or the one we emailed you".
   */
  channel: MfaChannel | 'unknown';
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

/** A sign-in code was sent (or not: the answer never says whether the address exists). */
export interface PasswordlessRequested {
  /** The masked address, when the server says (reference: `email_hint`). */
  sentTo?: string;
  /** Seconds the code stays valid, when the server says. */
  expiresIn?: number;
}
