import type { ErrorObject } from '../wire/jsonapi.ts';
import { canonicalErrorCode, type MfaErrorCode } from './codes.ts';

export interface MfaApiErrorInit {
  /** The route template, e.g. `POST /users/:id/mfa/verify`. */
  route: string;
  status: number;
  errors?: ErrorObject[] | undefined;
  meta?: Record<string, unknown> | undefined;
  retryAfter?: number | undefined;
  /** Used as the title when the body has no error object (an HTML error page, say). */
  statusText?: string | undefined;
  response?: Response | undefined;
}

/**
 * The server answered with an error status. `code` is stable and meant for branching and
 * for picking the text shown to the user; `title` and `detail` are the server's own words.
 *
 * @example
 * ```ts
 * try {
 *   await client.mfa.verify(userId, { code });
 * } catch (error) {
 *   if (isMfaApiError(error) && error.code === MFA_ERROR_CODES.TOO_MANY_ATTEMPTS) {
 *     showLockout(error.retryAfter);
 *   }
 * }
 * ```
 */
export class MfaApiError extends Error {
  override readonly name = 'MfaApiError' as const;
  /** The route template, e.g. `POST /users/:id/mfa/verify` (no ids, no query). */
  readonly route: string;
  /** The HTTP status. */
  readonly status: number;
  /**
   * The canonical code of the first error, whichever dialect the server speaks (`45365M`
   * and `mfa_invalid` are both `invalid_mfa_code`, see `MFA_ERROR_CODES`). When the server
   * sent none: `'rate_limited'` for a 429, `'server_error'` for a 5xx, else `'unknown_error'`.
   */
  readonly code: MfaErrorCode;
  /** The first error's `code` exactly as the server sent it, e.g. `GW-PL-011`. */
  readonly serverCode: string | undefined;
  /**
   * Wrong codes still allowed before the lock or before the code is cleared, when the
   * server says: `meta.remaining_attempts` (the API reference), or `meta.attempts_remaining`
   * (what the mock's guide dialect sends on a wrong second factor).
   */
  readonly remainingAttempts: number | undefined;
  readonly title: string | undefined;
  readonly detail: string | undefined;
  /** Seconds to wait before trying again (429 lockouts, resend cooldowns), when the server says. */
  readonly retryAfter: number | undefined;
  /** Every error object the server sent (empty when the body was not a JSON:API error). */
  readonly errors: ErrorObject[];
  /** The top-level `meta` of the error document. */
  readonly meta: Record<string, unknown> | undefined;
  /** The raw response, for headers the client does not read. Not enumerable. */
  declare readonly response: Response | undefined;

  constructor(init: MfaApiErrorInit) {
    const errors = init.errors ?? [];
    const first = errors[0];
    const code = canonicalErrorCode(first?.code, init.status, init.route);
    const title = first?.title ?? (init.statusText || undefined);
    // Built from what the server said, never from what was sent: no codes, no passwords.
    // A server may still echo the request into its words, so they reach the message
    // (and every log line that prints it) escaped and cut short.
    super(
      `${init.route} answered ${init.status} ${printable(code, MAX_CODE)}${title ? `: ${printable(title, MAX_TITLE)}` : ''}`,
    );
    this.route = init.route;
    this.status = init.status;
    this.code = code;
    this.serverCode = first?.code;
    this.remainingAttempts = attemptsLeft(
      init.meta?.remaining_attempts ??
        init.meta?.attempts_remaining ??
        first?.meta?.remaining_attempts,
    );
    this.title = title;
    this.detail = first?.detail;
    this.retryAfter = init.retryAfter;
    this.errors = errors;
    this.meta = init.meta;
    Object.defineProperty(this, 'response', { value: init.response, enumerable: false });
  }

  /** Safe fields only: what a log line may carry. */
  toJSON() {
    return {
      name: this.name,
      message: this.message,
      route: this.route,
      status: this.status,
      code: this.code,
      serverCode: this.serverCode,
      remainingAttempts: this.remainingAttempts,
      title: this.title,
      detail: this.detail,
      retryAfter: this.retryAfter,
    };
  }
}

/** How much of the server's `code` and `title` the message carries; the fields keep all. */
export const MAX_CODE = 64;
export const MAX_TITLE = 120;

/**
 * `text` safe for one log line: control and invisible formatting characters (newlines,
 * escape sequences, bidi overrides) written as `\u` escapes, then cut to `max` characters
 * with an ellipsis.
 */
function printable(text: string, max: number): string {
  const escaped = text.replace(
    /[\p{Cc}\p{Cf}\u2028\u2029]/gu,
    (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
  return escaped.length > max ? `${escaped.slice(0, max - 1)}…` : escaped;
}

const attemptsLeft = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
