import * as z from 'zod/mini';
import {
  codeSchema,
  documentSchema,
  mfaChannelSchema,
  passwordSchema,
  resourceSchema,
} from '../wire/jsonapi.ts';

// ---------------------------------------------------------------- requests (wire)

/** `POST /users/:id/mfa/setup` */
export const setupRequestSchema = z.object({ channel: mfaChannelSchema });
export type SetupRequest = z.infer<typeof setupRequestSchema>;

/** `POST /users/:id/mfa/enable`: TOTP with a code from the app; email after `/verify`. */
export const enableRequestSchema = z.union([
  z.object({ totp_code: codeSchema }),
  z.object({ channel: z.literal('email') }),
]);
export type EnableRequest = z.infer<typeof enableRequestSchema>;

/** `POST /users/:id/mfa/disable` */
export const disableRequestSchema = z.object({ password: passwordSchema });
export type DisableRequest = z.infer<typeof disableRequestSchema>;

/** `POST /users/:id/mfa/verify`: a TOTP code, an emailed code or a backup code. */
export const verifyRequestSchema = z.object({ code: codeSchema });
export type VerifyRequest = z.infer<typeof verifyRequestSchema>;

// --------------------------------------------------------------- responses (wire)

const totpSetupAttributes = z.object({
  channel: z.literal('totp'),
  /** Base32 secret for manual entry. */
  secret: z.string().check(z.minLength(1)),
  /** `otpauth://totp/...`, to render as a QR code. */
  qr_code_uri: z.string().check(z.startsWith('otpauth://')),
  backup_codes: z.array(z.string()),
});

const emailSetupAttributes = z.object({
  channel: z.literal('email'),
  backup_codes: z.array(z.string()),
  /** Where the code went, masked (`j***@example.com`). Optional: not every server sends it. */
  sent_to: z.optional(z.string()),
  /** Seconds the emailed code stays valid. */
  expires_in: z.optional(z.number()),
});

/** Answer to setup: the secret (TOTP) or the fact that a code was emailed, and backup codes. */
export const setupResponseSchema = documentSchema(
  resourceSchema(
    'mfa_setup',
    z.discriminatedUnion('channel', [totpSetupAttributes, emailSetupAttributes]),
  ),
);
export type SetupResponse = z.infer<typeof setupResponseSchema>;

/** `mfa_status`: the answer to status, enable and disable. */
export const statusResponseSchema = documentSchema(
  resourceSchema(
    'mfa_status',
    z.object({
      mfa_enabled: z.boolean(),
      mfa_channel: z.nullable(mfaChannelSchema),
      backup_codes_remaining: z.int().check(z.nonnegative()),
    }),
  ),
);
export type StatusResponse = z.infer<typeof statusResponseSchema>;

export const verificationMethodSchema = z.enum(['totp', 'email', 'backup_code']);

/** `mfa_verification`: the answer to verify. */
export const verifyResponseSchema = documentSchema(
  resourceSchema(
    'mfa_verification',
    z.object({
      valid: z.boolean(),
      method: verificationMethodSchema,
      backup_codes_remaining: z.int().check(z.nonnegative()),
    }),
  ),
);
export type VerifyResponse = z.infer<typeof verifyResponseSchema>;

// ------------------------------------------------------ results (what the client returns)

export type { MfaChannel } from '../wire/jsonapi.ts';
export type VerificationMethod = z.infer<typeof verificationMethodSchema>;

/** A user's second-factor state. */
export interface MfaStatus {
  /** The user id the status belongs to. */
  userId: string;
  enabled: boolean;
  /** `null` while MFA is off. */
  channel: z.infer<typeof mfaChannelSchema> | null;
  backupCodesRemaining: number;
}

/** The result of starting setup: what the user needs to finish it. */
export type MfaSetup =
  | {
      channel: 'totp';
      /** Base32 secret, for "Can't scan?" manual entry. */
      secret: string;
      /** `otpauth://totp/...`, render it as a QR code. */
      qrCodeUri: string;
      /** Shown once; each works once. */
      backupCodes: string[];
    }
  | {
      channel: 'email';
      backupCodes: string[];
      /** The masked address the code went to, when the server says. */
      sentTo?: string;
      /** Seconds the emailed code stays valid, when the server says. */
      expiresIn?: number;
    };

/** The result of verifying a code. */
export interface MfaVerification {
  valid: boolean;
  method: VerificationMethod;
  backupCodesRemaining: number;
}
