import { HOTP, Secret, TOTP } from 'otpauth';
import type { SecondFactorProvider } from '../provider.ts';

/** What every authenticator app assumes: SHA1, 6 digits, 30-second steps. */
export const TOTP_SETTINGS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;

/** Shown in the authenticator app above the account's email, unless the backend names another. */
export const TOTP_ISSUER = 'Auth Block';

/** A user's TOTP secret and the newest time step ever accepted for it. */
export interface TotpCredential {
  secret: Secret;
  /** Steps at or below this were used (or are older than one that was): never accepted again. */
  lastAcceptedStep: number;
}

/** A fresh credential: 20 random bytes (160 bits, RFC 4226's recommendation). */
export function createTotpCredential(): TotpCredential {
  return { secret: new Secret({ size: 20 }), lastAcceptedStep: Number.NEGATIVE_INFINITY };
}

/** The `otpauth://totp/...` URI an authenticator app scans. */
export function totpUri(
  credential: TotpCredential,
  accountEmail: string,
  issuer: string = TOTP_ISSUER,
): string {
  return new TOTP({
    issuer,
    label: accountEmail,
    secret: credential.secret,
    ...TOTP_SETTINGS,
  }).toString();
}

/** The time step (counter) at `timestamp`. */
export function totpStep(timestamp: number): number {
  return TOTP.counter({ period: TOTP_SETTINGS.period, timestamp });
}

/** The code for `timestamp`, as an authenticator app would show it. */
export function generateTotp(secretBase32: string, timestamp: number): string {
  return TOTP.generate({
    secret: Secret.fromBase32(secretBase32),
    timestamp,
    ...TOTP_SETTINGS,
  });
}

export type TotpCheck =
  | { outcome: 'accepted'; step: number }
  | { outcome: 'replayed' }
  | { outcome: 'invalid' };

/**
 * Checks `token` against every step within `window` of now. A step at or below the last
 * accepted one is a replay (or an older code after a newer one), never accepted. Pure:
 * the caller records the step with `acceptTotpStep` in the same synchronous turn.
 */
export function checkTotp(
  credential: TotpCredential,
  token: string,
  timestamp: number,
  window: number,
): TotpCheck {
  if (!/^\d{6}$/.test(token)) return { outcome: 'invalid' };
  const current = totpStep(timestamp);
  let accepted: number | null = null;
  let replayed = false;
  // Every step is checked (no early exit) so timing does not tell which one matched.
  for (let step = current - window; step <= current + window; step++) {
    const matches =
      HOTP.validate({
        token,
        secret: credential.secret,
        counter: step,
        window: 0,
        algorithm: TOTP_SETTINGS.algorithm,
        digits: TOTP_SETTINGS.digits,
      }) !== null;
    if (!matches) continue;
    if (step > credential.lastAcceptedStep) accepted = Math.max(accepted ?? step, step);
    else replayed = true;
  }
  if (accepted !== null) return { outcome: 'accepted', step: accepted };
  return replayed ? { outcome: 'replayed' } : { outcome: 'invalid' };
}

/** Marks `step` (and so every older one) as used. */
export function acceptTotpStep(credential: TotpCredential, step: number): void {
  credential.lastAcceptedStep = Math.max(credential.lastAcceptedStep, step);
}

/** The authenticator app as a second factor: six digits, each time step accepted once. */
export function createTotpFactor(options: {
  /** Steps accepted on either side of the current one. */
  window: number;
}): SecondFactorProvider<TotpCredential, string> {
  return {
    method: 'totp',
    prepare: (normalized) => (/^\d{6}$/.test(normalized) ? normalized : null),
    spend(credential, code, now) {
      const check = checkTotp(credential, code, now, options.window);
      if (check.outcome === 'accepted') acceptTotpStep(credential, check.step);
      return check.outcome;
    },
  };
}
