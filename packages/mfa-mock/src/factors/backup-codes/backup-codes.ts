import {
  constantTimeEqualBytes,
  hmacSha256,
  importHmacKey,
  randomFromAlphabet,
} from '../../internal/crypto.ts';
import { normalizeCode, type SecondFactorProvider } from '../provider.ts';

export const BACKUP_CODE_COUNT = 10;
export const BACKUP_CODE_LENGTH = 8;

/** Uppercase letters and digits without the look-alikes 0/O and 1/I. */
export const BACKUP_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Stored form: keyed hashes only, and which of them were spent. */
export interface BackupCodeSet {
  hashes: Uint8Array[];
  used: boolean[];
}

/** Ten distinct random codes, in the form shown to the user once. */
export function generateBackupCodes(): string[] {
  const codes = new Set<string>();
  while (codes.size < BACKUP_CODE_COUNT) {
    codes.add(randomFromAlphabet(BACKUP_CODE_ALPHABET, BACKUP_CODE_LENGTH));
  }
  return [...codes];
}

/**
 * Could this be a backup code? 8 letters/digits after normalising (Auth Block's docs also
 * show 8-digit codes, which this accepts too).
 */
export function looksLikeBackupCode(normalized: string): boolean {
  return /^[A-Z0-9]{8}$/.test(normalized);
}

/**
 * Index of the unused code with this hash, or -1. Compares against every stored hash in
 * constant time (no early exit). Pure: consume with `consumeBackupCode` in the same turn.
 */
export function findUnusedBackupCode(set: BackupCodeSet, hash: Uint8Array): number {
  let found = -1;
  set.hashes.forEach((stored, index) => {
    const equal = constantTimeEqualBytes(stored, hash);
    if (equal && !set.used[index]) found = index;
  });
  return found;
}

export function consumeBackupCode(set: BackupCodeSet, index: number): void {
  set.used[index] = true;
}

export function backupCodesRemaining(set: BackupCodeSet | null): number {
  return set ? set.used.filter((used) => !used).length : 0;
}

export interface BackupCodeFactor extends SecondFactorProvider<BackupCodeSet, Uint8Array> {
  /** Ten new codes to show once, and their stored form. */
  issue(): Promise<{ codes: string[]; stored: BackupCodeSet }>;
  /** The stored form of `codes` (as typed: normalised first). */
  hash(codes: readonly string[]): Promise<BackupCodeSet>;
}

/**
 * Backup codes as a second factor, stored as HMAC-SHA-256 under the backend's secret key:
 * a code has about 40 bits, so a bare hash of a leaked table falls to a quick search; a
 * keyed one does not without the key.
 */
export function createBackupCodeFactor(options: {
  /** The backend's secret key (32 random bytes). */
  secret: Uint8Array<ArrayBuffer>;
}): BackupCodeFactor {
  let key: Promise<CryptoKey> | undefined;
  const digest = async (normalized: string) => {
    key ??= importHmacKey(options.secret);
    return hmacSha256(await key, normalized);
  };
  const hash = async (codes: readonly string[]): Promise<BackupCodeSet> => {
    const hashes = await Promise.all(codes.map((code) => digest(normalizeCode(code))));
    return { hashes, used: hashes.map(() => false) };
  };
  return {
    method: 'backup_code',
    prepare: (normalized) => (looksLikeBackupCode(normalized) ? digest(normalized) : null),
    spend(set, code) {
      const index = findUnusedBackupCode(set, code);
      if (index < 0) return 'invalid';
      consumeBackupCode(set, index);
      return 'accepted';
    },
    hash,
    async issue() {
      const codes = generateBackupCodes();
      return { codes, stored: await hash(codes) };
    },
  };
}
