// Whether an account exists must not show in any answer: an address with an account (with
// MFA on, the case the vendor's SDK can reach) and one without are answered alike, step by
// step, through a whole lock and past it. Timing is measured by bench/enumeration.bench.ts.
import { describe, expect, it } from 'vitest';
import { ADDRESS_LOCKS, BackendCore, resolveConfig } from './core.ts';
import { recordFailure } from './lockout.ts';
import { type CallResult, createHarness, DEMO, DIALECTS } from './test-utils/harness.ts';

const MISSING = 'nobody-here@example.com';

/** What a client can see of an answer: status, headers and body. */
const seen = (result: CallResult) => ({
  status: result.status,
  headers: [...result.headers],
  body: result.body,
});

describe.each(DIALECTS)('an existing account and a missing one, %s dialect', (dialect) => {
  const setup = async () => {
    const h = createHarness({ dialect });
    await h.backend.enableMfaFor(DEMO.email, 'totp');
    return h;
  };

  it('get the same answers to wrong passwords, with and without an mfa_code, through the lock', async () => {
    const h = await setup();
    const statuses: number[] = [];
    // Ten wrong passwords lock; two more fall inside the lock.
    for (let attempt = 0; attempt < 12; attempt++) {
      const code = attempt % 2 ? { mfa_code: '123456' } : {};
      const sign = (email: string) =>
        h.call('POST', '/auth/sign_in', { body: { email, password: 'wrong', ...code } });
      const existing = seen(await sign(DEMO.email));
      expect(seen(await sign(MISSING))).toEqual(existing);
      statuses.push(existing.status);
    }
    expect(statuses).toEqual([...Array(9).fill(401), 429, 429, 429]);
  });

  it('are throttled by the address asked for: the lock wins over the right password for both', async () => {
    const h = await setup();
    // Lock both, then show the same answer to the right password: the lock wins for both.
    for (let i = 0; i < 10; i++) {
      await h.signIn(DEMO.email, 'wrong');
      await h.signIn(MISSING, 'wrong');
    }
    const existing = seen(await h.signIn(DEMO.email, DEMO.password));
    expect(existing.status).toBe(429);
    expect(seen(await h.signIn(MISSING, DEMO.password))).toEqual(existing);
  });
});

describe('the address throttle table', () => {
  it('keeps locked addresses when full, evicting the oldest unlocked one, account or not', () => {
    const core = new BackendCore(resolveConfig({ clock: { now: () => 0 } }));
    const policy = core.config.passwordLockout;
    const lock = (email: string) => {
      for (let i = 0; i < policy.maxAttempts; i++) {
        recordFailure(core.lockFor('password', email), core.now(), policy);
      }
    };
    lock(DEMO.email);
    lock(MISSING);
    const counted = core.lockFor('password', 'counted@example.com');
    recordFailure(counted, core.now(), policy);
    for (let i = 0; i < ADDRESS_LOCKS; i++) core.lockFor('password', `spray${i}@example.com`);
    expect(core.lockFor('password', DEMO.email).lockedUntil).toBeGreaterThan(0);
    expect(core.lockFor('password', MISSING).lockedUntil).toBeGreaterThan(0);
    // Not locked, only counted: it made room, as an address without an account would.
    expect(core.lockFor('password', 'counted@example.com')).not.toBe(counted);
    expect(core.state.addressLocks.password.size).toBe(ADDRESS_LOCKS);
  });
});
