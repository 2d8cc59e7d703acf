import { constantTimeEqual, randomDigits } from '../../internal/crypto.ts';
import type { SecondFactorProvider } from '../provider.ts';

/** Why a code was emailed; shown in the dev mailbox. */
export type EmailPurpose = 'mfa_setup' | 'mfa_sign_in' | 'passwordless';

/** One emailed code. A user has two slots: the MFA code and the passwordless code. */
export interface EmailCode {
  code: string;
  purpose: EmailPurpose;
  sentAt: number;
  consumed: boolean;
  /** Wrong guesses against this code (passwordless codes burn after a few). */
  failures: number;
  /**
   * The unused code this one replaced (a resend), so that typing it gets "a newer code was
   * sent" rather than "not correct". It no longer signs anyone in.
   */
  replaced?: string | undefined;
}

/** Six random digits; leading zeros are as likely as any other digit. */
export function issueEmailCode(purpose: EmailPurpose, now: number): EmailCode {
  return { code: randomDigits(6), purpose, sentAt: now, consumed: false, failures: 0 };
}

/** Wrong guesses a passwordless code survives (it has no account lock of its own). */
export const MAX_GUESSES_PER_CODE = 5;

/** Counts a wrong guess against a code; once it has had too many, it is spent. */
export function recordWrongGuess(slot: EmailCode): void {
  if (slot.consumed) return;
  slot.failures += 1;
  if (slot.failures >= MAX_GUESSES_PER_CODE) slot.consumed = true;
}

/** Spent by wrong guesses, not by a sign-in. */
export function isBurned(slot: EmailCode): boolean {
  return slot.failures >= MAX_GUESSES_PER_CODE;
}

/** Unused and within its lifetime. */
export function isLive(slot: EmailCode | null, now: number, ttlMs: number): slot is EmailCode {
  return slot !== null && !slot.consumed && now - slot.sentAt < ttlMs;
}

export type EmailCheck = 'valid' | 'expired' | 'invalid';

const NO_CODE = '\u0000'.repeat(6);

/**
 * Compares `input` with the slot's code in constant time, then looks at expiry: a right
 * code past its lifetime is `expired`, a wrong one is `invalid` either way. A used code
 * is `invalid`. Pure: the caller consumes it in the same synchronous turn.
 */
export function checkEmailCode(
  slot: EmailCode | null,
  input: string,
  now: number,
  ttlMs: number,
): EmailCheck {
  const matches = constantTimeEqual(input, slot?.code ?? NO_CODE);
  if (!slot || !matches || slot.consumed) return 'invalid';
  return now - slot.sentAt < ttlMs ? 'valid' : 'expired';
}

/** `d***@example.com`: enough to recognise the address, not enough to harvest it. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** The emailed code as a second factor: the user's MFA code slot, used once. */
export function createEmailFactor(options: {
  /** How long a code is valid. */
  ttlMs: number;
}): SecondFactorProvider<EmailCode, string> {
  return {
    method: 'email',
    prepare: (normalized) => (/^\d{6}$/.test(normalized) ? normalized : null),
    spend(slot, code, now) {
      const check = checkEmailCode(slot, code, now, options.ttlMs);
      if (check === 'invalid' && slot.replaced && constantTimeEqual(code, slot.replaced)) {
        return 'replaced';
      }
      if (check !== 'valid') return check;
      slot.consumed = true;
      return 'accepted';
    },
  };
}
