import {
  disableRequestSchema,
  enableRequestSchema,
  setupRequestSchema,
  setupResponseSchema,
  statusResponseSchema,
  verifyRequestSchema,
  verifyResponseSchema,
} from '@authblock/mfa-client/schemas';
import type { UserRecord } from '../core.ts';
import { backupCodesRemaining } from '../factors/backup-codes/backup-codes.ts';
import { maskEmail } from '../factors/email/email-codes.ts';
import { createTotpCredential, totpUri } from '../factors/totp/totp.ts';
import { randomId } from '../internal/crypto.ts';
import { MockApiError } from '../internal/errors.ts';
import { parseBody, readJsonBody } from '../internal/request.ts';
import { respond } from '../internal/respond.ts';
import { prepareCode, spendSecondFactor } from '../second-factor.ts';
import { authorizeUser, type RouteDefinition, type RouteHandler } from './route.ts';

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

function assertMfaOff(user: UserRecord): void {
  if (user.active) {
    throw new MockApiError(
      409,
      'mfa_already_enabled',
      'Two-factor authentication is already on. Disable it first to change the channel.',
    );
  }
}

function retrySeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

const setup: RouteHandler = async (args) => {
  const user = await authorizeUser(args);
  const { channel } = parseBody(setupRequestSchema, await readJsonBody(args.request));
  const { core } = args;
  assertMfaOff(user);
  const { codes: backupCodes, stored: hashed } = await core.factors.backup_code.issue();

  // From here to the answer: no await, so the checks and the change are one step.
  assertMfaOff(user);
  if (channel === 'email') {
    const wait = core.cooldownRemainingMs(user, 'mfa');
    if (wait > 0) {
      throw new MockApiError(429, 'rate_limited', 'A code was sent moments ago. Try again soon.', {
        retryAfterSeconds: retrySeconds(wait),
      });
    }
  }
  const totp = channel === 'totp' ? createTotpCredential() : null;
  const id = `mfa_setup_${randomId(16)}`;
  user.pending = { id, channel, totp, backupCodes: hashed, emailVerified: false };
  user.mfaEmail = null;
  if (channel === 'email') core.sendCode(user, 'mfa_setup', { force: true });
  core.audit({ action: 'setup', userId: user.id, channel, context: 'setup' });

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
  return respond(setupResponseSchema, { data: { id, type: 'mfa_setup', attributes } });
};

const enable: RouteHandler = async (args) => {
  const user = await authorizeUser(args);
  const body = parseBody(enableRequestSchema, await readJsonBody(args.request));
  const { core } = args;
  const code = 'totp_code' in body ? await prepareCode(core, body.totp_code) : null;

  assertMfaOff(user);
  const pending = user.pending;
  const incomplete = () =>
    new MockApiError(
      409,
      'mfa_setup_incomplete',
      code
        ? 'Start an authenticator-app setup before enabling it.'
        : 'Verify the emailed code before enabling email two-factor authentication.',
    );
  if (code) {
    if (pending?.channel !== 'totp' || !pending.totp) throw incomplete();
    spendSecondFactor(
      core,
      user,
      code,
      { channel: 'totp', totp: pending.totp, backupCodes: null },
      'enable',
    );
  } else if (pending?.channel !== 'email' || !pending.emailVerified) {
    throw incomplete();
  }
  user.active = { channel: pending.channel, totp: pending.totp, backupCodes: pending.backupCodes };
  user.pending = null;
  user.mfaEmail = null;
  core.audit({ action: 'enabled', userId: user.id, channel: pending.channel, context: 'enable' });
  return respond(statusResponseSchema, statusBody(user));
};

const disable: RouteHandler = async (args) => {
  const user = await authorizeUser(args);
  const { password } = parseBody(disableRequestSchema, await readJsonBody(args.request));
  const { core } = args;
  const passwordOk = await core.passwordMatches(user, password);

  if (!passwordOk) {
    throw new MockApiError(401, 'invalid_credentials', 'The password is not correct.');
  }
  if (!user.active && !user.pending) {
    throw new MockApiError(409, 'mfa_not_enabled', 'Two-factor authentication is not on.');
  }
  const channel = user.active?.channel ?? user.pending?.channel;
  user.active = null;
  user.pending = null;
  user.mfaEmail = null;
  core.audit({ action: 'disabled', userId: user.id, ...(channel ? { channel } : {}) });
  return respond(statusResponseSchema, statusBody(user));
};

const verify: RouteHandler = async (args) => {
  const user = await authorizeUser(args);
  const body = parseBody(verifyRequestSchema, await readJsonBody(args.request));
  const { core } = args;
  const code = await prepareCode(core, body.code);

  let method: ReturnType<typeof spendSecondFactor>;
  let remaining: number;
  if (user.active) {
    method = spendSecondFactor(core, user, code, user.active, 'verify');
    remaining = backupCodesRemaining(user.active.backupCodes);
  } else if (user.pending) {
    // Finishing a setup: only the factor being set up counts, not its backup codes.
    const pending = user.pending;
    method = spendSecondFactor(
      core,
      user,
      code,
      { channel: pending.channel, totp: pending.totp, backupCodes: null },
      'verify',
    );
    if (method === 'email') pending.emailVerified = true;
    remaining = backupCodesRemaining(pending.backupCodes);
  } else {
    throw new MockApiError(409, 'mfa_not_enabled', 'Two-factor authentication is not on.');
  }
  return respond(verifyResponseSchema, {
    data: {
      id: `mfa_verification_${randomId(12)}`,
      type: 'mfa_verification',
      attributes: { valid: true, method, backup_codes_remaining: remaining },
    },
  });
};

const status: RouteHandler = async (args) => {
  const user = await authorizeUser(args);
  return respond(statusResponseSchema, statusBody(user));
};

export const mfaRoutes = [
  { path: '/users/:id/mfa/setup', methods: { POST: setup } },
  { path: '/users/:id/mfa/enable', methods: { POST: enable } },
  { path: '/users/:id/mfa/disable', methods: { POST: disable } },
  { path: '/users/:id/mfa/verify', methods: { POST: verify } },
  { path: '/users/:id/mfa/status', methods: { GET: status } },
] as const satisfies readonly RouteDefinition[];
