import {
  codeSchema,
  mfaRequiredResponseSchema,
  passwordlessRequestResponseSchema,
  passwordlessVerifyRequestSchema,
  setupRequestSchema,
  setupResponseSchema,
  signedInResponseSchema,
  signInRequestSchema,
  statusResponseSchema,
  verifyResponseSchema,
} from '@authblock/mfa-client/schemas';
import * as z from 'zod/mini';
import type { UserRecord } from '../core.ts';
import { backupCodesRemaining } from '../factors/backup-codes/backup-codes.ts';
import { maskEmail } from '../factors/email/email-codes.ts';
import { totpUri } from '../factors/totp/totp.ts';
import { randomId } from '../internal/crypto.ts';
import { MockApiError, toResponse } from '../internal/errors.ts';
import { parseBody } from '../internal/request.ts';
import { respond } from '../internal/respond.ts';
import { newRefreshToken } from '../internal/tokens.ts';
import type { SecondFactorField, Wire } from './wire.ts';

/** The guide's verify body: every kind of code travels as `code`. */
const guideVerifyRequestSchema = z.object({ code: codeSchema });

const anyCode = (code: string | undefined): SecondFactorField | null =>
  code === undefined ? null : { code, kinds: 'any' };

/** The signed-in user as the guide's serializer writes it (also the dev routes' form). */
export function userAttributes(user: UserRecord) {
  return {
    unique_id: user.id,
    email: user.email,
    mfa_enabled: user.active !== null,
    mfa_channel: user.active?.channel ?? null,
    created_at: new Date(user.createdAt).toISOString(),
  };
}

function statusBody(user: UserRecord) {
  return {
    data: {
      id: user.id,
      type: 'mfa_status',
      attributes: {
        mfa_enabled: user.active !== null,
        mfa_channel: user.active?.channel ?? null,
        backup_codes_remaining: backupCodesRemaining(user.active?.backupCodes ?? null),
      },
    },
  };
}

/** The 2FA guide's wire: JSON:API resources with ids, `mfa_*` fields, one code field. */
export const guideWire: Wire = {
  dialect: 'guide',
  accessTokenTtlSeconds: 3600,

  readSignIn(body) {
    const { email, password, mfa_code } = parseBody(signInRequestSchema, body);
    return { email, password, secondFactor: anyCode(mfa_code) };
  },
  readPasswordlessVerify(body) {
    const { email, code, mfa_code } = parseBody(passwordlessVerifyRequestSchema, body);
    return { email, code, secondFactor: anyCode(mfa_code) };
  },
  readSetup(body) {
    return { channel: parseBody(setupRequestSchema, body).channel, regenerate: false };
  },
  readVerify(body) {
    return { code: parseBody(guideVerifyRequestSchema, body).code, kinds: 'any' };
  },

  mfaRequired({ user, channel, sentTo }) {
    return respond(mfaRequiredResponseSchema, {
      data: {
        id: user.id,
        type: 'user',
        attributes: {
          unique_id: user.id,
          mfa_required: true,
          mfa_channel: channel,
          ...(sentTo !== undefined ? { sent_to: sentTo } : {}),
        },
      },
    });
  },
  signedIn({ user, accessToken }) {
    return respond(signedInResponseSchema, {
      data: { id: user.id, type: 'user', attributes: userAttributes(user) },
      meta: {
        auth: {
          access_token: accessToken,
          token_type: 'Bearer',
          expires_in: this.accessTokenTtlSeconds,
          refresh_token: newRefreshToken(),
        },
      },
    });
  },
  passwordlessRequested() {
    // The same answer whether or not the address has an account.
    return respond(passwordlessRequestResponseSchema, {
      meta: { message: 'If the address has an account, a sign-in code is on its way.' },
    });
  },
  setup({ core, user, setupId, channel, totp, backupCodes }) {
    const attributes = totp
      ? {
          channel,
          secret: totp.secret.base32,
          qr_code_uri: totpUri(totp, user.email, core.config.issuer),
          backup_codes: backupCodes,
        }
      : {
          channel,
          backup_codes: backupCodes,
          sent_to: maskEmail(user.email),
          expires_in: Math.round(core.config.emailTtlMs / 1000),
        };
    return respond(setupResponseSchema, { data: { id: setupId, type: 'mfa_setup', attributes } });
  },
  enabled: (user) => respond(statusResponseSchema, statusBody(user)),
  disabled: (user) => respond(statusResponseSchema, statusBody(user)),
  status: (user) => respond(statusResponseSchema, statusBody(user)),
  verified({ method, backupCodesRemaining: remaining }) {
    return respond(verifyResponseSchema, {
      data: {
        id: `mfa_verification_${randomId(12)}`,
        type: 'mfa_verification',
        attributes: { valid: true, method, backup_codes_remaining: remaining },
      },
    });
  },

  passwordlessFailure(failure) {
    if (failure.kind === 'expired') {
      return new MockApiError(
        401,
        'code_expired',
        'The sign-in code has expired. Ask for a new one.',
      );
    }
    // A wrong code, no code and an unknown address read alike: nothing to enumerate.
    return new MockApiError(401, 'invalid_credentials', 'The sign-in details are not correct.');
  },
  errorResponse: (error) => toResponse(error),
};
