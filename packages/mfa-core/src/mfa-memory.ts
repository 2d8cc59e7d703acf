import type { MfaChannel } from '@authblock/mfa-client';

/**
 * What the kit remembers about one person between visits, so it can remind and nudge
 * (the guide: "Remind users who haven't saved codes"). No codes or secrets: flags only.
 */
export interface MfaMemory {
  /** Backup codes were shown and the person has not confirmed saving them yet. */
  backupCodesUnconfirmed?: boolean;
  /** An authenticator setup was started and not finished: its entry may be in their app. */
  totpSetupStarted?: boolean;
  /** They signed in with a backup code and have not seen the nudge about it yet. */
  backupCodeSignIn?: boolean;
  /**
   * The method the kit turned on (`null` once off): a server that names no channel (the
   * API reference's status) still gets the Method row and the nudge in the right words.
   */
  channel?: MfaChannel | null;
  /** A switch of method turned two-factor off and the new setup was not finished. */
  switchUnfinished?: boolean;
}

/**
 * Where the memory lives, per user: the app supplies one (its server, its own storage), or
 * the kit uses `localStorage` (see {@link browserMfaMemory}).
 */
export interface MfaMemoryStore {
  get(userId: string): MfaMemory;
  set(userId: string, memory: MfaMemory): void;
}

/**
 * The default store: this browser's `localStorage` (`abmfa:memory:<userId>`), or memory
 * only where there is none (server rendering, storage blocked).
 */
export function browserMfaMemory(prefix = 'abmfa:memory:'): MfaMemoryStore {
  const fallback = new Map<string, MfaMemory>();
  const storage = (): Storage | undefined => {
    try {
      return typeof localStorage === 'undefined' ? undefined : localStorage;
    } catch {
      return undefined;
    }
  };
  return {
    get(userId) {
      try {
        const saved = storage()?.getItem(prefix + userId);
        if (saved) return JSON.parse(saved) as MfaMemory;
      } catch {
        // Unreadable: treated as nothing remembered.
      }
      return fallback.get(userId) ?? {};
    },
    set(userId, memory) {
      fallback.set(userId, memory);
      try {
        storage()?.setItem(prefix + userId, JSON.stringify(memory));
      } catch {
        // Full or blocked: the in-memory copy still serves this page.
      }
    },
  };
}

/** A store that forgets on reload: for tests, stories and server rendering. */
export function inMemoryMfaMemory(): MfaMemoryStore {
  const memories = new Map<string, MfaMemory>();
  return {
    get: (userId) => memories.get(userId) ?? {},
    set: (userId, memory) => {
      memories.set(userId, memory);
    },
  };
}
