import { describe, expect, it } from 'vitest';
import { createHarness, DEMO, expectError } from './test-utils/harness.ts';

const WRONG = 'not-the-password';

describe('wrong passwords at sign-in', () => {
  it('lock the address after 10 in a row; even the right one waits for the lock to end', async () => {
    const h = createHarness();
    for (let attempt = 1; attempt <= 9; attempt++) {
      expectError(await h.signIn(DEMO.email, WRONG), 401, 'invalid_credentials');
    }
    const tenth = await h.signIn(DEMO.email, WRONG);
    expectError(tenth, 429, 'too_many_attempts');
    expect(tenth.headers.get('Retry-After')).toBe('900');
    expectError(await h.signIn(DEMO.email, DEMO.password), 429, 'too_many_attempts');
    h.backend.advanceClock(900);
    expect((await h.signIn(DEMO.email, DEMO.password)).status).toBe(200);
  });

  it('lock an address without an account the same way, so the lock reveals nothing', async () => {
    const h = createHarness();
    const known: number[] = [];
    const unknown: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      known.push((await h.signIn(DEMO.email, WRONG)).status);
      unknown.push((await h.signIn('nobody@example.com', WRONG)).status);
    }
    expect(unknown).toEqual(known);
    expect(known.at(-1)).toBe(429);
  });

  it('answer at most 9 of 30 parallel guesses; the rest are 429 whatever they were', async () => {
    const h = createHarness();
    const guesses = Array.from({ length: 30 }, (_, i) => (i === 25 ? DEMO.password : WRONG));
    const results = await Promise.all(guesses.map((password) => h.signIn(DEMO.email, password)));
    const statuses = results.map((result) => result.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(9);
    expect(statuses.filter((status) => status === 429)).toHaveLength(21);
  });

  it('are counted in a row: a right password starts the count again', async () => {
    const h = createHarness();
    for (let round = 0; round < 3; round++) {
      for (let attempt = 0; attempt < 9; attempt++) await h.signIn(DEMO.email, WRONG);
      expect((await h.signIn(DEMO.email, DEMO.password)).status).toBe(200);
    }
  });

  it('follow the passwordLockout option', async () => {
    const h = createHarness({ passwordLockout: { maxAttempts: 2, durationSeconds: 60 } });
    expectError(await h.signIn(DEMO.email, WRONG), 401, 'invalid_credentials');
    const second = await h.signIn(DEMO.email, WRONG);
    expectError(second, 429, 'too_many_attempts');
    expect(second.headers.get('Retry-After')).toBe('60');
  });
});

describe('wrong passwords on disable', () => {
  const disable = (h: ReturnType<typeof createHarness>, token: string, password: string) =>
    h.call('POST', `/users/${DEMO.id}/mfa/disable`, { token, body: { password } });

  it('count towards the same lock as sign-in', async () => {
    const h = createHarness();
    const { token } = await h.enableTotp();
    for (let attempt = 0; attempt < 5; attempt++) await h.signIn(DEMO.email, WRONG);
    for (let attempt = 0; attempt < 4; attempt++) {
      expectError(await disable(h, token, WRONG), 401, 'invalid_credentials');
    }
    expectError(await disable(h, token, WRONG), 429, 'too_many_attempts');
    expectError(await disable(h, token, DEMO.password), 429, 'too_many_attempts');
    expect(h.backend.user(DEMO.email)?.mfaEnabled).toBe(true);
  });

  it('is refused while the account is locked for wrong codes, even with the right password', async () => {
    const h = createHarness();
    const { token } = await h.enableTotp();
    for (let attempt = 0; attempt < 5; attempt++) {
      await h.call('POST', `/users/${DEMO.id}/mfa/verify`, { token, body: { code: 'AAAA2222' } });
    }
    expect(h.backend.user(DEMO.email)?.lockedUntil).not.toBeNull();
    expectError(await disable(h, token, DEMO.password), 429, 'too_many_attempts');
    expect(h.backend.user(DEMO.email)?.mfaEnabled).toBe(true);
    h.backend.advanceClock(900);
    expect((await disable(h, token, DEMO.password)).status).toBe(200);
  });
});

describe('passwordless code guesses', () => {
  const request = (h: ReturnType<typeof createHarness>, email: string) =>
    h.call('POST', '/auth/passwordless/request', { body: { email } });
  const verify = (h: ReturnType<typeof createHarness>, email: string, code: string) =>
    h.call('POST', '/auth/passwordless/verify', { body: { email, code } });
  const wrongFor = (code: string | undefined) => (code === '000000' ? '111111' : '000000');

  it('are capped per address across codes: fresh codes do not buy more guesses', async () => {
    const h = createHarness({ emailCode: { resendCooldownSeconds: 0 } });
    const statuses: number[] = [];
    for (let code = 0; code < 2; code++) {
      await request(h, DEMO.email);
      const sent = h.backend.lastCode(DEMO.email, 'passwordless');
      for (let guess = 0; guess < 5; guess++) {
        statuses.push((await verify(h, DEMO.email, wrongFor(sent))).status);
      }
    }
    expect(statuses).toEqual([...Array(9).fill(401), 429]);
    await request(h, DEMO.email);
    const fresh = h.backend.lastCode(DEMO.email, 'passwordless') ?? '';
    expectError(await verify(h, DEMO.email, fresh), 429, 'too_many_attempts');
    h.backend.advanceClock(900);
    await request(h, DEMO.email);
    const later = h.backend.lastCode(DEMO.email, 'passwordless') ?? '';
    expect((await verify(h, DEMO.email, later)).status).toBe(200);
  });

  it('lock an address without an account the same way', async () => {
    const h = createHarness();
    const statuses: number[] = [];
    for (let guess = 0; guess < 10; guess++) {
      statuses.push((await verify(h, 'nobody@example.com', '000000')).status);
    }
    expect(statuses).toEqual([...Array(9).fill(401), 429]);
  });
});

describe('the email resend cooldown', () => {
  const setup = (h: ReturnType<typeof createHarness>, token: string, channel: string) =>
    h.call('POST', `/users/${DEMO.id}/mfa/setup`, { token, body: { channel } });

  it('survives switching to TOTP setup and back', async () => {
    const h = createHarness();
    const token = await h.token();
    expect((await setup(h, token, 'email')).status).toBe(200);
    for (let round = 0; round < 4; round++) {
      expect((await setup(h, token, 'totp')).status).toBe(200);
      const again = await setup(h, token, 'email');
      expectError(again, 429, 'rate_limited');
      expect(Number(again.headers.get('Retry-After'))).toBeGreaterThan(0);
    }
    expect(h.backend.mailbox(DEMO.email)).toHaveLength(1);
    h.backend.advanceClock(30);
    expect((await setup(h, token, 'email')).status).toBe(200);
  });

  it('survives a disable', async () => {
    const h = createHarness();
    const token = await h.token();
    expect((await setup(h, token, 'email')).status).toBe(200);
    const disabled = await h.call('POST', `/users/${DEMO.id}/mfa/disable`, {
      token,
      body: { password: DEMO.password },
    });
    expect(disabled.status).toBe(200);
    expectError(await setup(h, token, 'email'), 429, 'rate_limited');
    expect(h.backend.mailbox(DEMO.email)).toHaveLength(1);
  });

  it('ends once the code is used: the first sign-in after enabling email gets a code', async () => {
    const h = createHarness();
    await h.enableEmail();
    const challenge = await h.signIn(DEMO.email, DEMO.password);
    expect(challenge.status).toBe(200);
    expect(h.backend.mailbox(DEMO.email).map((mail) => mail.purpose)).toEqual([
      'mfa_setup',
      'mfa_sign_in',
    ]);
  });
});
