import { describe, expect, it } from 'vitest';
import { BASE, createHarness, DEMO, DIALECTS, expectError, START } from '../test-utils/harness.ts';

describe('development routes', () => {
  it('moves the clock and answers the new time', async () => {
    const h = createHarness();
    const result = await h.call('POST', '/__mock/clock', {
      apiKey: null,
      body: { advance_seconds: 90 },
    });
    expect(result.status).toBe(200);
    expect(result.body.data.attributes).toEqual({
      now: new Date(START + 90_000).toISOString(),
      now_ms: START + 90_000,
    });
    expect(h.backend.now()).toBe(START + 90_000);
    expectError(
      await h.call('POST', '/__mock/clock', { apiKey: null, body: { advance_seconds: -5 } }),
      422,
      'validation_error',
    );
  });

  it('creates users that can sign in, and refuses a taken address', async () => {
    const h = createHarness();
    const created = await h.call('POST', '/__mock/users', {
      apiKey: null,
      body: { email: 'new@example.com', password: 'NewPass123!' },
    });
    expect(created.status).toBe(201);
    expect(created.body.data.attributes).toMatchObject({
      unique_id: created.body.data.id,
      email: 'new@example.com',
      mfa_enabled: false,
    });
    expect((await h.signIn('new@example.com', 'NewPass123!')).status).toBe(200);
    const taken = await h.call('POST', '/__mock/users', {
      apiKey: null,
      body: { email: 'NEW@example.com', password: 'x' },
    });
    expectError(taken, 422, 'validation_error');
    expect(taken.body.errors[0].source.pointer).toBe('/email');
  });

  it('resets to the seeded state and invalidates earlier tokens', async () => {
    const h = createHarness();
    const { token } = await h.enableTotp();
    h.backend.createUser({ email: 'temp@example.com', password: 'Temp123!' });
    h.backend.advanceClock(100);
    expect((await h.call('POST', '/__mock/reset', { apiKey: null, body: {} })).status).toBe(200);
    expect(h.backend.user(DEMO.email)).toMatchObject({ id: DEMO.id, mfaEnabled: false });
    expect(h.backend.user('temp@example.com')).toBeUndefined();
    expect(h.backend.events()).toEqual([]);
    expect(h.backend.mailbox(DEMO.email)).toEqual([]);
    expect(h.backend.now()).toBe(START);
    expectError(
      await h.call('GET', `/users/${DEMO.id}/mfa/status`, { token }),
      401,
      'unauthorized',
    );
  });

  it('lists audit events newest last, with user and action only', async () => {
    const h = createHarness();
    await h.enableTotp();
    await h.signIn(DEMO.email, DEMO.password, '000000');
    const events = await h.call('GET', '/__mock/events', { apiKey: null });
    const actions = events.body.data.map(
      (e: { attributes: { action: string } }) => e.attributes.action,
    );
    expect(actions.slice(0, 4)).toEqual(['signed_in', 'setup', 'verified', 'enabled']);
    expect(events.body.data.at(-1)).toMatchObject({
      type: 'audit_event',
      attributes: { user_id: DEMO.id },
    });
    expect(['failed', 'replay_rejected']).toContain(actions.at(-1));
  });

  it('take only JSON: no text/plain or form body a page elsewhere could send unasked', async () => {
    const h = createHarness();
    const bodies = {
      '/__mock/clock': '{"advance_seconds":86400}',
      '/__mock/users': '{"email":"planted@example.com","password":"Planted123!"}',
      '/__mock/reset': '',
    };
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      for (const [path, rawBody] of Object.entries(bodies)) {
        const result = await h.call('POST', path, {
          apiKey: null,
          rawBody,
          headers: { 'Content-Type': type },
        });
        expectError(result, 415, 'bad_request');
      }
    }
    const noType = await h.backend.fetch(
      new Request(`${BASE}/__mock/reset`, { method: 'POST', body: '{}' }),
    );
    expect(noType.status).toBe(415);
    expect(h.backend.now()).toBe(START);
    expect(h.backend.user('planted@example.com')).toBeUndefined();
    const json = await h.call('POST', '/__mock/clock', {
      apiKey: null,
      body: { advance_seconds: 1 },
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
    expect(json.status).toBe(200);
  });

  it('caps the clock: past 100 years ahead in total, a 400 with a clear message, never a 500', async () => {
    const h = createHarness();
    const step = 10 * 365 * 24 * 3600;
    for (let i = 0; i < 10; i++) {
      const moved = await h.call('POST', '/__mock/clock', {
        apiKey: null,
        body: { advance_seconds: step },
      });
      expect(moved.status).toBe(200);
    }
    const past = await h.call('POST', '/__mock/clock', {
      apiKey: null,
      body: { advance_seconds: step },
    });
    expectError(past, 400, 'bad_request');
    expect(past.body.errors[0].detail).toMatch(/at most .* in total/);
    expect(() => h.backend.advanceClock(step)).toThrow(RangeError);
    // Every route still answers.
    expect((await h.call('GET', '/__mock/clock', { apiKey: null })).status).toBe(200);
    expect((await h.signIn(DEMO.email, DEMO.password)).status).toBe(200);
  });

  it('seeds the configured users instead of the demo user, ids in any form', async () => {
    const h = createHarness({
      users: [{ email: 'a@example.com', password: 'A-pass-1', id: 'usr_a' }],
    });
    expect(h.backend.user(DEMO.email)).toBeUndefined();
    expect((await h.signIn('a@example.com', 'A-pass-1')).body.data.id).toBe('usr_a');
  });

  it.each(DIALECTS)(
    '%s: gives new users a random UUID v4 id, which the MFA routes take',
    async (dialect) => {
      const h = createHarness({ dialect });
      const created = await h.call('POST', '/__mock/users', {
        apiKey: null,
        body: { email: 'new@example.com', password: 'New-pass-1' },
      });
      const id = created.body.data.id;
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(DEMO.id).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      const token = await h.token('new@example.com', 'New-pass-1');
      expect((await h.call('GET', `/users/${id}/mfa/status`, { token })).status).toBe(200);
    },
  );

  it('delays every route by latencyMs', async () => {
    const h = createHarness({ latencyMs: 60 });
    const started = performance.now();
    await h.call('GET', '/__mock/events', { apiKey: null });
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });
});
