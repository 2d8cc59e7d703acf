/**
 * The error codes this backend answers with. The strings are the ones in
 * `@authblock/mfa-client`'s `MFA_ERROR_CODES`; the type is local until the client's
 * public index exports `KnownMfaErrorCode`, then it becomes an alias of that type.
 */
export type MockErrorCode =
  | 'invalid_api_key'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'bad_request'
  | 'validation_error'
  | 'invalid_credentials'
  | 'invalid_mfa_code'
  | 'code_expired'
  | 'mfa_required'
  | 'mfa_not_enabled'
  | 'mfa_already_enabled'
  | 'mfa_setup_incomplete'
  | 'too_many_attempts'
  | 'rate_limited'
  | 'server_error';

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
  mfa_required: 'Verification code required',
  mfa_not_enabled: 'Two-factor authentication is not enabled',
  mfa_already_enabled: 'Two-factor authentication is already enabled',
  mfa_setup_incomplete: 'Two-factor setup is incomplete',
  too_many_attempts: 'Too many attempts',
  rate_limited: 'Too many requests',
  server_error: 'Server error',
};
