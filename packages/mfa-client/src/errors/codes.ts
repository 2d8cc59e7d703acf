/**
 * Every canonical error `code`, in one place: what `MfaApiError.code` holds whichever
 * dialect the server speaks (the API reference's own codes are mapped onto these; the
 * server's code stays on `serverCode`). The reference backend answers with exactly these
 * in the guide dialect; the React package picks its error text by them. A server may send
 * a code that is not here: `MfaErrorCode` still accepts it.
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
  /**
   * 401: wrong email, password or passwordless code (never says which). Also the API
   * reference's `unauthorized` on sign-in and `GW-PL-011` (wrong passwordless code, with
   * `remainingAttempts`).
   */
  INVALID_CREDENTIALS: 'invalid_credentials',
  /**
   * 401: wrong, reused or unknown second-factor code (TOTP, emailed or backup). The API
   * reference says `mfa_invalid` (sign-in, passwordless) or `45365M` (MFA routes).
   */
  INVALID_MFA_CODE: 'invalid_mfa_code',
  /** 401: the emailed code was right but its 10 minutes are over (reference: `GW-PL-012`). */
  CODE_EXPIRED: 'code_expired',
  /**
   * 401: a right code that was already used (an authenticator code whose 30 s step signed in
   * moments ago): wait for the next one. The reference names no such failure (`mfa_invalid`).
   */
  CODE_USED: 'code_used',
  /**
   * 401: an emailed code that a newer one replaced (after a resend): use the newest email.
   * The reference names no such failure (`mfa_invalid`).
   */
  CODE_REPLACED: 'code_replaced',
  /** 400: no sign-in code is pending for this address: request one (reference: `GW-PL-013`). */
  CODE_NOT_REQUESTED: 'code_not_requested',
  /** The account has MFA on: send the code. As an error only from some servers' passwordless verify. */
  MFA_REQUIRED: 'mfa_required',
  /** 409: MFA is off (disable, or verify with nothing to verify). */
  MFA_NOT_ENABLED: 'mfa_not_enabled',
  /** 409: setup while MFA is on; disable first to switch channel. */
  MFA_ALREADY_ENABLED: 'mfa_already_enabled',
  /** 409: enable before setup, or email enable before the emailed code was verified. */
  MFA_SETUP_INCOMPLETE: 'mfa_setup_incomplete',
  /**
   * Too many wrong codes in a row. 429 with `retryAfter`: locked until then. Without
   * `retryAfter` (the reference's 401 `GW-PL-014`): the sign-in code was cleared, so
   * request a new one; there is nothing to wait for.
   */
  TOO_MANY_ATTEMPTS: 'too_many_attempts',
  /** 429: a code was sent moments ago, or any 429 without a code; resend after `Retry-After`. */
  RATE_LIMITED: 'rate_limited',
  /** 5xx: the server failed. */
  SERVER_ERROR: 'server_error',
} as const;

export type KnownMfaErrorCode = (typeof MFA_ERROR_CODES)[keyof typeof MFA_ERROR_CODES];

/** A known code, or any other string a server may send (`string & {}` keeps autocompletion). */
export type MfaErrorCode = KnownMfaErrorCode | (string & {});

/** The API reference's own codes, and the canonical code each stands for. */
// Literals rather than `MFA_ERROR_CODES.X`: a minifier cannot shorten property names.
const REFERENCE_CODES = new Map<string, KnownMfaErrorCode>([
  ['mfa_invalid', 'invalid_mfa_code'],
  ['45365M', 'invalid_mfa_code'],
  ['GW-PL-011', 'invalid_credentials'],
  ['GW-PL-012', 'code_expired'],
  ['GW-PL-013', 'code_not_requested'],
  ['GW-PL-014', 'too_many_attempts'],
  ['GW-PL-020', 'server_error'],
]);

/** Whether a server code is one only the API reference uses (the client learns the dialect from it). */
export const isReferenceCode = (serverCode: string | undefined): boolean =>
  serverCode !== undefined && REFERENCE_CODES.has(serverCode);

/** The routes that check credentials: they carry no session that could have expired. */
const CREDENTIAL_ROUTES = ['POST /auth/sign_in', 'POST /auth/passwordless/verify'];

/**
 * One canonical code per failure, whichever dialect said it. The one rule that needs the
 * route: a 401 `unauthorized` on sign-in is the reference's "Invalid email or password.",
 * not an expired session.
 */
export function canonicalErrorCode(
  serverCode: string | undefined,
  status: number,
  route: string,
): MfaErrorCode {
  if (serverCode === undefined) {
    if (status === 429) return 'rate_limited';
    return status >= 500 ? 'server_error' : 'unknown_error';
  }
  if (serverCode === 'unauthorized' && CREDENTIAL_ROUTES.includes(route)) {
    return 'invalid_credentials';
  }
  return REFERENCE_CODES.get(serverCode) ?? serverCode;
}
