import type { MfaChannel } from '@authblock/mfa-client/schemas';
import type { BackendCore, UserRecord } from './core.ts';
import {
  createTotpCredential,
  generateTotp,
  TOTP_SETTINGS,
  type TotpCredential,
  totpStep,
} from './factors/totp/totp.ts';
import type { EnabledMfa } from './types.ts';

// Test shortcuts that skip the HTTP flows, shared by the backend's helpers (in-process
// tests) and the `/__mock/*` routes (e2e suites in any language).

/** The user with this email, or an error that names the address. */
export function requireUser(core: BackendCore, email: string): UserRecord {
  const user = core.findByEmail(email);
  if (!user) throw new Error(`mfa-mock: no user with the email ${email.trim().toLowerCase()}`);
  return user;
}

/** The user's TOTP secret: the enabled one, else the one of a setup in progress. */
export function totpCredentialOf(core: BackendCore, email: string): TotpCredential {
  const user = requireUser(core, email);
  const credential = user.active?.totp ?? user.pending?.totp;
  if (!credential) throw new Error(`mfa-mock: ${user.email} has no TOTP secret`);
  return credential;
}

/** The authenticator's code for one time step. */
export function totpCodeAt(credential: TotpCredential, step: number): string {
  return generateTotp(credential.secret.base32, step * TOTP_SETTINGS.period * 1000);
}

/**
 * A code the backend accepts now: the current step's, or the first unused step after it.
 * When that step is beyond the window, the clock moves to it first (a person would wait).
 */
export function nextTotpCode(core: BackendCore, email: string): string {
  const credential = totpCredentialOf(core, email);
  const step = Math.max(totpStep(core.now()), credential.lastAcceptedStep + 1);
  if (step > totpStep(core.now()) + core.config.totpWindow) {
    core.advanceClock((step * TOTP_SETTINGS.period * 1000 - core.now()) / 1000);
  }
  return totpCodeAt(credential, step);
}

/**
 * What an authenticator app shows for `key` at `timestamp` (ms), for tests that read the
 * key off the screen as a person would type it into the app (spaces and case ignored).
 * Pass the backend's time: `backend.now()`, or `now_ms` from `POST /__mock/clock`.
 * @example authenticatorCode(shownKey, backend.now())
 */
export function authenticatorCode(key: string, timestamp: number): string {
  return generateTotp(key.replace(/\s+/g, '').toUpperCase(), timestamp);
}

/** Turns MFA on without setup and enable: a fresh secret (TOTP) and fresh backup codes. */
export async function enableMfaDirectly(
  core: BackendCore,
  email: string,
  channel: MfaChannel,
): Promise<EnabledMfa> {
  const user = requireUser(core, email);
  const { codes: backupCodes, stored } = await core.factors.backup_code.issue();
  const totp = channel === 'totp' ? createTotpCredential() : null;
  user.active = { channel, totp, backupCodes: stored };
  user.pending = null;
  user.mfaEmail = null;
  core.audit({ action: 'enabled', userId: user.id, channel });
  return {
    userId: user.id,
    channel,
    backupCodes,
    ...(totp ? { secret: totp.secret.base32 } : {}),
  };
}
