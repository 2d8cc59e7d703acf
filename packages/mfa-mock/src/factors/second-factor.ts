import type { MfaChannel } from '@authblock/mfa-client/schemas';
import type { BackendCore, UserRecord } from '../core.ts';
import { MockApiError } from '../internal/errors.ts';
import type { MockAuditEvent } from '../types.ts';
import {
  type BackupCodeSet,
  consumeBackupCode,
  findUnusedBackupCode,
  hashBackupCodeInput,
  looksLikeBackupCode,
  normalizeCode,
} from './backup-codes/backup-codes.ts';
import { checkEmailCode } from './email/email-codes.ts';
import { lockSecondsRemaining, recordFailure, recordSuccess } from './lockout.ts';
import { acceptTotpStep, checkTotp, type TotpCredential } from './totp/totp.ts';

/** A typed code, normalised, with its backup-code hash computed ahead of the check. */
export interface PreparedCode {
  normalized: string;
  backupHash: Uint8Array | null;
}

/**
 * Everything asynchronous about checking a code happens here, before the synchronous
 * check-and-consume in {@link spendSecondFactor}.
 */
export async function prepareCode(input: string): Promise<PreparedCode> {
  const normalized = normalizeCode(input);
  const backupHash = looksLikeBackupCode(normalized) ? await hashBackupCodeInput(normalized) : null;
  return { normalized, backupHash };
}

/** What a code is checked against. */
export interface SecondFactorTarget {
  channel: MfaChannel;
  totp: TotpCredential | null;
  /** `null`: backup codes are not accepted here (setup verification, enable). */
  backupCodes: BackupCodeSet | null;
}

export type SpentMethod = 'totp' | 'email' | 'backup_code';
type Context = NonNullable<MockAuditEvent['context']>;

/** 429 while the account is locked. */
export function assertNotLocked(core: BackendCore, user: UserRecord): void {
  const seconds = lockSecondsRemaining(user.lockout, core.now());
  if (seconds > 0) {
    throw new MockApiError(
      429,
      'too_many_attempts',
      'Too many wrong codes. Try again when the lock ends.',
      { retryAfterSeconds: seconds },
    );
  }
}

/**
 * Checks a second factor and, if it is right, spends it (TOTP step recorded, emailed
 * code or backup code consumed). A wrong one counts towards the lock. Synchronous from
 * the lock check to the consume: twenty parallel requests cannot slip in between, so a
 * backup code is spent once and at most `maxAttempts` guesses are ever evaluated.
 * @throws MockApiError 429 `too_many_attempts`, 401 `invalid_mfa_code` or `code_expired`.
 */
export function spendSecondFactor(
  core: BackendCore,
  user: UserRecord,
  code: PreparedCode,
  target: SecondFactorTarget,
  context: Context,
): SpentMethod {
  assertNotLocked(core, user);
  const now = core.now();
  let failure: 'invalid' | 'expired' | 'replayed' = 'invalid';

  if (/^\d{6}$/.test(code.normalized)) {
    if (target.channel === 'totp' && target.totp) {
      const check = checkTotp(target.totp, code.normalized, now, core.config.totpWindow);
      if (check.outcome === 'accepted') {
        acceptTotpStep(target.totp, check.step);
        return succeed(core, user, 'totp', context);
      }
      if (check.outcome === 'replayed') {
        failure = 'replayed';
        core.audit({ action: 'replay_rejected', userId: user.id, method: 'totp', context });
      }
    } else if (target.channel === 'email') {
      const check = checkEmailCode(user.mfaEmail, code.normalized, now, core.config.emailTtlMs);
      if (check === 'valid' && user.mfaEmail) {
        user.mfaEmail.consumed = true;
        return succeed(core, user, 'email', context);
      }
      if (check === 'expired') failure = 'expired';
    }
  } else if (target.backupCodes && code.backupHash) {
    const index = findUnusedBackupCode(target.backupCodes, code.backupHash);
    if (index >= 0) {
      consumeBackupCode(target.backupCodes, index);
      core.audit({ action: 'backup_code_used', userId: user.id, method: 'backup_code', context });
      return succeed(core, user, 'backup_code', context);
    }
  }

  core.audit({ action: 'failed', userId: user.id, reason: failure, context });
  if (recordFailure(user.lockout, now, core.config.lockout)) {
    core.audit({ action: 'locked', userId: user.id, context });
    assertNotLocked(core, user);
  }
  const remaining = core.config.lockout.maxAttempts - user.lockout.failures;
  if (failure === 'expired') {
    throw new MockApiError(401, 'code_expired', 'The code has expired. Ask for a new one.', {
      meta: { attempts_remaining: remaining },
    });
  }
  throw new MockApiError(401, 'invalid_mfa_code', 'The verification code is not valid.', {
    meta: { attempts_remaining: remaining },
  });
}

function succeed(
  core: BackendCore,
  user: UserRecord,
  method: SpentMethod,
  context: Context,
): SpentMethod {
  recordSuccess(user.lockout);
  core.audit({ action: 'verified', userId: user.id, method, context });
  return method;
}
