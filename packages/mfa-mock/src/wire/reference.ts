import {
  codeSchema,
  mfaChannelSchema,
  mfaRequiredErrorDocumentSchema,
  passwordlessRequestResponseSchema,
  passwordlessVerifyRequestSchema,
  setupResponseSchemas,
  signedInResponseSchema,
  signInRequestSchema,
  statusResponseSchema,
  verifyResponseSchema,
} from '@authblock/mfa-client/schemas';
import * as z from 'zod/mini';
import { normalizeEmail, type UserRecord } from '../core.ts';
import { backupCodesRemaining } from '../factors/backup-codes/backup-codes.ts';
import { maskEmail } from '../factors/email/email-codes.ts';
import { generateTotp } from '../factors/totp/totp.ts';
import { type ApiErrorOptions, MockApiError, toResponse } from '../internal/errors.ts';
import { parseBody } from '../internal/request.ts';
import { respond } from '../internal/respond.ts';
import { newRefreshToken } from '../internal/tokens.ts';
import { REFERENCE_ERROR_TITLES, type ReferenceErrorCode } from './reference-codes.ts';
import type { SecondFactorField, Wire } from './wire.ts';

const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600;

// ------------------------------------------------------------------------- requests

/** TOTP unless told otherwise (the reference documents TOTP only; email stays available). */
const setupRequest = z.object({
  channel: z.optional(mfaChannelSchema),
  regenerate: z.optional(z.literal(['true', 'false'])),
});

const verifyRequest = z.object({
  code: z.optional(codeSchema),
  backup_code: z.optional(codeSchema),
});

function secondFactor(fields: {
  mfa_code?: string | undefined;
  backup_code?: string | undefined;
}): SecondFactorField | null {
  if (fields.mfa_code !== undefined && fields.backup_code !== undefined) {
    throw new MockApiError(422, 'validation_error', 'Send mfa_code or backup_code, not both.', {
      pointer: '/backup_code',
    });
  }
  if (fields.backup_code !== undefined) return { code: fields.backup_code, kinds: 'backup' };
  if (fields.mfa_code !== undefined) return { code: fields.mfa_code, kinds: 'factor' };
  return null;
}

// -------------------------------------------------------------------------- answers

/** The URI as the reference shows it: issuer percent-encoded, the account's `@` as is. */
function otpauthUri(secret: string, email: string, issuerName: string): string {
  const issuer = encodeURIComponent(issuerName);
  const account = encodeURIComponent(email).replace('%40', '@');
  return `otpauth://totp/${issuer}:${account}?secret=${secret}&issuer=${issuer}`;
}

function statusAttributes(user: UserRecord) {
  return {
    enabled: user.active !== null,
    setup_required: user.active === null && user.pending === null,
    backup_codes_remaining: backupCodesRemaining(user.active?.backupCodes ?? null),
    last_used_at: user.lastVerifiedAt === null ? null : new Date(user.lastVerifiedAt).toISOString(),
  };
}

const mfaStatus = (attributes: object) =>
  respond(statusResponseSchema, { data: { type: 'mfa_status', attributes } });

// --------------------------------------------------------------------------- errors

/** The controller the reference names as an error's `source`, by route. */
function controllerOf(routePath: string | null): string | undefined {
  if (routePath?.startsWith('/users/:id/mfa/')) return 'MFA Controller';
  if (routePath?.startsWith('/auth/passwordless/')) return 'Passwordless';
  if (routePath?.startsWith('/auth/')) return 'Sessions';
  return undefined;
}

/** A failure in the reference's words: its codes, statuses and `meta` names. */
function reworded(error: MockApiError, routePath: string | null): MockApiError {
  let { status, code, detail } = error;
  const onMfaRoutes = routePath?.startsWith('/users/:id/mfa/') ?? false;
  // The reference names no "already used" or "replaced by a newer code": its servers say
  // only that the code is invalid.
  if (code === 'invalid_mfa_code' || code === 'code_used' || code === 'code_replaced') {
    code = onMfaRoutes ? '45365M' : 'mfa_invalid';
  } else if (code === 'invalid_credentials' && routePath === '/auth/sign_in') {
    code = 'unauthorized';
    detail = 'Invalid email or password.';
  } else if (code === 'mfa_not_enabled' || code === 'mfa_setup_incomplete') {
    status = 400;
  } else if (code === 'server_error' && routePath?.startsWith('/auth/passwordless/')) {
    code = 'GW-PL-020';
  }
  const { attempts_remaining, ...meta } = error.options.meta ?? {};
  const options: ApiErrorOptions = {
    ...error.options,
    meta:
      attempts_remaining === undefined ? meta : { ...meta, remaining_attempts: attempts_remaining },
  };
  const source = controllerOf(routePath);
  if (source !== undefined) options.source = source;
  const title = REFERENCE_ERROR_TITLES[code as ReferenceErrorCode];
  if (title !== undefined) options.title = title;
  return new MockApiError(status, code, detail, options);
}

// ---------------------------------------------------------------------------- wire

/**
 * The vendor's API reference: "MFA required" as an HTTP 200 error document without user
 * or channel, MFA resources without `id`, `enabled` for `mfa_enabled`, `{ valid, message }`
 * from verify, backup codes in their own `backup_code` field, string `source` in errors,
 * `mfa_invalid` / `45365M` / `GW-PL-011..014` codes.
 */
export const referenceWire: Wire = {
  dialect: 'reference',
  accessTokenTtlSeconds: 86_400,

  readSignIn(body) {
    const parsed = parseBody(signInRequestSchema, body);
    return { email: parsed.email, password: parsed.password, secondFactor: secondFactor(parsed) };
  },
  readPasswordlessVerify(body) {
    const parsed = parseBody(passwordlessVerifyRequestSchema, body);
    return { email: parsed.email, code: parsed.code, secondFactor: secondFactor(parsed) };
  },
  readSetup(body) {
    const parsed = parseBody(setupRequest, body ?? {});
    return { channel: parsed.channel ?? 'totp', regenerate: parsed.regenerate === 'true' };
  },
  readVerify(body) {
    const parsed = parseBody(verifyRequest, body);
    if (parsed.code !== undefined && parsed.backup_code !== undefined) {
      throw new MockApiError(400, 'validation_error', 'Send code or backup_code, not both.');
    }
    if (parsed.backup_code !== undefined) return { code: parsed.backup_code, kinds: 'backup' };
    if (parsed.code !== undefined) return { code: parsed.code, kinds: 'factor' };
    throw new MockApiError(400, 'validation_error', 'Send a code or a backup_code.');
  },

  mfaRequired({ route }) {
    // No user id and no channel: the client resends the same body with the code.
    const error =
      route === 'sign_in'
        ? { code: 'mfa_required', meta: { mfa_required: true } }
        : {
            status: '200',
            source: 'Passwordless',
            code: 'mfa_required',
            title: 'MFA Required',
            detail: 'Two-factor authentication is required. Send mfa_code or backup_code.',
          };
    return respond(mfaRequiredErrorDocumentSchema, { errors: [error] });
  },
  signedIn({ user, accessToken, request, now }) {
    const oauthMode = request.headers.get('x-oauth-mode') === 'true';
    const expiresIn = this.accessTokenTtlSeconds;
    return respond(signedInResponseSchema, {
      data: {
        id: user.id,
        type: 'user',
        attributes: {
          unique_id: user.id,
          email: user.email,
          first_name: user.firstName,
          last_name: user.lastName,
          has_password: true,
        },
      },
      meta: {
        auth: {
          access_token: accessToken,
          token_type: 'Bearer',
          expires_in: expiresIn,
          expires_at: Math.floor(now / 1000) + expiresIn,
          scope: 'read write',
          oauth_mode: oauthMode,
          ...(oauthMode
            ? {
                refresh_token: newRefreshToken(),
                refresh_token_expires_in: REFRESH_TOKEN_TTL_SECONDS,
              }
            : {}),
        },
      },
    });
  },
  passwordlessRequested({ email, expiresInSeconds }) {
    // The hint is of the address as typed: the same answer whether or not it has an account.
    return respond(passwordlessRequestResponseSchema, {
      data: {
        id: null,
        type: 'passwordless',
        attributes: {
          status: 'otp_sent',
          email_hint: maskEmail(normalizeEmail(email)),
          expires_in: expiresInSeconds,
        },
      },
    });
  },
  setup({ core, user, channel, totp, backupCodes }) {
    if (channel === 'totp' && totp) {
      const secret = totp.secret.base32;
      return respond(setupResponseSchemas.totp, {
        data: {
          type: 'mfa_setup',
          attributes: {
            secret,
            qr_code_uri: otpauthUri(secret, user.email, core.config.issuer),
            backup_codes: backupCodes,
            // The current code, as the reference's server sends it for its own testing.
            test_code: generateTotp(secret, core.now()),
          },
        },
      });
    }
    return respond(setupResponseSchemas.email, {
      data: { type: 'mfa_setup', attributes: { backup_codes: backupCodes } },
    });
  },
  enabled: () => mfaStatus({ enabled: true, message: 'Two-factor authentication enabled.' }),
  disabled: () => mfaStatus({ enabled: false, message: 'Two-factor authentication disabled.' }),
  status: (user) => mfaStatus(statusAttributes(user)),
  verified() {
    return respond(verifyResponseSchema, {
      data: { type: 'mfa_verification', attributes: { valid: true, message: 'Code verified.' } },
    });
  },

  passwordlessFailure(failure) {
    switch (failure.kind) {
      case 'no_code':
        return new MockApiError(400, 'GW-PL-013', 'No code is pending for this address.');
      case 'wrong':
        return new MockApiError(400, 'GW-PL-011', 'The code is not valid.', {
          meta: { remaining_attempts: failure.remaining },
        });
      case 'cleared':
        return new MockApiError(401, 'GW-PL-014', 'Too many wrong codes. Request a new one.');
      case 'expired':
        return new MockApiError(400, 'GW-PL-012', 'The code has expired. Request a new one.');
    }
  },
  errorResponse: (error, routePath) => toResponse(reworded(error, routePath)),
};
