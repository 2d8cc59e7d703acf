import type { Clock } from './clock.ts';

/**
 * Whole seconds left until a deadline, reported once per second as they change (and `0`
 * once, at the end). Deadline-based, so a late timer never makes the count drift.
 *
 * Time only runs while someone watches: a countdown is created paused, `resume()` (the
 * flow's first subscriber) schedules its timer and `pause()` (the last one leaving) clears
 * it. The deadline stays either way, so `remaining` is always right and a resumed count
 * reports where it is now, even when it ended while paused.
 */
export class Countdown {
  #deadline: number | null = null;
  #timer: unknown;
  #isRunning = false;

  constructor(
    private readonly clock: Clock,
    private readonly onChange: (remaining: number) => void,
  ) {}

  /** Whole seconds left, rounded up; `0` when not counting. */
  get remaining(): number {
    if (this.#deadline === null) return 0;
    return Math.max(0, Math.ceil((this.#deadline - this.clock.now()) / 1000));
  }

  /** (Re)starts the count at `seconds`; `0` or less stops it. */
  start(seconds: number): void {
    this.stop();
    if (seconds > 0) {
      this.#deadline = this.clock.now() + seconds * 1000;
      this.#schedule();
    }
    this.onChange(this.remaining);
  }

  /** Stops the count without reporting. */
  stop(): void {
    this.#clearTimer();
    this.#deadline = null;
  }

  /** Someone watches: report the count as it is now and tick on from there. */
  resume(): void {
    if (this.#isRunning) return;
    this.#isRunning = true;
    if (this.#deadline !== null) this.#tick();
  }

  /** Nobody watches: no timer stays scheduled (the deadline does). */
  pause(): void {
    this.#isRunning = false;
    this.#clearTimer();
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) this.clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(): void {
    if (this.#deadline === null || !this.#isRunning) return;
    const left = this.#deadline - this.clock.now();
    // Wake up when the rounded-up number of seconds next changes.
    this.#timer = this.clock.setTimeout(() => this.#tick(), left % 1000 || 1000);
  }

  #tick(): void {
    this.#timer = undefined;
    if (this.#deadline === null) return;
    if (this.#deadline - this.clock.now() <= 0) this.#deadline = null;
    else this.#schedule();
    this.onChange(this.remaining);
  }
}
