import { SingleFlight } from './flow.ts';

/**
 * Checking a typed code, the part every flow that takes one shares: one check at a time
 * (a double click never sends a code twice), a code the server refused is not sent again
 * (a code that submitted itself, then a click on Verify out of habit, would cost two of
 * the five tries), and the last code checked is kept so that after a failure on the way
 * "Try again" sends exactly it again.
 */
export class CodeCheck {
  readonly #flight = new SingleFlight();
  #lastCode: string | null = null;
  #refusedCode: string | null = null;

  /** A check is running. */
  get isRunning(): boolean {
    return this.#flight.isRunning;
  }

  /**
   * Runs `check` with `code` unless one already runs or the server refused this very code
   * (then `undefined`: nothing is sent).
   */
  run<T>(code: string, check: (code: string) => Promise<T>): Promise<T | undefined> {
    if (code === this.#refusedCode) return Promise.resolve(undefined);
    return this.#flight.run(() => {
      this.#lastCode = code;
      return check(code);
    });
  }

  /** The server refused the last code checked (wrong, used, expired): it is not sent again. */
  refused(): void {
    this.#refusedCode = this.#lastCode;
  }

  /** Hands the last code checked to `submit` again; `false` when none was checked yet. */
  retry(submit: (code: string) => Promise<boolean>): Promise<boolean> {
    return this.#lastCode === null ? Promise.resolve(false) : submit(this.#lastCode);
  }
}
