import { SingleFlight } from './flow.ts';

/**
 * Checking a typed code, the part every flow that takes one shares: one check at a time
 * (a double click never sends a code twice), and the last code checked is kept so that
 * after a failure on the way "Try again" sends exactly it again.
 */
export class CodeCheck {
  readonly #flight = new SingleFlight();
  #lastCode: string | null = null;

  /** A check is running. */
  get isRunning(): boolean {
    return this.#flight.isRunning;
  }

  /** Runs `check` with `code` unless one already runs (then `undefined`). */
  run<T>(code: string, check: (code: string) => Promise<T>): Promise<T | undefined> {
    return this.#flight.run(() => {
      this.#lastCode = code;
      return check(code);
    });
  }

  /** Hands the last code checked to `submit` again; `false` when none was checked yet. */
  retry(submit: (code: string) => Promise<boolean>): Promise<boolean> {
    return this.#lastCode === null ? Promise.resolve(false) : submit(this.#lastCode);
  }
}
