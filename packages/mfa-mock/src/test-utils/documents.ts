// The answers each vendor document shows, written out from the documents themselves
// (../../../../../shared/spec: the 2FA guide and the API reference), strict where the two
// differ. The mock's answers are checked against the client's schemas before they are
// sent, and those read both dialects; these shapes check that each dialect's answers are
// that dialect's and not a blend of the two.
import { refined, type WireSchema } from '@authblock/mfa-client/schemas';
import * as z from 'zod/mini';
import type { MockDialect } from '../types.ts';

const matching = (pattern: RegExp) =>
  refined(z.string(), (value) => pattern.test(value), `expected to match ${pattern}`);
/** An array of exactly `count` items. */
const exactly = <T>(count: number, item: WireSchema<T>) =>
  refined(z.array(item), (items) => items.length === count, `expected ${count} items`);
const backupCodes = exactly(10, matching(/^[A-Z0-9]{8}$/));
const channel = z.literal(['totp', 'email']);
const resource = <Attributes extends WireSchema>(type: string, attributes: Attributes) =>
  z.strictObject({ id: z.string(), type: z.literal(type), attributes });
/** The reference's MFA resources carry no `id`. */
const bare = <Attributes extends WireSchema>(type: string, attributes: Attributes) =>
  z.strictObject({ type: z.literal(type), attributes });
const document = <Data extends WireSchema>(data: Data) => z.strictObject({ data });

const guide = {
  mfaRequired: document(
    resource(
      'user',
      z.strictObject({
        unique_id: z.string(),
        mfa_required: z.literal(true),
        mfa_channel: channel,
        sent_to: z.optional(z.string()),
      }),
    ),
  ),
  signedIn: z.strictObject({
    data: resource(
      'user',
      z.looseObject({
        unique_id: z.string(),
        email: z.string(),
        mfa_enabled: z.boolean(),
        mfa_channel: z.nullable(channel),
      }),
    ),
    meta: z.strictObject({
      auth: z.strictObject({
        access_token: z.string(),
        token_type: z.literal('Bearer'),
        expires_in: z.number(),
        refresh_token: z.string(),
      }),
    }),
  }),
  totpSetup: document(
    resource(
      'mfa_setup',
      z.strictObject({
        channel: z.literal('totp'),
        secret: z.string(),
        qr_code_uri: matching(/^otpauth:\/\/totp\//),
        backup_codes: backupCodes,
      }),
    ),
  ),
  status: document(
    resource(
      'mfa_status',
      z.strictObject({
        mfa_enabled: z.boolean(),
        mfa_channel: z.nullable(channel),
        backup_codes_remaining: z.number(),
      }),
    ),
  ),
  verified: document(
    resource(
      'mfa_verification',
      z.strictObject({
        valid: z.literal(true),
        method: z.literal(['totp', 'email', 'backup_code']),
        backup_codes_remaining: z.number(),
      }),
    ),
  ),
  error: z.strictObject({
    errors: z.array(
      z.strictObject({
        status: z.string(),
        code: z.string(),
        title: z.string(),
        detail: z.string(),
        source: z.optional(z.strictObject({ pointer: z.string() })),
      }),
    ),
    meta: z.optional(z.looseObject({})),
  }),
};

const enabledAnswer = (enabled: boolean) =>
  document(
    bare('mfa_status', z.strictObject({ enabled: z.literal(enabled), message: z.string() })),
  );

const reference = {
  /** Sign-in: HTTP 200, an error document, no user id, no channel. */
  mfaRequired: z.strictObject({
    errors: exactly(
      1,
      z.strictObject({
        code: z.literal('mfa_required'),
        meta: z.strictObject({ mfa_required: z.literal(true) }),
      }),
    ),
  }),
  /** Passwordless verify's form of it. */
  passwordlessMfaRequired: z.strictObject({
    errors: exactly(
      1,
      z.strictObject({
        status: z.literal('200'),
        source: z.literal('Passwordless'),
        code: z.literal('mfa_required'),
        title: z.literal('MFA Required'),
        detail: z.string(),
      }),
    ),
  }),
  signedIn: z.strictObject({
    data: resource(
      'user',
      z.strictObject({
        unique_id: z.string(),
        email: z.string(),
        first_name: z.nullable(z.string()),
        last_name: z.nullable(z.string()),
        has_password: z.boolean(),
      }),
    ),
    meta: z.strictObject({
      auth: z.strictObject({
        access_token: z.string(),
        token_type: z.literal('Bearer'),
        expires_in: z.literal(86_400),
        expires_at: z.number(),
        scope: z.string(),
        oauth_mode: z.boolean(),
        refresh_token: z.optional(z.string()),
        refresh_token_expires_in: z.optional(z.number()),
      }),
    }),
  }),
  passwordlessRequested: document(
    z.strictObject({
      id: z.literal(null),
      type: z.literal('passwordless'),
      attributes: z.strictObject({
        status: z.literal('otp_sent'),
        email_hint: z.string(),
        expires_in: z.number(),
      }),
    }),
  ),
  totpSetup: document(
    bare(
      'mfa_setup',
      z.strictObject({
        secret: z.string(),
        qr_code_uri: matching(/^otpauth:\/\/totp\//),
        backup_codes: backupCodes,
        test_code: matching(/^\d{6}$/),
      }),
    ),
  ),
  enabled: enabledAnswer(true),
  disabled: enabledAnswer(false),
  status: document(
    bare(
      'mfa_status',
      z.strictObject({
        enabled: z.boolean(),
        setup_required: z.boolean(),
        backup_codes_remaining: z.number(),
        last_used_at: z.nullable(z.string()),
      }),
    ),
  ),
  verified: document(
    bare('mfa_verification', z.strictObject({ valid: z.literal(true), message: z.string() })),
  ),
  error: z.strictObject({
    errors: z.array(
      z.strictObject({
        status: z.string(),
        code: z.string(),
        title: z.string(),
        detail: z.string(),
        source: z.optional(z.string()),
      }),
    ),
    meta: z.optional(z.looseObject({})),
  }),
};

/** The documented shapes, per dialect: `parse(DOCUMENTED[h.dialect].status, body)`. */
export const DOCUMENTED = { guide, reference } as const satisfies Record<MockDialect, object>;
