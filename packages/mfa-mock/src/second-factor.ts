import type { MfaChannel } from '@authblock/mfa-client/schemas';
import type { BackendCore, UserRecord } from './core.ts';
import type { BackupCodeSet } from './factors/backup-codes/backup-codes.ts';
import {
  type FactorCredentials,
  type FactorMethod,
  normalizeCode,
  type PreparedCode,
  prepareCode as prepareForFactors,
  spendCode,
} from './factors/index.ts';
import type { TotpCredential } from './factors/totp/totp.ts';
import { MockApiError } from './internal/errors.ts';
import { lockSecondsRemaining, recordFailure, recordSuccess } from './lockout.ts';
import type { MockAuditEvent } from './types.ts';

export type { PreparedCode } from './factors/index.ts';

/**
 * Which kinds of code a request field may carry: the guide's `code` / `mfa_code` take any;
 * the reference sends backup codes in a `backup_code` field of their own.
 */
export type CodeKinds = 'any' | 'factor' | 'backup';

/**
 * Everything asynchronous about checking a code happens here, before the synchronous
 * check-and-consume in {@link spendSecondFactor}. A code is prepared only for the factors
 * its field may carry, so it is never checked against the others.
 */
export async function prepareCode(
  core: BackendCore,
  input: string,
  kinds: CodeKinds = 'any',
): Promise<PreparedCode> {
  const prepared = await prepareForFactors(core.factors, normalizeCode(input));
  if (kinds === 'any') return prepared;
  const { totp, email, backup_code } = prepared.forFactor;
  const forFactor =
    kinds === 'factor'
      ? { totp, email, backup_code: null }
      : { totp: null, email: null, backup_code };
  return { ...prepared, forFactor };
}

/** What a code is checked against. */
export interface SecondFactorTarget {
  channel: MfaChannel;
  totp: TotpCredential | null;
  /** `null`: backup codes are not accepted here (setup verification, enable). */
  backupCodes: BackupCodeSet | null;
}

export type SpentMethod = FactorMethod;
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

/** What a code may match for this user and target: the channel's factor, and backup codes. */
function credentialsFor(user: UserRecord, target: SecondFactorTarget): FactorCredentials {
  return {
    totp: target.channel === 'totp' ? target.totp : null,
    email: target.channel === 'email' ? user.mfaEmail : null,
    backup_code: target.backupCodes,
  };
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
  const result = spendCode(core.factors, code, credentialsFor(user, target), now);

  if (result.outcome === 'accepted') {
    recordSuccess(user.lockout);
    user.lastVerifiedAt = now;
    if (result.method === 'email') user.mfaEmailUsed = true;
    if (result.method === 'backup_code') {
      core.audit({ action: 'backup_code_used', userId: user.id, method: 'backup_code', context });
    }
    core.audit({ action: 'verified', userId: user.id, method: result.method, context });
    return result.method;
  }

  const failure = result.outcome;
  if (failure === 'replayed' && result.method) {
    core.audit({ action: 'replay_rejected', userId: user.id, method: result.method, context });
  }
  core.audit({ action: 'failed', userId: user.id, reason: failure, context });
  // A replayed code was right moments ago: a double submit, not a guess. Counting it would
  // let twenty double-submits of one good code lock the person out. A replaced one was
  // right until a resend: not a guess either.
  const isGuess = failure !== 'replayed' && failure !== 'replaced';
  if (isGuess && recordFailure(user.lockout, now, core.config.lockout)) {
    core.audit({ action: 'locked', userId: user.id, context });
    assertNotLocked(core, user);
  }
  const remaining = core.config.lockout.maxAttempts - user.lockout.failures;
  if (failure === 'expired') {
    throw new MockApiError(401, 'code_expired', 'The code has expired. Ask for a new one.', {
      meta: { attempts_remaining: remaining },
    });
  }
  if (failure === 'replayed') {
    throw new MockApiError(401, 'code_used', 'The code was already used. Wait for the next one.', {
      meta: { attempts_remaining: remaining },
    });
  }
  if (failure === 'replaced') {
    throw new MockApiError(401, 'code_replaced', 'A newer code was sent. Use the newest one.', {
      meta: { attempts_remaining: remaining },
    });
  }
  throw new MockApiError(401, 'invalid_mfa_code', 'The verification code is not valid.', {
    meta: { attempts_remaining: remaining },
  });
}
