import { describe, expect, it } from 'vitest';
import { BackendCore, LOG_SIZES, MAX_LOGGED_PATH_LENGTH, resolveConfig } from './core.ts';
import { API_KEY, BASE, createHarness, DEMO } from './test-utils/harness.ts';

describe('the logs are bounded', () => {
  it('keep the newest requests, paths cut short, keyless ones by their route only', async () => {
    const { backend } = createHarness({ logSizes: { requests: 20 } });
    const longId = 'x'.repeat(15_000);
    const get = (path: string, apiKey?: string) =>
      backend.fetch(
        new Request(`${BASE}${path}`, { headers: apiKey ? { 'X-API-Key': apiKey } : {} }),
      );
    for (let i = 0; i < 30; i++) await get(`/users/${longId}${i}/mfa/status`);
    await get(`/users/${longId}/mfa/status`, API_KEY);
    await get(`/users/${DEMO.id}/mfa/status`, API_KEY);

    const logged = backend.requests();
    expect(logged).toHaveLength(20);
    expect(logged[0]).toEqual({ method: 'GET', path: '/users/:id/mfa/status' });
    expect(logged.at(-2)?.path).toHaveLength(MAX_LOGGED_PATH_LENGTH + 1);
    expect(logged.at(-2)?.path.endsWith('…')).toBe(true);
    expect(logged.at(-1)).toEqual({ method: 'GET', path: `/users/${DEMO.id}/mfa/status` });
    const stored = logged.reduce((sum, entry) => sum + entry.path.length, 0);
    expect(stored).toBeLessThanOrEqual(20 * (MAX_LOGGED_PATH_LENGTH + 1));
  });

  it('default to 1,000 entries each', () => {
    expect(resolveConfig().logSizes).toEqual({ requests: 1000, events: 1000, mailbox: 1000 });
    expect(LOG_SIZES).toEqual(resolveConfig().logSizes);
    expect(() => resolveConfig({ logSizes: { events: 0 } })).toThrow(RangeError);
  });

  it('keep the newest audit events, numbered by every event ever logged', () => {
    const core = new BackendCore(resolveConfig());
    for (let i = 0; i < LOG_SIZES.events + 10; i++) {
      core.audit({ action: 'sign_in_failed', userId: null, method: 'password' });
    }
    const events = core.events();
    expect(events).toHaveLength(LOG_SIZES.events);
    expect(events[0]?.id).toBe(11);
    expect(events.at(-1)?.id).toBe(LOG_SIZES.events + 10);
  });

  it('keep the newest emails', () => {
    const core = new BackendCore(resolveConfig({ emailCode: { resendCooldownSeconds: 0 } }));
    const user = core.findByEmail(DEMO.email);
    if (!user) throw new Error('no seeded user');
    for (let i = 0; i < LOG_SIZES.mailbox + 5; i++) core.sendCode(user, 'passwordless');
    const mails = core.mailbox();
    expect(mails).toHaveLength(LOG_SIZES.mailbox);
    expect(mails.at(-1)?.code).toBe(user.passwordlessEmail?.code);
  });
});
