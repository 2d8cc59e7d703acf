import type { KnownMfaErrorCode } from '@authblock/mfa-client';

/**
 * The error codes this backend answers with: exactly the client's `MFA_ERROR_CODES`.
 * `ERROR_TITLES` is keyed by it, so a code added to the client fails the type check here
 * until the mock knows it too.
 */
export type MockErrorCode = KnownMfaErrorCode;

/** A short, fixed title per code: never built from request data. */
export const ERROR_TITLES: Record<MockErrorCode, string> = {
  invalid_api_key: 'Invalid API key',
  unauthorized: 'Unauthorized',
  forbidden: 'Forbidden',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  bad_request: 'Bad request',
  validation_error: 'Validation error',
  invalid_credentials: 'Invalid credentials',
  invalid_mfa_code: 'Invalid verification code',
  code_expired: 'Code expired',
  code_used: 'Code already used',
  code_replaced: 'Code replaced by a newer one',
  code_not_requested: 'No code was requested',
  mfa_required: 'Verification code required',
  mfa_not_enabled: 'Two-factor authentication is not enabled',
  mfa_already_enabled: 'Two-factor authentication is already enabled',
  mfa_setup_incomplete: 'Two-factor setup is incomplete',
  too_many_attempts: 'Too many attempts',
  rate_limited: 'Too many requests',
  server_error: 'Server error',
};
