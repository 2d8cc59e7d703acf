import { isMfaApiError, isMfaNetworkError, isMfaResponseError } from '@authblock/mfa-client';
import { isMfaOfflineError } from '@authblock/mfa-core';
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
 * A failed code's message followed by how many wrong codes are left, when the server said
 * (`remainingAttempts` in the flow state): "That code is not correct. … 2 tries left."
 */
export function withAttemptsLeft(
  text: string,
  remainingAttempts: number | null,
  messages: MfaCoreMessages,
): string {
  return remainingAttempts === null ? text : `${text} ${messages.attemptsLeft(remainingAttempts)}`;
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
  if (isMfaOfflineError(error)) return 'error.offline';
  if (isMfaNetworkError(error)) return 'error.network';
  if (isMfaResponseError(error)) return 'error.response';
  return 'error.generic';
}

// How errors are classified is the flows' business: one definition, in the core.
export {
  errorCode,
  isCodeRejected,
  isLockout,
  isTransient,
  retryAfterSeconds,
} from '@authblock/mfa-core';
