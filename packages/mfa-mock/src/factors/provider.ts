/** What one check of a typed code against one stored credential found. */
/**
 * `replayed`: right, but already used (a TOTP step that signed in). `replaced`: an emailed
 * code a newer one replaced. Neither is a guess, so neither counts toward the lock.
 */
export type FactorOutcome = 'accepted' | 'invalid' | 'expired' | 'replayed' | 'replaced';

/**
 * One second factor: how a typed code is checked against what the backend stores for it.
 * Each factor's folder exports one; the backend's core runs them (attempt counting, lock,
 * audit) without knowing any of them in particular, and nothing here knows the core.
 */
export interface SecondFactorProvider<Credential, Prepared> {
  /** The method name in the audit log and in `verify`'s answer. */
  readonly method: string;
  /**
   * Everything asynchronous about a check (hashing), done before the synchronous part.
   * `null` when the code does not have this factor's form: it is not checked against it.
   */
  prepare(normalized: string): Prepared | null | Promise<Prepared | null>;
  /**
   * Checks the code and, when it is right, spends it (records the TOTP step, consumes the
   * code) in one synchronous step: two concurrent requests cannot both spend it.
   */
  spend(credential: Credential, code: Prepared, now: number): FactorOutcome;
}

/** How people type codes: any case, with spaces or dashes for readability. */
export function normalizeCode(input: string): string {
  return input.replace(/[\s-]+/g, '').toUpperCase();
}
