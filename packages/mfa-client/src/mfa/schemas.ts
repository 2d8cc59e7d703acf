import * as z from 'zod/mini';
import {
  documentSchema,
  type MfaChannel,
  mfaChannelSchema,
  resourceSchema,
  someOf,
} from '../wire/jsonapi.ts';
import { refined } from '../wire/validate.ts';

// --------------------------------------------------------------- responses (wire)

/** `channel` is left out by the API reference: the answer is for the channel asked for. */
const totpSetupAttributes = z.object({
  channel: z.optional(z.literal('totp')),
  /** Base32 secret for manual entry. */
  secret: z.string(),
  /** `otpauth://totp/...`, to render as a QR code. */
  qr_code_uri: refined(
    z.string(),
    (uri) => uri.startsWith('otpauth://'),
    'expected an otpauth:// URI',
  ),
  backup_codes: z.array(z.string()),
  // The reference's `test_code` (the current TOTP code) is not declared: never read, and
  // stripped by the parse, so it cannot reach a result.
});

const emailSetupAttributes = z.object({
  channel: z.optional(z.literal('email')),
  backup_codes: z.array(z.string()),
  /** Where the code went, masked (`j***@example.com`). Optional: not every server sends it. */
  sent_to: z.optional(z.string()),
  /** Seconds the emailed code stays valid. */
  expires_in: z.optional(z.number()),
});

/**
 * Answer to setup, per requested channel: the secret (TOTP) or the fact that a code was
 * emailed, and backup codes. The client parses with the schema of the channel it asked
 * for, so an answer naming the other channel fails at `data.attributes.channel`.
 */
export const setupResponseSchemas = {
  totp: documentSchema(resourceSchema('mfa_setup', totpSetupAttributes)),
  email: documentSchema(resourceSchema('mfa_setup', emailSetupAttributes)),
};

/** Either answer to setup, for a server that checks what it sends whatever the channel. */
export const setupResponseSchema = documentSchema(
  resourceSchema('mfa_setup', z.union([totpSetupAttributes, emailSetupAttributes])),
);
export type SetupResponse = z.infer<typeof setupResponseSchema>;

/**
 * `mfa_status`: the answer to status, enable and disable. The guide says `mfa_enabled`,
 * `mfa_channel` and `backup_codes_remaining`; the reference says `enabled` (plus a
 * `message` on enable and disable, not read: the text shown is the kit's own, and
 * `setup_required` and `last_used_at` on status).
 */
export const statusResponseSchema = documentSchema(
  resourceSchema(
    'mfa_status',
    someOf(
      z.object({
        mfa_enabled: z.optional(z.boolean()),
        enabled: z.optional(z.boolean()),
        mfa_channel: z.optional(z.nullable(mfaChannelSchema)),
        backup_codes_remaining: z.optional(z.number()),
        setup_required: z.optional(z.boolean()),
        last_used_at: z.optional(z.nullable(z.string())),
      }),
      ['mfa_enabled', 'enabled'],
      'boolean',
    ),
  ),
);
export type StatusResponse = z.infer<typeof statusResponseSchema>;

export const verificationMethodSchema = z.enum(['totp', 'email', 'backup_code']);

/**
 * `mfa_verification`: the answer to verify. The guide adds `method` and
 * `backup_codes_remaining`; the reference a `message` instead.
 */
export const verifyResponseSchema = documentSchema(
  resourceSchema(
    'mfa_verification',
    z.object({
      valid: z.boolean(),
      method: z.optional(verificationMethodSchema),
      backup_codes_remaining: z.optional(z.number()),
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
  /**
   * `null` while MFA is off; `'unknown'` when it is on and the server does not say which
   * channel (the reference's status never does).
   */
  channel: MfaChannel | 'unknown' | null;
  /** Backup codes left, when the server says (the reference's enable and disable do not). */
  backupCodesRemaining?: number;
  /** The reference's `setup_required`: setup must run (again) before MFA can be enabled. */
  setupRequired?: boolean;
  /** When a second factor was last accepted, as the server wrote it (reference). */
  lastUsedAt?: string;
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
  /**
   * What kind of code it was, when known: the guide's server says; for a code sent as
   * `backupCode` it is `'backup_code'`; the reference's server does not say.
   */
  method?: VerificationMethod;
  /** Backup codes left, when the server says. */
  backupCodesRemaining?: number;
}
