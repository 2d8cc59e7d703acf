import type { PasswordlessRequested, SignInResult } from './auth/schemas.ts';
import type { Dialect } from './dialect.ts';
import type { MfaChannel, MfaSetup, MfaStatus, MfaVerification } from './mfa/schemas.ts';
import type { TransportOptions } from './transport/options.ts';

export type { MfaDebugEvent, TokenValue } from './transport/options.ts';

/**
 * The client's options: what every request needs (`TransportOptions`: base URL, key, token
 * source, `fetch` or ky instance, timeout, retries, debug), and what the sign-in and MFA
 * routes add.
 */
export interface MfaClientOptions extends TransportOptions {
  /**
   * Which vendor document the server follows: `'guide'` (the 2FA guide) or `'reference'`
   * (the API reference). Answers of both are read either way; this decides where a backup
   * code is sent (`backup_code` for the reference, as the code itself for the guide).
   * Left out, the client assumes `'guide'` until it reads an answer only the reference
   * gives (a reference server's MFA sign-in always starts with one), then `'reference'`.
   */
  dialect?: Dialect | undefined;
  /**
   * Sends `X-OAuth-Mode: true` on sign-in and passwordless verify, so a server of the API
   * reference adds a refresh token (`tokens.refreshToken`).
   * @default false
   */
  oauthMode?: boolean | undefined;
  /**
   * This device's id, sent as `X-Device-ID` on sign-in and passwordless verify, so a server
   * of the API reference can list and revoke this device's sessions on their own. Printable
   * ASCII without spaces, at most 255 characters (checked when the client is created). Like
   * the other credentials it never appears in errors, URLs or debug events.
   * @example deviceId: localStorage.getItem('device-id') ?? undefined
   */
  deviceId?: string | undefined;
  /**
   * For tenants that enforce reCAPTCHA: called before each sign-in and passwordless call
   * (both steps of an MFA sign-in included) for a fresh token, sent as the body's
   * `recaptcha_token`. A call's own `recaptchaToken` wins. Every layer above the client
   * (the flows in `@authblock/mfa-core`, the React components) gets it with no more code.
   * @example getRecaptchaToken: () => grecaptcha.execute(SITE_KEY, { action: 'login' })
   */
  getRecaptchaToken?: (() => string | undefined | Promise<string | undefined>) | undefined;
}

/** Per-call options. */
export interface RequestOptions {
  /** Cancels the request (TanStack Query passes its own). */
  signal?: AbortSignal | undefined;
}

/** The `/users/:id/mfa/*` routes. Each needs the user's JWT. */
export interface MfaRoutes {
  /** Starts setup: TOTP returns the secret and QR URI; email sends a 6-digit code. */
  setup(userId: string, input: MfaSetupInput, options?: RequestOptions): Promise<MfaSetup>;
  /** Turns MFA on: TOTP with a code from the app; email after `verify` accepted the emailed code. */
  enable(
    userId: string,
    input: { totpCode: string } | { channel: 'email' },
    options?: RequestOptions,
  ): Promise<MfaStatus>;
  /** Turns MFA off; the password confirms it is the user. */
  disable(
    userId: string,
    input: { password: string },
    options?: RequestOptions,
  ): Promise<MfaStatus>;
  /**
   * Checks a TOTP or emailed code, or a backup code (which is spent). Pass a backup code
   * as `backupCode` so it reaches a server of either dialect in the field it reads.
   */
  verify(
    userId: string,
    input: { code: string } | { backupCode: string },
    options?: RequestOptions,
  ): Promise<MfaVerification>;
  /** Reads the current state. The only call that is retried. */
  status(userId: string, options?: RequestOptions): Promise<MfaStatus>;
}

/** What `mfa.setup` starts. */
export interface MfaSetupInput {
  channel: MfaChannel;
  /**
   * Starts over while MFA is on (API reference servers: `regenerate: "true"`): a new secret
   * and new backup codes, and MFA stays off until it is enabled again with the new secret.
   * A guide server does not know it and refuses setup while MFA is on (409
   * `mfa_already_enabled`): turn MFA off first there.
   *
   * **What a stolen token can do with it.** On a server that follows the API reference,
   * this call needs the bearer token and nothing else: no password, no current code, and
   * the reference does not say it is refused while the account is locked. Whoever holds
   * a user's token can therefore turn that user's MFA off, take the new secret and backup
   * codes, and enable MFA again with their own authenticator; the owner's next sign-in
   * then asks for a code from the attacker's app. Send it only after the person has just
   * proved who they are again (password and current second factor), and keep tokens short
   * lived. The kit's components never send it on their own.
   * @default false
   */
  regenerate?: boolean | undefined;
}

/**
 * Tenants of the API reference may enforce reCAPTCHA on sign-in and passwordless calls:
 * the token from the page's reCAPTCHA widget, sent as the body's `recaptcha_token`. Each
 * token is good for one call, so ask the widget for a new one per call (step two of an
 * MFA sign-in included), or give the client `getRecaptchaToken` to do it for every call.
 */
export interface RecaptchaInput {
  recaptchaToken?: string | undefined;
}

/**
 * The second factor on step two: the code from the app or the email as `mfaCode`, or a
 * backup code as `backupCode` (sent where the server's dialect reads it). Neither on step one.
 */
export type SecondFactorInput =
  | { mfaCode?: string | undefined; backupCode?: undefined }
  | { backupCode: string; mfaCode?: undefined };

/** The sign-in routes. No JWT needed. */
export interface AuthRoutes {
  /** Email and password; add `mfaCode` (or `backupCode`) on the second step. */
  signIn(
    input: { email: string; password: string } & SecondFactorInput & RecaptchaInput,
    options?: RequestOptions,
  ): Promise<SignInResult>;
  /**
   * Emails a sign-in code. Resolves whether or not the address exists, with the masked
   * address and the code's lifetime when the server says.
   */
  requestPasswordless(
    input: { email: string } & RecaptchaInput,
    options?: RequestOptions,
  ): Promise<PasswordlessRequested>;
  /** The emailed sign-in code; add `mfaCode` (or `backupCode`) when the result asks for it. */
  verifyPasswordless(
    input: { email: string; code: string } & SecondFactorInput & RecaptchaInput,
    options?: RequestOptions,
  ): Promise<SignInResult>;
}

export interface MfaClient {
  mfa: MfaRoutes;
  auth: AuthRoutes;
}
