import { isMfaApiError, isMfaNetworkError, isMfaResponseError } from '@authblock/mfa-client';
import { errorCode, isMfaOfflineError } from '@authblock/mfa-core';
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
 * A wrong emailed code after "Resend": a server that says only "wrong" (the API
 * reference's) may mean the code was replaced, and the kit knows a newer one went out, so
 * it says which one works ("if you get your codes by email" when the server named no
 * channel). A server that says `code_replaced` has its own words already.
 */
export function withNewestCodeHint(
  text: string,
  error: unknown,
  resent: 'email' | 'if-email' | false,
  messages: MfaCoreMessages,
): string {
  const code = errorCode(error);
  if (!resent || (code !== 'invalid_mfa_code' && code !== 'invalid_credentials')) return text;
  return `${text} ${resent === 'email' ? messages.newestCodeOnly : messages.newestCodeOnlyIfEmail}`;
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
