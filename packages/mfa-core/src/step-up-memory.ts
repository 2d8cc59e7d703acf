import { type Clock, systemClock } from './clock.ts';
import type { MfaStepUpLevel } from './step-up-proof.ts';

/** Auth Block tokens say nothing of step-up; Clerk's reverification window is 10 minutes too. */
export const DEFAULT_STEP_UP_WINDOW_SECONDS = 600;

/**
 * Whether a step-up succeeded recently enough to skip the dialog, per user, in memory only
 * (never in storage: a page reload asks again). A convenience for the person, not a check:
 * the proof of a skipped dialog is `{ kind: 'recent' }`, and the app's server decides from
 * its own record whether that is enough.
 */
export class MfaStepUpMemory {
  readonly #clock: Clock;
  readonly #windowMs: number;
  /** When each user last passed a step-up of each level. */
  readonly #successes = new Map<string, Partial<Record<MfaStepUpLevel, number>>>();

  constructor({
    windowSeconds = DEFAULT_STEP_UP_WINDOW_SECONDS,
    clock = systemClock,
  }: { windowSeconds?: number | undefined; clock?: Clock | undefined } = {}) {
    this.#clock = clock;
    this.#windowMs = Math.max(0, windowSeconds) * 1000;
  }

  /** `userId` just passed a step-up of `level`. */
  remember(userId: string, level: MfaStepUpLevel): void {
    this.#successes.set(userId, { ...this.#successes.get(userId), [level]: this.#clock.now() });
  }

  /** `userId` passed a step-up of at least `level` within the window. */
  isRecent(userId: string, level: MfaStepUpLevel): boolean {
    const success = this.#successes.get(userId);
    return (
      this.#isLive(success?.full) || (level === 'second-factor' && this.#isLive(success?.[level]))
    );
  }

  /** Forgets one user (the server refused the remembered success), or everyone (sign-out). */
  clear(userId?: string): void {
    if (userId === undefined) this.#successes.clear();
    else this.#successes.delete(userId);
  }

  #isLive(at: number | undefined): boolean {
    return at !== undefined && this.#clock.now() - at < this.#windowMs;
  }
}
