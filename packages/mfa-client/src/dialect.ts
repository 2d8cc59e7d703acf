import { isReferenceCode } from './errors/codes.ts';
import { isMfaApiError } from './errors/guards.ts';
import type { Requester } from './transport/http.ts';

/**
 * The two vendor documents' forms of the wire: `guide` (the 2FA guide) and `reference`
 * (the API reference). The client reads answers of both whatever it knows; the dialect
 * decides only where it sends a backup code.
 */
export type Dialect = 'guide' | 'reference';

/** What the client knows of the server's dialect. */
export interface DialectMemory {
  /** Whether the server reads a backup code from `backup_code` (the reference). */
  readonly isReference: boolean;
  /** An answer only a reference server gives was read. */
  heardReference(): void;
}

/**
 * Pinned when the app says which dialect its server speaks. Otherwise `guide` until the
 * client reads an answer only the reference gives, then `reference` for good (a server
 * does not change dialect). An MFA user's sign-in always begins with such an answer when
 * the server is a reference one (its 200 "MFA required" error document), so step two
 * already knows where a backup code goes.
 */
export function createDialectMemory(pinned: Dialect | undefined): DialectMemory {
  let isReference = pinned === 'reference';
  return {
    get isReference() {
      return isReference;
    },
    heardReference() {
      if (pinned === undefined) isReference = true;
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
        dialect.heardReference();
      }
      throw error;
    }
  };
}
