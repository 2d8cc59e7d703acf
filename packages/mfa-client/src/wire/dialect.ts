import { isReferenceCode } from '../errors/codes.ts';
import { isMfaApiError } from '../errors/guards.ts';
import type { Requester } from '../http.ts';

/**
 * The two vendor documents' forms of the wire: `guide` (the 2FA guide) and `reference`
 * (the API reference). The client reads answers of both whatever it knows; the dialect
 * decides only where it sends a backup code.
 */
export type Dialect = 'guide' | 'reference';

/** What the client knows of the server's dialect. */
export interface DialectMemory {
  readonly current: Dialect;
  /** An answer only `dialect` gives was read. */
  heard(dialect: Dialect): void;
}

/**
 * Pinned when the app says which dialect its server speaks; otherwise learnt from every
 * answer only one dialect gives (the latest wins), and `guide` until one was read. An MFA
 * user's sign-in always begins with such an answer (the guide's `mfa_required` user or the
 * reference's 200 error document), so step two already knows where a backup code goes.
 */
export function createDialectMemory(pinned: Dialect | undefined): DialectMemory {
  let current: Dialect = pinned ?? 'guide';
  return {
    get current() {
      return current;
    },
    heard(dialect) {
      if (pinned === undefined) current = dialect;
    },
  };
}

/**
 * The requester, learning from error answers too: the reference's own codes (`45365M`,
 * `mfa_invalid`, `GW-PL-…`) and its string `source` only come from a reference server.
 */
export function learningFromErrors(request: Requester, dialect: DialectMemory): Requester {
  return async (call, read) => {
    try {
      return await request(call, read);
    } catch (error) {
      if (
        isMfaApiError(error) &&
        (isReferenceCode(error.serverCode) ||
          error.errors.some((item) => typeof item.source === 'string'))
      ) {
        dialect.heard('reference');
      }
      throw error;
    }
  };
}
