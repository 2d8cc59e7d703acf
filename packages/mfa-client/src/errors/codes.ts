/**
 * Every error `code` the Auth Block MFA routes are known to answer with, in one place.
 * The reference backend answers with exactly these; the React package picks its error
 * text by them. A server may send a code that is not here: `MfaErrorCode` still accepts it.
 */
export const MFA_ERROR_CODES = {
  /** 401: missing or unknown `X-API-Key`. */
  INVALID_API_KEY: 'invalid_api_key',
  /** 401: missing, forged or expired JWT on a `/users/:id/mfa/*` route. */
  UNAUTHORIZED: 'unauthorized',
  /** 403: the JWT belongs to another user. */
  FORBIDDEN: 'forbidden',
  /** 404: no such route or user. */
  NOT_FOUND: 'not_found',
  /** 405: the route exists, the method does not. */
  METHOD_NOT_ALLOWED: 'method_not_allowed',
  /** 400: the body is not JSON. */
  BAD_REQUEST: 'bad_request',
  /** 422: a field is missing or malformed; `source.pointer` names it. */
  VALIDATION_ERROR: 'validation_error',
  /** 401: wrong email, password or passwordless code (never says which). */
  INVALID_CREDENTIALS: 'invalid_credentials',
  /** 401: wrong, reused or unknown second-factor code (TOTP, emailed or backup). */
  INVALID_MFA_CODE: 'invalid_mfa_code',
  /** 401: the emailed code was right but its 10 minutes are over. */
  CODE_EXPIRED: 'code_expired',
  /** The account has MFA on: send the code. As an error only from some servers' passwordless verify. */
  MFA_REQUIRED: 'mfa_required',
  /** 409: MFA is off (disable, or verify with nothing to verify). */
  MFA_NOT_ENABLED: 'mfa_not_enabled',
  /** 409: setup while MFA is on; disable first to switch channel. */
  MFA_ALREADY_ENABLED: 'mfa_already_enabled',
  /** 409: enable before setup, or email enable before the emailed code was verified. */
  MFA_SETUP_INCOMPLETE: 'mfa_setup_incomplete',
  /** 429: too many wrong codes in a row; locked until `Retry-After`. */
  TOO_MANY_ATTEMPTS: 'too_many_attempts',
  /** 429: a code was sent moments ago; resend after `Retry-After`. */
  RATE_LIMITED: 'rate_limited',
  /** 5xx: the server failed. */
  SERVER_ERROR: 'server_error',
} as const;

export type KnownMfaErrorCode = (typeof MFA_ERROR_CODES)[keyof typeof MFA_ERROR_CODES];

/** A known code, or any other string a server may send (`string & {}` keeps autocompletion). */
export type MfaErrorCode = KnownMfaErrorCode | (string & {});
