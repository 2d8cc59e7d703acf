// The answers each vendor document shows, written out from the documents themselves
// (../../../../../shared/spec: the 2FA guide and the API reference), strict where the two
// differ. The mock's answers are checked against the client's schemas before they are
// sent, and those read both dialects; these shapes check that each dialect's answers are
// that dialect's and not a blend of the two.
import {
  array,
  boolean,
  type Checker,
  literal,
  looseObject,
  nullable,
  number,
  optional,
  refine,
  strictObject,
  string,
} from '@authblock/mfa-client/schemas';
import type { MockDialect } from '../types.ts';

const matching = (pattern: RegExp) =>
  refine(string, (value) => pattern.test(value), `expected to match ${pattern}`);
/** An array of exactly `count` items. */
const exactly = <T>(count: number, item: Checker<T>) =>
  refine(array(item), (items) => items.length === count, `expected ${count} items`);
const backupCodes = exactly(10, matching(/^[A-Z0-9]{8}$/));
const channel = literal('totp', 'email');
const resource = <Attributes extends Checker<unknown>>(type: string, attributes: Attributes) =>
  strictObject({ id: string, type: literal(type), attributes });
/** The reference's MFA resources carry no `id`. */
const bare = <Attributes extends Checker<unknown>>(type: string, attributes: Attributes) =>
  strictObject({ type: literal(type), attributes });
const document = <Data extends Checker<unknown>>(data: Data) => strictObject({ data });

const guide = {
  mfaRequired: document(
    resource(
      'user',
      strictObject({
        unique_id: string,
        mfa_required: literal(true),
        mfa_channel: channel,
        sent_to: optional(string),
      }),
    ),
  ),
  signedIn: strictObject({
    data: resource(
      'user',
      looseObject({
        unique_id: string,
        email: string,
        mfa_enabled: boolean,
        mfa_channel: nullable(channel),
      }),
    ),
    meta: strictObject({
      auth: strictObject({
        access_token: string,
        token_type: literal('Bearer'),
        expires_in: number,
        refresh_token: string,
      }),
    }),
  }),
  totpSetup: document(
    resource(
      'mfa_setup',
      strictObject({
        channel: literal('totp'),
        secret: string,
        qr_code_uri: matching(/^otpauth:\/\/totp\//),
        backup_codes: backupCodes,
      }),
    ),
  ),
  status: document(
    resource(
      'mfa_status',
      strictObject({
        mfa_enabled: boolean,
        mfa_channel: nullable(channel),
        backup_codes_remaining: number,
      }),
    ),
  ),
  verified: document(
    resource(
      'mfa_verification',
      strictObject({
        valid: literal(true),
        method: literal('totp', 'email', 'backup_code'),
        backup_codes_remaining: number,
      }),
    ),
  ),
  error: strictObject({
    errors: array(
      strictObject({
        status: string,
        code: string,
        title: string,
        detail: string,
        source: optional(strictObject({ pointer: string })),
      }),
    ),
    meta: optional(looseObject({})),
  }),
};

const enabledAnswer = (enabled: boolean) =>
  document(bare('mfa_status', strictObject({ enabled: literal(enabled), message: string })));

const reference = {
  /** Sign-in: HTTP 200, an error document, no user id, no channel. */
  mfaRequired: strictObject({
    errors: exactly(
      1,
      strictObject({
        code: literal('mfa_required'),
        meta: strictObject({ mfa_required: literal(true) }),
      }),
    ),
  }),
  /** Passwordless verify's form of it. */
  passwordlessMfaRequired: strictObject({
    errors: exactly(
      1,
      strictObject({
        status: literal('200'),
        source: literal('Passwordless'),
        code: literal('mfa_required'),
        title: literal('MFA Required'),
        detail: string,
      }),
    ),
  }),
  signedIn: strictObject({
    data: resource(
      'user',
      strictObject({
        unique_id: string,
        email: string,
        first_name: nullable(string),
        last_name: nullable(string),
        has_password: boolean,
      }),
    ),
    meta: strictObject({
      auth: strictObject({
        access_token: string,
        token_type: literal('Bearer'),
        expires_in: literal(86_400),
        expires_at: number,
        scope: string,
        oauth_mode: boolean,
        refresh_token: optional(string),
        refresh_token_expires_in: optional(number),
      }),
    }),
  }),
  passwordlessRequested: document(
    strictObject({
      id: literal(null),
      type: literal('passwordless'),
      attributes: strictObject({
        status: literal('otp_sent'),
        email_hint: string,
        expires_in: number,
      }),
    }),
  ),
  totpSetup: document(
    bare(
      'mfa_setup',
      strictObject({
        secret: string,
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
      strictObject({
        enabled: boolean,
        setup_required: boolean,
        backup_codes_remaining: number,
        last_used_at: nullable(string),
      }),
    ),
  ),
  verified: document(
    bare('mfa_verification', strictObject({ valid: literal(true), message: string })),
  ),
  error: strictObject({
    errors: array(
      strictObject({
        status: string,
        code: string,
        title: string,
        detail: string,
        source: optional(string),
      }),
    ),
    meta: optional(looseObject({})),
  }),
};

/** The documented shapes, per dialect: `parse(DOCUMENTED[h.dialect].status, body)`. */
export const DOCUMENTED = { guide, reference } as const satisfies Record<MockDialect, object>;
