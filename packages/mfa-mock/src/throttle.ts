import type { BackendCore, GuessKind, UserRecord } from './core.ts';
import { MockApiError } from './internal/errors.ts';
import {
  type LockoutState,
  lockSecondsRemaining,
  recordFailure,
  recordSuccess,
} from './lockout.ts';

const LOCKED: Record<GuessKind, string> = {
  password: 'Too many wrong passwords. Try again when the lock ends.',
  passwordless: 'Too many wrong sign-in codes. Try again when the lock ends.',
};

function assertUnlocked(core: BackendCore, lock: LockoutState, kind: GuessKind): void {
  const seconds = lockSecondsRemaining(lock, core.now());
  if (seconds > 0) {
    throw new MockApiError(429, 'too_many_attempts', LOCKED[kind], { retryAfterSeconds: seconds });
  }
}

/**
 * Checks a password, counting wrong ones per address (known or not: the lock says nothing
 * about whether an account exists). While the address is locked nothing is checked, and
 * any answer, even the right password, is a 429. The decision runs in one synchronous step
 * after the (asynchronous) hash: parallel guesses past the limit get a 429 whatever they
 * were, so no more than `maxAttempts` are ever answered.
 * @returns whether the password matched (and the user exists).
 * @throws MockApiError 429 `too_many_attempts` while locked, and on the guess that locks.
 */
export async function checkPassword(
  core: BackendCore,
  email: string,
  user: UserRecord | undefined,
  password: string,
): Promise<boolean> {
  const lock = core.lockFor('password', email);
  assertUnlocked(core, lock, 'password');
  const matches = await core.passwordMatches(user, password);

  assertUnlocked(core, lock, 'password');
  if (matches) {
    recordSuccess(lock);
    return true;
  }
  if (recordFailure(lock, core.now(), core.config.passwordLockout)) {
    core.audit({ action: 'locked', userId: user?.id ?? null, method: 'password' });
    assertUnlocked(core, lock, 'password');
  }
  return false;
}

/** 429 while password sign-in (and disable) is locked for this address. */
export function assertPasswordUnlocked(core: BackendCore, email: string): void {
  assertUnlocked(core, core.lockFor('password', email), 'password');
}

/** 429 while passwordless sign-in is locked for this address. */
export function assertPasswordlessUnlocked(core: BackendCore, email: string): void {
  assertUnlocked(core, core.lockFor('passwordless', email), 'passwordless');
}

/**
 * Counts a passwordless code guess for an address, across codes: a right one clears the
 * count, a wrong one adds to it and may start the lock (then a 429).
 */
export function recordPasswordlessGuess(
  core: BackendCore,
  email: string,
  userId: string | null,
  right: boolean,
): void {
  const lock = core.lockFor('passwordless', email);
  if (right) {
    recordSuccess(lock);
    return;
  }
  if (recordFailure(lock, core.now(), core.config.passwordlessLockout)) {
    core.audit({ action: 'locked', userId, method: 'passwordless', context: 'passwordless' });
    assertUnlocked(core, lock, 'passwordless');
  }
}
