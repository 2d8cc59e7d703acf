import type { Clock } from './clock.ts';
import { Countdown } from './countdown.ts';
import { isMfaOfflineError, retryAfterSeconds } from './errors.ts';

/** Seconds between two emailed codes when the flow is not told otherwise. */
export const DEFAULT_RESEND_COOLDOWN = 30;

/**
 * The wait before another code may be emailed, one definition for every flow that sends
 * codes: the full cooldown after each code sent, the server's `Retry-After` when it
 * refused one, nothing when the device was offline (nothing was sent, so nothing to wait
 * for).
 */
export class ResendCooldown {
  readonly #countdown: Countdown;
  readonly #seconds: number;

  constructor(clock: Clock, seconds: number | undefined, onChange: (remaining: number) => void) {
    this.#seconds = seconds ?? DEFAULT_RESEND_COOLDOWN;
    this.#countdown = new Countdown(clock, onChange);
  }

  /** Whole seconds before a resend is allowed; `0` when it is. */
  get remaining(): number {
    return this.#countdown.remaining;
  }

  /** A code was just sent: wait the full cooldown. */
  afterSent(): void {
    this.#countdown.start(this.#seconds);
  }

  /**
   * Sending failed: wait what the server asked (`Retry-After`), else `fallback` seconds
   * (default: the full cooldown; `0` waits only when the server asked).
   */
  afterFailure(error: unknown, fallback: number = this.#seconds): void {
    if (isMfaOfflineError(error)) return;
    const seconds = retryAfterSeconds(error) ?? fallback;
    if (seconds > 0) this.#countdown.start(seconds);
  }

  /** Stops the wait without reporting (done, or no longer shown). */
  stop(): void {
    this.#countdown.stop();
  }
}
