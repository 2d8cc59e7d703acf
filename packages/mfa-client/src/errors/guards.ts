import type { MfaApiError } from './MfaApiError.ts';
import type { MfaNetworkError } from './MfaNetworkError.ts';
import type { MfaResponseError } from './MfaResponseError.ts';

// By `name`, not `instanceof`: an error from another realm (an iframe, a second copy of
// the package in node_modules) is still recognised.
const hasName = (error: unknown, name: string): boolean =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;

/** The server answered with an error status. */
export function isMfaApiError(error: unknown): error is MfaApiError {
  return hasName(error, 'MfaApiError');
}

/** The request failed or timed out before an answer came. */
export function isMfaNetworkError(error: unknown): error is MfaNetworkError {
  return hasName(error, 'MfaNetworkError');
}

/** The answer's body was not what the API promises. */
export function isMfaResponseError(error: unknown): error is MfaResponseError {
  return hasName(error, 'MfaResponseError');
}

/** Any error thrown by the client itself. */
export function isMfaError(
  error: unknown,
): error is MfaApiError | MfaNetworkError | MfaResponseError {
  return isMfaApiError(error) || isMfaNetworkError(error) || isMfaResponseError(error);
}
