/**
 * The API reference's own error codes, for the failures it names differently from the
 * guide (whose codes are the client's canonical `MFA_ERROR_CODES`).
 */
export const REFERENCE_ERROR_TITLES = {
  /** A wrong second factor at sign-in or passwordless verify. */
  mfa_invalid: 'Invalid MFA Code',
  /** The MFA controller's "invalid code". */
  '45365M': 'Invalid Code',
  /** 400: a wrong passwordless code; `meta.remaining_attempts` says how many are left. */
  'GW-PL-011': 'Invalid Code',
  /** 400: the passwordless code has expired. */
  'GW-PL-012': 'Code Expired',
  /** 400: no passwordless code is pending for this address. */
  'GW-PL-013': 'No Pending Code',
  /** 401: too many wrong passwordless codes; the code was cleared. */
  'GW-PL-014': 'Too Many Attempts',
  /** 500: the passwordless controller failed. */
  'GW-PL-020': 'Server Error',
} as const;

export type ReferenceErrorCode = keyof typeof REFERENCE_ERROR_TITLES;
