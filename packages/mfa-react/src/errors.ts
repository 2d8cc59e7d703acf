import { isMfaApiError, isMfaNetworkError, isMfaResponseError } from '@authblock/mfa-client';
import type { MfaCoreMessages } from './messages.ts';

type ErrorMessageKey = Extract<keyof MfaCoreMessages, `error.${string}`>;

/**
 * The message to show for a failed call, chosen by error code; never the server's own
 * text. Unknown codes fall back to a generic message.
 */
export function errorText(error: unknown, messages: MfaCoreMessages): string {
  const text: unknown = messages[errorMessageKey(error, messages)];
  return typeof text === 'string' ? text : messages['error.generic'];
}

/**
 * Which `error.*` message an error maps to. A code the map has no entry for (a server may
 * send new ones) falls back to the server-error or generic message.
 */
export function errorMessageKey(error: unknown, messages: MfaCoreMessages): ErrorMessageKey {
  if (isMfaApiError(error)) {
    const key = `error.${error.code}`;
    if (Object.hasOwn(messages, key)) return key as ErrorMessageKey;
    return error.status >= 500 ? 'error.server_error' : 'error.generic';
  }
  if (isMfaNetworkError(error)) return 'error.network';
  if (isMfaResponseError(error)) return 'error.response';
  return 'error.generic';
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

/** A lockout: too many wrong codes; the form stays closed until `Retry-After`. */
export function isLockout(error: unknown): boolean {
  return errorCode(error) === 'too_many_attempts';
}

/**
 * The verification request rejected the code the user typed (wrong, expired, malformed):
 * the code field is marked invalid. Network failures, rate limits (a resend asked too
 * soon) and lockouts are not about what was typed, so they leave the field valid.
 */
export function isCodeRejected(error: unknown): boolean {
  const code = errorCode(error);
  return (
    code === 'invalid_mfa_code' ||
    code === 'code_expired' ||
    code === 'invalid_credentials' ||
    code === 'validation_error'
  );
}

/** Errors worth retrying as-is: the request may never have arrived or the server failed. */
export function isTransient(error: unknown): boolean {
  if (isMfaNetworkError(error)) return true;
  return isMfaApiError(error) && error.status >= 500;
}
