import { describe, expect, it } from 'vitest';
import { browserMfaMemory, inMemoryMfaMemory } from './mfa-memory.ts';

describe('inMemoryMfaMemory', () => {
  it('keeps each user’s flags apart, and forgets nothing until it is dropped', () => {
    const store = inMemoryMfaMemory();
    store.set('user-1', { backupCodesUnconfirmed: true });

    expect(store.get('user-1')).toEqual({ backupCodesUnconfirmed: true });
    expect(store.get('user-2')).toEqual({});
    expect(inMemoryMfaMemory().get('user-1')).toEqual({});
  });
});

describe('browserMfaMemory', () => {
  // Node has no `localStorage`, as on a server rendering the page: the store still works,
  // in memory, instead of throwing during the render.
  it('remembers in memory where there is no localStorage', () => {
    expect(typeof localStorage).toBe('undefined');
    const store = browserMfaMemory();
    store.set('user-1', { totpSetupStarted: true });

    expect(store.get('user-1')).toEqual({ totpSetupStarted: true });
    expect(store.get('user-2')).toEqual({});
  });
});
