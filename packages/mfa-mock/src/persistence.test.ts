// A backend's state survives being saved as JSON and restored into another backend (the
// demo does this across page reloads): users, passwords, MFA secrets, backup codes (spent
// ones stay spent), pending setups, mailbox, audit log, clock and the tokens already issued.
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from './internal/persistence.ts';
import { createHarness, DEMO, expectError } from './test-utils/harness.ts';

const OTHER = { email: 'ana@example.com', password: 'Another-password-1' };

/** Through JSON, as localStorage would keep it. */
async function savedAndRestored(from: ReturnType<typeof createHarness>) {
  const json = JSON.stringify(await from.backend.snapshot());
  const to = createHarness();
  await to.backend.restore(JSON.parse(json));
  return { to, json };
}

describe('snapshot and restore', () => {
  it('brings back every user, factor, code, email, event and the clock', async () => {
    const from = createHarness();
    const totp = await from.enableTotp();
    const spent = totp.backupCodes[0] ?? '';
    from.backend.advanceClock(30);
    expect((await from.signIn(DEMO.email, DEMO.password, spent)).status).toBe(200);
    from.backend.createUser(OTHER);
    const otherToken = await from.token(OTHER.email, OTHER.password);
    const otherId = from.backend.user(OTHER.email)?.id;
    await from.call('POST', `/users/${otherId}/mfa/setup`, {
      token: otherToken,
      body: { channel: 'email' },
    });
    from.backend.advanceClock(95);

    const { to, json } = await savedAndRestored(from);
    // No secret material in clear beyond what the mock itself keeps (codes are hashed).
    for (const code of totp.backupCodes) expect(json).not.toContain(code);

    expect(to.backend.now()).toBe(from.backend.now());
    expect(to.backend.user(DEMO.email)).toEqual(from.backend.user(DEMO.email));
    expect(to.backend.user(OTHER.email)).toEqual(from.backend.user(OTHER.email));
    expect(to.backend.user(OTHER.email)?.setupPending).toBe('email');
    expect(to.backend.mailbox(OTHER.email)).toEqual(from.backend.mailbox(OTHER.email));
    expect(to.backend.events()).toEqual(from.backend.events());
    expect(to.backend.requests()).toEqual(from.backend.requests());

    // The same authenticator app still works; the spent backup code is still spent.
    expectError(await to.signIn(DEMO.email, DEMO.password, spent), 401, 'invalid_mfa_code');
    const fresh = await to.signIn(DEMO.email, DEMO.password, to.backend.totpCode(DEMO.email));
    expect(fresh.status).toBe(200);
    expect(to.backend.totpCode(DEMO.email)).toBe(from.backend.totpCode(DEMO.email));
    const backup = await to.signIn(DEMO.email, DEMO.password, totp.backupCodes[1]);
    expect(backup.status).toBe(200);
    expect(to.backend.user(DEMO.email)?.backupCodesRemaining).toBe(8);

    // A token issued before the save is still good (the signing key came along).
    const status = await to.call('GET', `/users/${otherId}/mfa/status`, { token: otherToken });
    expect(status.status).toBe(200);
    // The emailed setup code still finishes the pending setup.
    const verify = await to.call('POST', `/users/${otherId}/mfa/verify`, {
      token: otherToken,
      body: { code: to.backend.lastCode(OTHER.email, 'mfa_setup') },
    });
    expect(verify.status).toBe(200);
  });

  it('keeps a lockout and its end', async () => {
    const from = createHarness({ lockout: { maxAttempts: 2, durationSeconds: 600 } });
    await from.enableTotp();
    for (const code of ['000000', '111111']) await from.signIn(DEMO.email, DEMO.password, code);
    const lockedUntil = from.backend.user(DEMO.email)?.lockedUntil;
    expect(lockedUntil).toBeGreaterThan(from.backend.now());
    const { to } = await savedAndRestored(from);
    expect(to.backend.user(DEMO.email)?.lockedUntil).toBe(lockedUntil);
    const locked = await to.signIn(DEMO.email, DEMO.password, to.backend.totpCode(DEMO.email));
    expect(locked.status).toBe(429);
  });

  it('refuses anything that is not a saved state, and keeps its own', async () => {
    const backend = createHarness().backend;
    const before = backend.user(DEMO.email);
    await expect(backend.restore({ format: 'other', state: {}, keys: null })).rejects.toThrow(
      /not a authblock-mfa-mock-state/,
    );
    expect(backend.user(DEMO.email)).toEqual(before);
  });
});

describe('the JSON codec', () => {
  it('round-trips maps, sets, bytes, infinities, undefined and settled promises', async () => {
    const value = {
      map: new Map([['a', { n: Number.NEGATIVE_INFINITY }]]),
      set: new Set([1, 2]),
      bytes: new Uint8Array([0, 255, 7]),
      missing: undefined,
      later: Promise.resolve({ deep: [Number.POSITIVE_INFINITY] }),
    };
    const back = (await decodeState(
      JSON.parse(JSON.stringify(await encodeState(value))),
    )) as typeof value;
    expect(back.map).toEqual(value.map);
    expect(back.set).toEqual(value.set);
    expect(back.bytes).toEqual(value.bytes);
    expect('missing' in back && back.missing === undefined).toBe(true);
    expect(back.later).toBeInstanceOf(Promise);
    expect(await back.later).toEqual({ deep: [Number.POSITIVE_INFINITY] });
  });

  it('names the path of what it cannot keep, instead of losing it on reload', async () => {
    await expect(encodeState({ users: [{ hook: () => 1 }] })).rejects.toThrow(
      'cannot persist the function at state.users[0].hook',
    );
    class Unknown {}
    await expect(encodeState({ thing: new Unknown() })).rejects.toThrow(
      'cannot persist the Unknown at state.thing',
    );
  });
});
