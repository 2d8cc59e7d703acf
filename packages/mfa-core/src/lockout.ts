import type { Clock } from './clock.ts';
import { Countdown } from './countdown.ts';
import { isLockout, retryAfterSeconds } from './errors.ts';

/** What a flow's state says about a lockout. */
export interface LockoutFields {
  /** `Retry-After` of the latest lockout in seconds; kept after it ends until the next try. */
  lockoutSeconds: number | null;
  /** Seconds until the lockout ends; `0` when not locked. */
  lockoutRemaining: number;
  /** A lockout has just run out: "you can try again now". */
  isLockoutOver: boolean;
}

/** The lockout fields before any lockout. */
export const noLockout: LockoutFields = {
  lockoutSeconds: null,
  lockoutRemaining: 0,
  isLockoutOver: false,
};

/**
 * Seconds of the lockout `error` starts: a `too_many_attempts` with `Retry-After`.
 * `undefined` for anything else, including a lockout without a named end (Auth Block's
 * `GW-PL-014`: the code was cleared, so a new one is needed, not a wait).
 */
export function lockoutSeconds(error: unknown): number | undefined {
  return isLockout(error) ? retryAfterSeconds(error) : undefined;
}

/**
 * The countdown of a lockout, one definition for every flow that checks codes: ticks
 * `lockoutRemaining` down once per second and reports `isLockoutOver` when it ends.
 */
export class LockoutCountdown {
  readonly #countdown: Countdown;
  /** Seconds left; `0` when not locked (right even while paused). */
  get remaining(): number {
    return this.#countdown.remaining;
  }

  #isRunning = false;

  constructor(
    clock: Clock,
    onChange: (fields: Pick<LockoutFields, 'lockoutRemaining' | 'isLockoutOver'>) => void,
  ) {
    this.#countdown = new Countdown(clock, (lockoutRemaining) => {
      const isLockoutOver = this.#isRunning && lockoutRemaining === 0;
      if (lockoutRemaining === 0) this.#isRunning = false;
      onChange({ lockoutRemaining, isLockoutOver });
    });
  }

  /** Locks for `seconds` from now. */
  start(seconds: number): void {
    this.#isRunning = seconds > 0;
    this.#countdown.start(seconds);
  }

  /** Ends the count without reporting (signed in, another address, no longer shown). */
  stop(): void {
    this.#isRunning = false;
    this.#countdown.stop();
  }

  /** See `Countdown.resume`. */
  resume(): void {
    this.#countdown.resume();
  }

  /** See `Countdown.pause`. */
  pause(): void {
    this.#countdown.pause();
  }
}
