import type { SignInResult } from './auth/schemas.ts';
import type { MfaChannel, MfaSetup, MfaStatus, MfaVerification } from './mfa/schemas.ts';

/** A bearer token, or nothing when signed out. */
export type TokenValue = string | null | undefined;

export interface MfaClientOptions {
  /**
   * Where the Auth Block API lives: its final address, since redirects are refused (they
   * would carry the API key and codes elsewhere).
   * @example 'https://auth.api.us.23blocks.com'
   */
  baseUrl: string;
  /** Sent as `X-API-Key` on every request. */
  apiKey: string;
  /**
   * The user's JWT for the `/users/:id/mfa/*` routes. Use `getToken` when it changes
   * (after sign-in, on refresh); `getToken` wins when both are given.
   */
  token?: string | undefined;
  /** Called before each `/users/:id/mfa/*` request for the current JWT. */
  getToken?: (() => TokenValue | Promise<TokenValue>) | undefined;
  /** A `fetch` to use instead of the global one (tests, edge runtimes, instrumentation). */
  fetch?: typeof fetch | undefined;
  /**
   * Milliseconds before a call gives up with an `MfaNetworkError`: the whole exchange,
   * from sending to the last byte of the body, the status read's retries included.
   * @default 10000
   */
  timeout?: number | undefined;
  /**
   * How many times the status read is retried after a network error or a 5xx.
   * Code submissions are never retried: a code may only be spent once.
   * @default 2
   */
  retries?: number | undefined;
  /**
   * Receives one event per request for logging. Events never carry bodies, headers,
   * codes, passwords, secrets or tokens.
   */
  onDebug?: ((event: MfaDebugEvent) => void) | undefined;
}

/** What `onDebug` receives: enough to trace a request, nothing secret. */
export interface MfaDebugEvent {
  /** The route template, e.g. `POST /users/:id/mfa/verify` (no ids, no query). */
  route: string;
  /** HTTP status, or `undefined` when no response came. */
  status?: number | undefined;
  /** The error `code` or error class name when the call failed. */
  error?: string | undefined;
  durationMs: number;
}

/** Per-call options. */
export interface RequestOptions {
  /** Cancels the request (TanStack Query passes its own). */
  signal?: AbortSignal | undefined;
}

/** The `/users/:id/mfa/*` routes. Each needs the user's JWT. */
export interface MfaRoutes {
  /** Starts setup: TOTP returns the secret and QR URI; email sends a 6-digit code. */
  setup(
    userId: string,
    input: { channel: MfaChannel },
    options?: RequestOptions,
  ): Promise<MfaSetup>;
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
  /** Checks a TOTP, email or backup code (a backup code is spent). */
  verify(
    userId: string,
    input: { code: string },
    options?: RequestOptions,
  ): Promise<MfaVerification>;
  /** Reads the current state. The only call that is retried. */
  status(userId: string, options?: RequestOptions): Promise<MfaStatus>;
}

/** The sign-in routes. No JWT needed. */
export interface AuthRoutes {
  /** Email and password; add `mfaCode` on the second step. */
  signIn(
    input: { email: string; password: string; mfaCode?: string | undefined },
    options?: RequestOptions,
  ): Promise<SignInResult>;
  /** Emails a sign-in code. Resolves whether or not the address exists. */
  requestPasswordless(input: { email: string }, options?: RequestOptions): Promise<void>;
  /** The emailed sign-in code; add `mfaCode` when the result asks for it. */
  verifyPasswordless(
    input: { email: string; code: string; mfaCode?: string | undefined },
    options?: RequestOptions,
  ): Promise<SignInResult>;
}

export interface MfaClient {
  mfa: MfaRoutes;
  auth: AuthRoutes;
}
