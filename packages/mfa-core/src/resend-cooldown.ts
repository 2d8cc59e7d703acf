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
export class ResendCooldown extends Countdown {
  readonly #seconds: number;

  constructor(clock: Clock, seconds: number | undefined, onChange: (remaining: number) => void) {
    super(clock, onChange);
    this.#seconds = seconds ?? DEFAULT_RESEND_COOLDOWN;
  }

  /** A code was just sent: wait the full cooldown. */
  afterSent(): void {
    this.start(this.#seconds);
  }

  /**
   * Sending failed: wait what the server asked (`Retry-After`), else `fallback` seconds
   * (default: the full cooldown; `0` waits only when the server asked).
   */
  afterFailure(error: unknown, fallback: number = this.#seconds): void {
    if (isMfaOfflineError(error)) return;
    const seconds = retryAfterSeconds(error) ?? fallback;
    if (seconds > 0) this.start(seconds);
  }
}
