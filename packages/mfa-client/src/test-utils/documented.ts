/**
 * Every JSON example of the two vendor documents, transcribed as written (placeholders such
 * as `"..."` filled with plausible values), one constant per example, named after its
 * document and section:
 * - `guide`: `auth-block-2fa.md`, the 2FA guide;
 * - `reference`: `auth-block-api-reference.md`, the vendor's API reference.
 * The contract tests (`dialects.contract.test.ts`) feed each one to the client.
 */

// ------------------------------------------------------------------- the 2FA guide

export const guide = {
  /** "Setup MFA / TOTP (Authenticator App)", response. */
  totpSetup: {
    data: {
      id: 'mfa_setup_123',
      type: 'mfa_setup',
      attributes: {
        channel: 'totp',
        secret: 'JBSWY3DPEHPK3PXP',
        qr_code_uri:
          'otpauth://totp/YourApp:user@example.com?secret=JBSWY3DPEHPK3PXP&issuer=YourApp',
        backup_codes: [
          '12345678',
          '23456789',
          '34567890',
          '45678901',
          '56789012',
          '67890123',
          '78901234',
          '89012345',
          '90123456',
          '01234567',
        ],
      },
    },
  },
  /** "Check MFA Status", response. */
  status: {
    data: {
      id: 'usr_abc123',
      type: 'mfa_status',
      attributes: { mfa_enabled: true, mfa_channel: 'totp', backup_codes_remaining: 9 },
    },
  },
  /** "Handling MFA in Login Flow", step 1: "Response when MFA is required". */
  mfaRequired: {
    data: {
      id: 'usr_abc123',
      type: 'user',
      attributes: { unique_id: 'usr_abc123', mfa_required: true, mfa_channel: 'totp' },
    },
  },
  /** The request bodies of the guide's curl examples. */
  requests: {
    totpSetup: { channel: 'totp' },
    emailSetup: { channel: 'email' },
    totpEnable: { totp_code: '123456' },
    emailEnable: { channel: 'email' },
    disable: { password: 'UserPassword123' },
    verify: { code: '123456' },
    signIn: { email: 'user@example.com', password: 'SecurePassword123' },
    signInWithCode: {
      email: 'user@example.com',
      password: 'SecurePassword123',
      mfa_code: '123456',
    },
  },
} as const;

// ---------------------------------------------------------------- the API reference

const REFERENCE_BACKUP_CODES = [
  'A1B2C3D4',
  'E5F6G7H8',
  'J9K8L7M6',
  'N5P4Q3R2',
  'S1T2U3V4',
  'W5X6Y7Z8',
  'ABCD2345',
  'EFGH6789',
  'KLMN2345',
  'PQRS6789',
];

/** "POST /auth/sign_in", success. */
const referenceSignedIn = {
  data: {
    id: 'usr_abc123',
    type: 'user',
    attributes: {
      unique_id: 'usr_abc123',
      email: 'user@example.com',
      first_name: 'Ada',
      last_name: 'Lovelace',
      has_password: true,
    },
  },
  meta: {
    auth: {
      access_token: 'eyJhbGciOiJSUzI1NiJ9.REFERENCE.ACCESS',
      token_type: 'Bearer',
      expires_in: 86400,
      expires_at: 1_893_542_400,
      scope: 'user',
      oauth_mode: false,
    },
  },
};

export const reference = {
  /** "Errors (reference)": the example error document. */
  error: {
    errors: [
      {
        status: '401',
        source: 'MFA Controller',
        code: '45365M',
        title: 'Invalid Code',
        detail: 'Invalid TOTP code provided',
      },
    ],
    meta: {},
  },
  /** "POST /auth/sign_in", success. */
  signedIn: referenceSignedIn,
  /** "POST /auth/sign_in", success in OAuth mode: `refresh_token` and its lifetime added. */
  signedInOauth: {
    ...referenceSignedIn,
    meta: {
      auth: {
        ...referenceSignedIn.meta.auth,
        oauth_mode: true,
        refresh_token: 'REFERENCE.REFRESH',
        refresh_token_expires_in: 2_592_000,
      },
    },
  },
  /** "POST /auth/sign_in", MFA required: HTTP 200 with an error document. */
  signInMfaRequired: { errors: [{ code: 'mfa_required', meta: { mfa_required: true } }] },
  /** "POST /auth/sign_in", wrong second factor: 401. */
  signInMfaInvalid: { errors: [{ code: 'mfa_invalid' }] },
  /** "POST /auth/sign_in", wrong password: 401. */
  signInUnauthorized: {
    errors: [{ status: '401', code: 'unauthorized', detail: 'Invalid email or password.' }],
  },
  /** "POST /auth/passwordless/request": always 200. */
  passwordlessRequested: {
    data: {
      id: null,
      type: 'passwordless',
      attributes: { status: 'otp_sent', email_hint: 'u***@example.com', expires_in: 600 },
    },
  },
  /** "POST /auth/passwordless/verify", MFA required: HTTP 200 with an error document. */
  passwordlessMfaRequired: {
    errors: [
      {
        status: '200',
        source: 'Passwordless',
        code: 'mfa_required',
        title: 'MFA Required',
        detail: 'Multi-factor authentication is required.',
      },
    ],
  },
  /** "Errors (reference)": the passwordless codes, with their documented statuses. */
  passwordlessErrors: {
    'GW-PL-011': {
      status: 400,
      body: {
        errors: [
          { status: '400', source: 'Passwordless', code: 'GW-PL-011', title: 'Invalid OTP' },
        ],
        meta: { remaining_attempts: 3 },
      },
    },
    'GW-PL-012': {
      status: 400,
      body: { errors: [{ status: '400', source: 'Passwordless', code: 'GW-PL-012' }] },
    },
    'GW-PL-013': {
      status: 400,
      body: { errors: [{ status: '400', source: 'Passwordless', code: 'GW-PL-013' }] },
    },
    'GW-PL-014': {
      status: 401,
      body: { errors: [{ status: '401', source: 'Passwordless', code: 'GW-PL-014' }] },
    },
    'GW-PL-020': {
      status: 500,
      body: { errors: [{ status: '500', source: 'Passwordless', code: 'GW-PL-020' }] },
    },
  },
  /** "/users/:unique_id/mfa/*", `POST setup`: no `id`, no `channel`, plus a `test_code`. */
  totpSetup: {
    data: {
      type: 'mfa_setup',
      attributes: {
        secret: 'JBSWY3DPEHPK3PXP',
        qr_code_uri:
          'otpauth://totp/23blocks%20-%20My%20Company:user@example.com?secret=JBSWY3DPEHPK3PXP&issuer=23blocks%20-%20My%20Company',
        backup_codes: REFERENCE_BACKUP_CODES,
        test_code: '123456',
      },
    },
  },
  /** `POST enable`. */
  enabled: {
    data: {
      type: 'mfa_status',
      attributes: { enabled: true, message: 'MFA enabled successfully' },
    },
  },
  /** `POST disable`. */
  disabled: {
    data: {
      type: 'mfa_status',
      attributes: { enabled: false, message: 'MFA disabled successfully' },
    },
  },
  /** `POST verify`. */
  verified: {
    data: {
      type: 'mfa_verification',
      attributes: { valid: true, message: 'Code verified' },
    },
  },
  /** `GET status`: no `mfa_channel`, no `id`. */
  status: {
    data: {
      type: 'mfa_status',
      attributes: {
        enabled: true,
        setup_required: false,
        backup_codes_remaining: 8,
        last_used_at: '2026-05-01T10:00:00Z',
      },
    },
  },
} as const;

/** The bare-token forms the vendor's own SDK also reads (`meta.access_token`, `meta.token`). */
export const sdkTokenForms = {
  accessToken: {
    data: referenceSignedIn.data,
    meta: { access_token: 'BARE.ACCESS', refresh_token: 'BARE.REFRESH', expires_in: 3600 },
  },
  token: { data: referenceSignedIn.data, meta: { token: 'BARE.TOKEN' } },
} as const;
