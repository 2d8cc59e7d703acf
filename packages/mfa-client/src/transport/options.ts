import type { KyInstance } from 'ky';

/** A bearer token, or nothing when signed out. */
export type TokenValue = string | null | undefined;

/**
 * What a request needs, and nothing else: where the API is, the key, the token source,
 * how to send (a `fetch` or the app's own ky instance), how long to wait, and where to log.
 * Every route group (sign-in, MFA, admin) takes these.
 */
export interface TransportOptions {
  /**
   * Where the Auth Block API lives: its final address, since redirects are refused (they
   * would carry the API key and codes elsewhere).
   * @example 'https://auth.api.us.23blocks.com'
   */
  baseUrl: string;
  /** Sent as `X-API-Key` on every request. */
  apiKey: string;
  /**
   * The user's JWT for the routes that need one. Use `getToken` when it changes (after
   * sign-in, on refresh); `getToken` wins when both are given.
   */
  token?: string | undefined;
  /** Called before each request that needs the JWT, for the current one. */
  getToken?: (() => TokenValue | Promise<TokenValue>) | undefined;
  /**
   * A `fetch` to use instead of the global one (tests, edge runtimes, instrumentation).
   * It is called with a `Request` (as ky calls it), the request options already in it.
   */
  fetch?: typeof fetch | undefined;
  /**
   * The app's own ky instance (`ky.create(...)` or `ky.extend(...)`), so its hooks (token
   * refresh, logging, tracing headers) and its `prefix` apply to the kit's requests too.
   * The client layers its own settings on it with `.extend`: `baseUrl`, the deadline,
   * refused redirects, retries of the status read, the body cap. Left out, ky's default
   * instance is used.
   * @example ky: api.extend({ hooks: { beforeRequest: [addTraceHeader] } })
   */
  ky?: KyInstance | undefined;
  /**
   * Milliseconds before a call gives up with an `MfaNetworkError`: the whole exchange,
   * from sending to the last byte of the body, the status read's retries included
   * (ky's `totalTimeout`).
   * @default 10000
   */
  timeout?: number | undefined;
  /**
   * How many times a read (`GET`) is retried after a network error or a 5xx.
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
