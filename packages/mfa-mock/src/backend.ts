import type { MfaChannel } from '@authblock/mfa-client/schemas';
import { BackendCore, resolveConfig, type UserRecord } from './core.ts';
import {
  createTotpCredential,
  generateTotp,
  TOTP_SETTINGS,
  totpStep,
} from './factors/totp/totp.ts';
import { assertSupportedMsw } from './internal/msw-version.ts';
import { createHandlers, respondWith } from './router.ts';
import type { EnabledMfa, MockBackend, MockBackendOptions } from './types.ts';

/**
 * Creates an in-memory Auth Block backend: users, MFA state, sessions, a mailbox and an
 * audit log, with msw handlers for every route of the contract and the `/__mock/*`
 * development routes.
 *
 * @example
 * const backend = createMockBackend({ clock: { now: () => fakeNow } });
 * const server = setupServer(...backend.handlers);
 */
export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  assertSupportedMsw();
  const core = new BackendCore(resolveConfig(options));
  const handlers = createHandlers(core);

  const requireUser = (email: string): UserRecord => {
    const user = core.findByEmail(email);
    if (!user) throw new Error('mfa-mock: no user with this email');
    return user;
  };

  return {
    handlers,
    fetch: (request) => respondWith(handlers, request),
    reset: () => core.reset(),
    snapshot: () => core.exportState(),
    restore: (snapshot) => core.importState(snapshot),
    advanceClock: (seconds) => core.advanceClock(seconds),
    now: () => core.now(),
    mailbox: (email) => {
      const address = email.trim().toLowerCase();
      return core.mailbox().filter((mail) => mail.to === address);
    },
    lastCode(email, purpose) {
      const mails = this.mailbox(email).filter((mail) => !purpose || mail.purpose === purpose);
      return mails.at(-1)?.code;
    },
    events: () => core.events(),
    createUser: (input) => ({ id: core.createUser(input).id }),
    user: (email) => {
      const user = core.findByEmail(email);
      return user ? core.snapshot(user) : undefined;
    },
    requests: () => core.requests(),
    async enableMfaFor(email: string, channel: MfaChannel): Promise<EnabledMfa> {
      const user = requireUser(email);
      const { codes: backupCodes, stored: hashed } = await core.factors.backup_code.issue();
      const totp = channel === 'totp' ? createTotpCredential() : null;
      user.active = { channel, totp, backupCodes: hashed };
      user.pending = null;
      user.mfaEmail = null;
      core.audit({ action: 'enabled', userId: user.id, channel });
      return {
        userId: user.id,
        channel,
        backupCodes,
        ...(totp ? { secret: totp.secret.base32 } : {}),
      };
    },
    totpCode(email, { offsetSteps = 0 } = {}) {
      const user = requireUser(email);
      const credential = user.active?.totp ?? user.pending?.totp;
      if (!credential) throw new Error('mfa-mock: this user has no TOTP secret');
      const step = totpStep(core.now()) + offsetSteps;
      return generateTotp(credential.secret.base32, step * TOTP_SETTINGS.period * 1000);
    },
    issueToken: (email, { expiresInSeconds } = {}) =>
      core.state.tokens.issue(requireUser(email).id, expiresInSeconds),
  };
}
