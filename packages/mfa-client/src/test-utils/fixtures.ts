import { USER_ID } from './server.ts';

/** Wire bodies (snake_case) as the Auth Block docs show them. */
export const BACKUP_CODES = [
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
];
export const TOTP_SECRET = 'JBSWY3DPEHPK3PXP';
export const QR_CODE_URI = `otpauth://totp/YourApp:user@example.com?secret=${TOTP_SECRET}&issuer=YourApp`;

export const totpSetupBody = {
  data: {
    id: 'mfa_setup_123',
    type: 'mfa_setup',
    attributes: {
      channel: 'totp',
      secret: TOTP_SECRET,
      qr_code_uri: QR_CODE_URI,
      backup_codes: BACKUP_CODES,
    },
  },
};

export const emailSetupBody = {
  data: {
    id: 'mfa_setup_124',
    type: 'mfa_setup',
    attributes: {
      channel: 'email',
      backup_codes: BACKUP_CODES,
      sent_to: 'u***@example.com',
      expires_in: 600,
    },
  },
};

export const statusBody = (
  attributes: Partial<{
    mfa_enabled: boolean;
    mfa_channel: 'totp' | 'email' | null;
    backup_codes_remaining: number;
  }> = {},
) => ({
  data: {
    id: USER_ID,
    type: 'mfa_status',
    attributes: {
      mfa_enabled: true,
      mfa_channel: 'totp',
      backup_codes_remaining: 9,
      ...attributes,
    },
  },
});

export const verificationBody = {
  data: {
    id: 'mfa_verification_1',
    type: 'mfa_verification',
    attributes: { valid: true, method: 'backup_code', backup_codes_remaining: 8 },
  },
};

export const mfaRequiredBody = {
  data: {
    id: USER_ID,
    type: 'user',
    attributes: { unique_id: USER_ID, mfa_required: true, mfa_channel: 'totp' },
  },
};

export const ACCESS_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.ACCESS789SECRET';
export const REFRESH_TOKEN = 'REFRESH000SECRET';

export const signedInBody = {
  data: {
    id: USER_ID,
    type: 'user',
    attributes: {
      unique_id: USER_ID,
      email: 'user@example.com',
      mfa_enabled: true,
      mfa_channel: 'totp',
      name: 'Ada',
    },
  },
  meta: {
    auth: {
      access_token: ACCESS_TOKEN,
      token_type: 'Bearer',
      expires_in: 3600,
      refresh_token: REFRESH_TOKEN,
    },
  },
};
