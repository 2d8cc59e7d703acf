/** Failed second factors for one account, across sign-ins, verify and enable. */
export interface LockoutState {
  failures: number;
  lockedUntil: number;
}

export interface LockoutPolicy {
  maxAttempts: number;
  durationMs: number;
}

export function newLockoutState(): LockoutState {
  return { failures: 0, lockedUntil: 0 };
}

/** Whole seconds until the lock ends, 0 when not locked. */
export function lockSecondsRemaining(state: LockoutState, now: number): number {
  return state.lockedUntil > now ? Math.ceil((state.lockedUntil - now) / 1000) : 0;
}

/**
 * Counts one failure; returns true when it starts a lock. Synchronous on purpose: callers
 * run it in the same turn as the check, so parallel guesses cannot all be evaluated.
 */
export function recordFailure(state: LockoutState, now: number, policy: LockoutPolicy): boolean {
  state.failures += 1;
  if (state.failures < policy.maxAttempts) return false;
  state.failures = 0;
  state.lockedUntil = now + policy.durationMs;
  return true;
}

export function recordSuccess(state: LockoutState): void {
  state.failures = 0;
}
