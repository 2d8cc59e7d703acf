import { constantTimeEqualBytes, randomFromAlphabet, sha256 } from '../../internal/crypto.ts';

export const BACKUP_CODE_COUNT = 10;
export const BACKUP_CODE_LENGTH = 8;

/** Uppercase letters and digits without the look-alikes 0/O and 1/I. */
export const BACKUP_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Stored form: hashes only, and which of them were spent. */
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

/** How people type codes: any case, with spaces or dashes for readability. */
export function normalizeCode(input: string): string {
  return input.replace(/[\s-]+/g, '').toUpperCase();
}

/**
 * Could this be a backup code? 8 letters/digits after normalising (Auth Block's docs also
 * show 8-digit codes, which this accepts too).
 */
export function looksLikeBackupCode(normalized: string): boolean {
  return /^[A-Z0-9]{8}$/.test(normalized);
}

/** Hashes codes for storage (SHA-256 of the normalised code). */
export async function hashBackupCodes(codes: readonly string[]): Promise<BackupCodeSet> {
  const hashes = await Promise.all(codes.map((code) => sha256(normalizeCode(code))));
  return { hashes, used: hashes.map(() => false) };
}

/** The hash to look a typed code up with. Compute it before the synchronous check. */
export function hashBackupCodeInput(normalized: string): Promise<Uint8Array> {
  return sha256(normalized);
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
