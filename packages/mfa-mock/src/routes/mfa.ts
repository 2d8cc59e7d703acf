import { disableRequestSchema, enableRequestSchema } from '@authblock/mfa-client/schemas';
import type { BackendCore, UserRecord } from '../core.ts';
import { backupCodesRemaining } from '../factors/backup-codes/backup-codes.ts';
import { createTotpCredential } from '../factors/totp/totp.ts';
import { randomId } from '../internal/crypto.ts';
import { MockApiError } from '../internal/errors.ts';
import { parseBody, readJsonBody } from '../internal/request.ts';
import { assertNotLocked, prepareCode, spendSecondFactor } from '../second-factor.ts';
import { assertPasswordUnlocked, checkPassword } from '../throttle.ts';
import { wireOf } from '../wire/index.ts';
import { authorizeUser, type RouteDefinition, type RouteHandler } from './route.ts';

function assertMfaOff(user: UserRecord): void {
  if (user.active) {
    throw new MockApiError(
      409,
      'mfa_already_enabled',
      'Two-factor authentication is already on. Disable it first to change the channel.',
    );
  }
}

/**
 * 429 while the account is locked for wrong codes or for wrong passwords: what disable
 * refuses, regenerate refuses too.
 */
function assertAccountUnlocked(core: BackendCore, user: UserRecord): void {
  assertNotLocked(core, user);
  assertPasswordUnlocked(core, user.email);
}

function retrySeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

const setup: RouteHandler = async (args) => {
  const user = await authorizeUser(args);
  const { core } = args;
  const wire = wireOf(core);
  const { channel, regenerate } = wire.readSetup(await readJsonBody(args.request));
  if (!regenerate) assertMfaOff(user);
  if (regenerate && user.active) assertAccountUnlocked(core, user);
  const { codes: backupCodes, stored: hashed } = await core.factors.backup_code.issue();

  // From here to the answer: no await, so the checks and the change are one step.
  if (regenerate && user.active) {
    // The reference's `regenerate: "true"`: a new secret, and MFA is off until enabled again.
    // It takes no password, so a stolen token could swap the owner's second factor for its
    // own; not while the account is locked, at least, which is when that is being tried.
    assertAccountUnlocked(core, user);
    core.audit({ action: 'disabled', userId: user.id, channel: user.active.channel });
    user.active = null;
  }
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
  const setupId = `mfa_setup_${randomId(16)}`;
  user.pending = { id: setupId, channel, totp, backupCodes: hashed, emailVerified: false };
  user.mfaEmail = null;
  if (channel === 'email') core.sendCode(user, 'mfa_setup', { force: true });
  core.audit({ action: 'setup', userId: user.id, channel, context: 'setup' });
  return wire.setup({ core, user, setupId, channel, totp, backupCodes });
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
  return wireOf(core).enabled(user);
};

const disable: RouteHandler = async (args) => {
  const user = await authorizeUser(args);
  const { password } = parseBody(disableRequestSchema, await readJsonBody(args.request));
  const { core } = args;
  // No turning MFA off while the account is locked for wrong codes (or passwords).
  assertNotLocked(core, user);
  const passwordOk = await checkPassword(core, user.email, user, password);

  assertNotLocked(core, user);
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
  return wireOf(core).disabled(user);
};

const verify: RouteHandler = async (args) => {
  const user = await authorizeUser(args);
  const { core } = args;
  const wire = wireOf(core);
  const field = wire.readVerify(await readJsonBody(args.request));
  const code = await prepareCode(core, field.code, field.kinds);

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
  return wire.verified({ method, backupCodesRemaining: remaining });
};

const status: RouteHandler = async (args) => {
  const user = await authorizeUser(args);
  return wireOf(args.core).status(user);
};

export const mfaRoutes = [
  { path: '/users/:id/mfa/setup', methods: { POST: setup } },
  { path: '/users/:id/mfa/enable', methods: { POST: enable } },
  { path: '/users/:id/mfa/disable', methods: { POST: disable } },
  { path: '/users/:id/mfa/verify', methods: { POST: verify } },
  { path: '/users/:id/mfa/status', methods: { GET: status } },
] as const satisfies readonly RouteDefinition[];
