import {
  array,
  boolean,
  type Infer,
  literal,
  looseObject,
  nullable,
  number,
  object,
  optional,
  string,
  union,
} from '../wire/check.ts';
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
    object({
      unique_id: string,
      mfa_required: literal(true),
      mfa_channel: mfaChannelSchema,
      /** Email channel: the masked address the code went to. */
      sent_to: optional(string),
    }),
  ),
);
export type MfaRequiredResponse = Infer<typeof mfaRequiredResponseSchema>;

/**
 * Who and which channel, when an "MFA required" error document says so in a `meta` (the
 * top-level one or the error object's). The API reference's documents say neither, or
 * only `mfa_required: true`; a server that does say must say it well.
 */
export const mfaRequiredErrorMetaSchema = looseObject({
  unique_id: optional(string),
  mfa_channel: optional(mfaChannelSchema),
  sent_to: optional(string),
});

/**
 * Step one for an MFA user, as the API reference shows it for sign-in and passwordless
 * verify: HTTP **200** with an error document of code `mfa_required`, no user id, no channel.
 */
export const mfaRequiredErrorDocumentSchema = object({
  errors: someOf(
    array(
      // Only what is read: the rest of each error object (`status: "200"`, `source`, ...) may be anything.
      object({ code: literal('mfa_required'), meta: optional(mfaRequiredErrorMetaSchema) }),
    ),
    [0],
    'object',
  ),
  meta: optional(mfaRequiredErrorMetaSchema),
});
export type MfaRequiredErrorDocument = Infer<typeof mfaRequiredErrorDocumentSchema>;

/**
 * The signed-in user. Loose: apps read their own extra attributes from it (`first_name`,
 * `has_password`, ...). The MFA fields are in the guide's serializer and may be absent
 * from the reference's.
 */
export const userAttributesSchema = looseObject({
  unique_id: string,
  email: string,
  mfa_enabled: optional(boolean),
  mfa_channel: optional(nullable(mfaChannelSchema)),
});

/** `meta.auth`; the reference adds `expires_at`, `scope`, and in OAuth mode the refresh token. */
export const authTokensSchema = looseObject({
  access_token: string,
  token_type: optional(string),
  expires_in: optional(number),
  /** Not typed by either document: a Unix time or a date string. */
  expires_at: optional(union(number, string)),
  scope: optional(string),
  refresh_token: optional(string),
  refresh_token_expires_in: optional(number),
});
export type AuthTokensWire = Infer<typeof authTokensSchema>;

/**
 * Where a signed-in answer keeps its tokens: `meta.auth`, or (as the vendor's own SDK also
 * reads) a bare `meta.access_token` or `meta.token`, with `refresh_token` and `expires_in`
 * beside it.
 */
export const signedInMetaSchema = someOf(
  looseObject({
    auth: optional(authTokensSchema),
    access_token: optional(string),
    token: optional(string),
    refresh_token: optional(string),
    expires_in: optional(number),
  }),
  // Named after the documented place, so a tokenless answer points there.
  ['auth', 'access_token', 'token'],
  'object',
);

/** A completed sign-in: the user and the tokens. */
export const signedInResponseSchema = object({
  data: resourceSchema('user', userAttributesSchema),
  meta: signedInMetaSchema,
});
export type SignedInResponse = Infer<typeof signedInResponseSchema>;

/** Every outcome of sign-in and passwordless verify with status 200, in either dialect. */
export const signInResponseSchema = union(
  mfaRequiredResponseSchema,
  mfaRequiredErrorDocumentSchema,
  signedInResponseSchema,
);
export type SignInResponse = Infer<typeof signInResponseSchema>;

/**
 * Passwordless request always answers 200, whether or not the address exists. The guide
 * shows no body; the reference a `passwordless` resource with `id: null`.
 */
export const passwordlessRequestResponseSchema = object({
  data: optional(
    object({
      id: optional(nullable(string)),
      type: literal('passwordless'),
      attributes: object({
        /** The masked address, `u***@example.com`. */
        email_hint: optional(string),
        /** Seconds the code stays valid. */
        expires_in: optional(number),
      }),
    }),
  ),
  meta: optional(looseObject({})),
});
export type PasswordlessRequestResponse = Infer<typeof passwordlessRequestResponseSchema>;

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
