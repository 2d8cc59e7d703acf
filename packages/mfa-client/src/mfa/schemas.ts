import * as z from 'zod/mini';
import { documentSchema, mfaChannelSchema, resourceSchema } from '../wire/jsonapi.ts';

// --------------------------------------------------------------- responses (wire)

const totpSetupAttributes = z.object({
  channel: z.literal('totp'),
  /** Base32 secret for manual entry. */
  secret: z.string(),
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

/**
 * Answer to setup, per requested channel: the secret (TOTP) or the fact that a code was
 * emailed, and backup codes. The client parses with the schema of the channel it asked
 * for, so an answer for the other channel fails at `data.attributes.channel`.
 */
export const setupResponseSchemas = {
  totp: documentSchema(resourceSchema('mfa_setup', totpSetupAttributes)),
  email: documentSchema(resourceSchema('mfa_setup', emailSetupAttributes)),
};

/** Either answer to setup, for a server that checks what it sends whatever the channel. */
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
      backup_codes_remaining: z.number(),
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
      backup_codes_remaining: z.number(),
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
      sentTo?: string | undefined;
      /** Seconds the emailed code stays valid, when the server says. */
      expiresIn?: number | undefined;
    };

/** The result of verifying a code. */
export interface MfaVerification {
  valid: boolean;
  method: VerificationMethod;
  backupCodesRemaining: number;
}
