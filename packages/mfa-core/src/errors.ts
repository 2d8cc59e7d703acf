import { isMfaApiError, isMfaNetworkError } from '@authblock/mfa-client';

/**
 * The device is offline, so the flow did not send anything. Nothing is queued either: a
 * code held until the connection returns could be stale and would count toward the
 * lockout. Back online, the person submits again.
 */
export class MfaOfflineError extends Error {
  override readonly name = 'MfaOfflineError';

  constructor(options?: { cause?: unknown }) {
    super('The device is offline; nothing was sent.', options);
  }
}

/** By `name`, like the client's guards, so it works across realms and bundle copies. */
export function isMfaOfflineError(error: unknown): error is MfaOfflineError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'MfaOfflineError'
  );
}

/** The error code of an API error, or `undefined` for anything else. */
export function errorCode(error: unknown): string | undefined {
  return isMfaApiError(error) ? error.code : undefined;
}

/** Seconds the server asked us to wait (429 `Retry-After`), when it said. */
export function retryAfterSeconds(error: unknown): number | undefined {
  if (!isMfaApiError(error)) return undefined;
  const seconds = error.retryAfter;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0
    ? seconds
    : undefined;
}

/**
 * Wrong codes still allowed before the lock (or before the code is cleared), when the
 * server said so with this failure (`meta.remaining_attempts`).
 */
export function remainingAttempts(error: unknown): number | undefined {
  return isMfaApiError(error) ? error.remainingAttempts : undefined;
}

/** A lockout: too many wrong codes; the form stays closed until `Retry-After`. */
export function isLockout(error: unknown): boolean {
  return errorCode(error) === 'too_many_attempts';
}

/**
 * The request rejected what the person typed (wrong, expired, malformed): the field is
 * marked invalid. Network failures, rate limits (a resend asked too soon) and lockouts are
 * not about what was typed, so they leave the field valid.
 */
export function isCodeRejected(error: unknown): boolean {
  const code = errorCode(error);
  return (
    code === 'invalid_mfa_code' ||
    code === 'code_expired' ||
    code === 'code_used' ||
    code === 'code_replaced' ||
    code === 'invalid_credentials' ||
    code === 'validation_error'
  );
}

/**
 * Worth sending again as-is: the request may never have arrived (network, offline) or the
 * server failed.
 */
export function isTransient(error: unknown): boolean {
  if (isMfaNetworkError(error) || isMfaOfflineError(error)) return true;
  return isMfaApiError(error) && error.status >= 500;
}
