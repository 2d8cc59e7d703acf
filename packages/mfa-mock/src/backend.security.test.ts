import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createMockBackend } from './backend.ts';
import {
  DEMO,
  DIALECTS,
  expectError,
  createHarness as harness,
  START,
} from './test-utils/harness.ts';
import type { MockBackendOptions } from './types.ts';

describe.each(DIALECTS)('in the %s dialect', (dialect) => {
  const createHarness = (options: MockBackendOptions = {}) => harness({ dialect, ...options });

  const wrongCode = (code: string) => (code === '000000' ? '111111' : '000000');

  describe('lockout', () => {
    it('answers 429 with Retry-After after 5 wrong codes in a row, even to the right code', async () => {
      const h = createHarness();
      await h.enableTotp();
      h.backend.advanceClock(60);
      const bad = wrongCode(h.backend.totpCode(DEMO.email));
      for (let attempt = 1; attempt <= 4; attempt++) {
        const result = await h.signIn(DEMO.email, DEMO.password, bad);
        expectError(result, 401, 'invalid_mfa_code');
        expect(h.attemptsRemaining(result)).toBe(5 - attempt);
      }
      const fifth = await h.signIn(DEMO.email, DEMO.password, bad);
      expectError(fifth, 429, 'too_many_attempts');
      expect(fifth.headers.get('Retry-After')).toBe('900');
      expect(fifth.body.meta.retry_after).toBe(900);
      const right = await h.signIn(DEMO.email, DEMO.password, h.backend.totpCode(DEMO.email));
      expectError(right, 429, 'too_many_attempts');
      // Step one with the right password is refused too while locked.
      expectError(await h.signIn(DEMO.email, DEMO.password), 429, 'too_many_attempts');
      expect(h.backend.events().filter((e) => e.action === 'locked')).toHaveLength(1);
    });

    it('sends a locked email-channel user no code at sign-in step one', async () => {
      const h = createHarness();
      await h.enableEmail();
      h.backend.advanceClock(60);
      expect((await h.signIn(DEMO.email, DEMO.password)).status).toBe(200);
      for (let attempt = 0; attempt < 5; attempt++) {
        await h.signIn(DEMO.email, DEMO.password, '000000');
      }
      h.backend.advanceClock(60);
      const mailsBefore = h.backend.mailbox(DEMO.email).length;
      expectError(await h.signIn(DEMO.email, DEMO.password), 429, 'too_many_attempts');
      expect(h.backend.mailbox(DEMO.email)).toHaveLength(mailsBefore);
    });

    it('evaluates at most 5 of 20 parallel wrong guesses', async () => {
      const h = createHarness();
      const { token } = await h.enableTotp();
      h.backend.advanceClock(60);
      const bad = wrongCode(h.backend.totpCode(DEMO.email));
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          i % 2 ? h.signIn(DEMO.email, DEMO.password, bad) : h.verify(token, bad),
        ),
      );
      expect(h.backend.events().filter((e) => e.action === 'failed')).toHaveLength(5);
      expect(results.filter((r) => r.status === 401)).toHaveLength(4);
      expect(results.filter((r) => r.status === 429)).toHaveLength(16);
    });

    it('is not reset by a new sign-in attempt, and counts verify and sign-in together', async () => {
      const h = createHarness();
      const { token } = await h.enableTotp();
      h.backend.advanceClock(60);
      const bad = wrongCode(h.backend.totpCode(DEMO.email));
      for (let i = 0; i < 2; i++) await h.signIn(DEMO.email, DEMO.password, bad);
      expect(h.isMfaRequired(await h.signIn(DEMO.email, DEMO.password))).toBe(true);
      await h.verify(token, bad);
      expect((await h.signIn(DEMO.email, DEMO.password)).status).toBe(200);
      await h.signIn(DEMO.email, DEMO.password, bad);
      expectError(await h.signIn(DEMO.email, DEMO.password, bad), 429, 'too_many_attempts');
    });

    it('ends after its period on the backend clock', async () => {
      const h = createHarness();
      await h.enableTotp();
      h.backend.advanceClock(60);
      const bad = wrongCode(h.backend.totpCode(DEMO.email));
      for (let i = 0; i < 5; i++) await h.signIn(DEMO.email, DEMO.password, bad);
      h.backend.advanceClock(899);
      const almost = await h.signIn(DEMO.email, DEMO.password, h.backend.totpCode(DEMO.email));
      expectError(almost, 429, 'too_many_attempts');
      expect(almost.headers.get('Retry-After')).toBe('1');
      h.backend.advanceClock(1);
      const after = await h.signIn(DEMO.email, DEMO.password, h.backend.totpCode(DEMO.email));
      expect(after.status).toBe(200);
    });

    it('follows the configured threshold and duration', async () => {
      const h = createHarness({ lockout: { maxAttempts: 2, durationSeconds: 60 } });
      await h.enableTotp();
      h.backend.advanceClock(60);
      const bad = wrongCode(h.backend.totpCode(DEMO.email));
      expectError(await h.signIn(DEMO.email, DEMO.password, bad), 401, 'invalid_mfa_code');
      const locked = await h.signIn(DEMO.email, DEMO.password, bad);
      expectError(locked, 429, 'too_many_attempts');
      expect(locked.headers.get('Retry-After')).toBe('60');
    });

    it('is reset by a success', async () => {
      const h = createHarness();
      await h.enableTotp();
      h.backend.advanceClock(60);
      const bad = wrongCode(h.backend.totpCode(DEMO.email));
      for (let i = 0; i < 4; i++) await h.signIn(DEMO.email, DEMO.password, bad);
      expect(
        (await h.signIn(DEMO.email, DEMO.password, h.backend.totpCode(DEMO.email))).status,
      ).toBe(200);
      for (let i = 0; i < 4; i++) {
        expectError(await h.signIn(DEMO.email, DEMO.password, bad), 401, 'invalid_mfa_code');
      }
    });
  });

  describe('access', () => {
    it('refuses a missing or unknown X-API-Key', async () => {
      const h = createHarness();
      const token = await h.token();
      for (const apiKey of [null, 'pk_test_other', '']) {
        expectError(
          await h.signIn(DEMO.email, DEMO.password).then(() =>
            h.call('POST', '/auth/sign_in', {
              apiKey,
              body: { email: DEMO.email, password: DEMO.password },
            }),
          ),
          401,
          'invalid_api_key',
        );
        expectError(
          await h.call('GET', `/users/${DEMO.id}/mfa/status`, { apiKey, token }),
          401,
          'invalid_api_key',
        );
      }
      // Development routes need none.
      expect((await h.call('GET', '/__mock/events', { apiKey: null })).status).toBe(200);
    });

    it('accepts the configured API keys only', async () => {
      const h = createHarness({ apiKeys: ['pk_live_a'] });
      expectError(
        await h.call('POST', '/auth/passwordless/request', { body: { email: DEMO.email } }),
        401,
        'invalid_api_key',
      );
      const ok = await h.call('POST', '/auth/passwordless/request', {
        apiKey: 'pk_live_a',
        body: { email: DEMO.email },
      });
      expect(ok.status).toBe(200);
    });

    it('refuses a missing, malformed, forged, foreign or expired JWT', async () => {
      const h = createHarness();
      const token = await h.token();
      const lifetime = dialect === 'guide' ? 3600 : 86_400;
      const status = (authorization?: string) =>
        h.call('GET', `/users/${DEMO.id}/mfa/status`, {
          ...(authorization ? { headers: { Authorization: authorization } } : {}),
        });
      expect((await status(`Bearer ${token}`)).status).toBe(200);
      expectError(await status(), 401, 'unauthorized');
      expectError(await status(token), 401, 'unauthorized');
      expectError(await status('Bearer not.a.jwt'), 401, 'unauthorized');
      const forged = await new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(DEMO.id)
        .setIssuer('authblock-mfa-mock')
        .setIssuedAt(Math.floor(START / 1000))
        .setExpirationTime(Math.floor(START / 1000) + 3600)
        .sign(new TextEncoder().encode('a-secret-the-backend-does-not-know!!'));
      expectError(await status(`Bearer ${forged}`), 401, 'unauthorized');
      const [header, payload] = token.split('.');
      const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
      expectError(await status(`Bearer ${unsigned}`), 401, 'unauthorized');
      expect(header).toBeTruthy();
      const otherBackend = createMockBackend({ clock: { now: () => START } });
      expectError(
        await status(`Bearer ${await otherBackend.issueToken(DEMO.email)}`),
        401,
        'unauthorized',
      );

      h.backend.advanceClock(lifetime - 1);
      expect((await status(`Bearer ${token}`)).status).toBe(200);
      h.backend.advanceClock(1);
      expectError(await status(`Bearer ${token}`), 401, 'unauthorized');
    });

    it('issues HS256 tokens for the user that expire as the dialect documents', async () => {
      const h = createHarness();
      // The guide shows an hour and a refresh token; the reference a day, and a refresh
      // token only in OAuth mode.
      const lifetime = dialect === 'guide' ? 3600 : 86_400;
      const result = await h.signIn(DEMO.email, DEMO.password);
      const { access_token, token_type, expires_in, refresh_token } = result.body.meta.auth;
      expect({ token_type, expires_in }).toEqual({ token_type: 'Bearer', expires_in: lifetime });
      if (dialect === 'guide') expect(refresh_token).toMatch(/^[\w-]{40,}$/);
      else expect(refresh_token).toBeUndefined();
      const [header = '', payload = ''] = access_token.split('.');
      expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toMatchObject({
        alg: 'HS256',
      });
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      expect(claims.sub).toBe(DEMO.id);
      expect(claims.exp - claims.iat).toBe(lifetime);
      expect(claims.iat).toBe(Math.floor(START / 1000));
    });

    it("refuses another user's id with 403", async () => {
      const h = createHarness();
      const other = h.backend.createUser({ email: 'other@example.com', password: 'Other123!' });
      const token = await h.token();
      for (const [method, route, body] of [
        ['GET', 'status', undefined],
        ['POST', 'setup', { channel: 'totp' }],
        ['POST', 'disable', { password: 'Other123!' }],
        ['POST', 'verify', { code: '123456' }],
        ['POST', 'enable', { channel: 'email' }],
      ] as const) {
        expectError(
          await h.call(method, `/users/${other.id}/mfa/${route}`, { token, body }),
          403,
          'forbidden',
        );
      }
      expectError(await h.call('GET', '/users/usr_nobody/mfa/status', { token }), 403, 'forbidden');
    });

    it('sends no token with the mfa_required answer', async () => {
      const h = createHarness();
      await h.enableTotp();
      const result = await h.signIn(DEMO.email, DEMO.password);
      expect(result.status).toBe(200);
      expect(result.body).toEqual(
        dialect === 'guide'
          ? {
              data: {
                id: DEMO.id,
                type: 'user',
                attributes: { unique_id: DEMO.id, mfa_required: true, mfa_channel: 'totp' },
              },
            }
          : { errors: [{ code: 'mfa_required', meta: { mfa_required: true } }] },
      );
      expect(JSON.stringify(result.body)).not.toMatch(/token|eyJ/);
    });

    it('with a wrong password, does not evaluate, spend or count the MFA code', async () => {
      const h = createHarness();
      await h.enableTotp();
      h.backend.advanceClock(60);
      const right = h.backend.totpCode(DEMO.email);
      const eventsBefore = h.backend.events().length;
      const withRight = await h.signIn(DEMO.email, 'wrong-password', right);
      const withWrong = await h.signIn(DEMO.email, 'wrong-password', wrongCode(right));
      expectError(withRight, 401, 'invalid_credentials');
      expect(withRight.body).toEqual(withWrong.body);
      const since = h.backend.events().slice(eventsBefore);
      expect(since.some((e) => e.action === 'failed' || e.action === 'verified')).toBe(false);
      // Seven more: nine wrong passwords, one short of the password lock.
      for (let i = 0; i < 7; i++) await h.signIn(DEMO.email, 'wrong-password', wrongCode(right));
      expect(h.backend.user(DEMO.email)?.lockedUntil).toBeNull();
      // Not spent: the same code still signs in.
      expect((await h.signIn(DEMO.email, DEMO.password, right)).status).toBe(200);
    });

    it('answers an unknown email exactly like a wrong password', async () => {
      const h = createHarness();
      const unknown = await h.signIn('nobody@example.com', DEMO.password);
      const wrong = await h.signIn(DEMO.email, 'not-the-password');
      expectError(unknown, 401, 'invalid_credentials');
      expect(unknown.body).toEqual(wrong.body);
      expect([...unknown.headers]).toEqual([...wrong.headers]);
    });

    it('matches email addresses case-insensitively', async () => {
      const h = createHarness();
      expect((await h.signIn('Demo@Example.COM', DEMO.password)).status).toBe(200);
    });
  });

  describe('secrets stay out of errors, events and requests()', () => {
    it('never puts codes, secrets, passwords or emails in error bodies or the audit log', async () => {
      const h = createHarness();
      const { token, secret, backupCodes } = await h.enableTotp();
      h.backend.advanceClock(60);
      const totp = h.backend.totpCode(DEMO.email);
      const bodies: unknown[] = [];
      const keep = async (p: Promise<{ body: unknown }>) => bodies.push((await p).body);
      await keep(h.signIn(DEMO.email, 'Wrong-Passw0rd!', totp));
      await keep(h.signIn('nobody@example.com', DEMO.password));
      await keep(h.signIn(DEMO.email, DEMO.password, wrongCode(totp)));
      await keep(
        h.call('POST', `/users/${DEMO.id}/mfa/verify`, { token, body: { code: 'ZZZZ9999' } }),
      );
      await keep(
        h.call('POST', `/users/${DEMO.id}/mfa/disable`, {
          token,
          body: { password: 'Wrong-Passw0rd!' },
        }),
      );
      await keep(
        h.call('POST', '/auth/sign_in', {
          body: { email: 'not-an-email', password: 'Secret-Typo1' },
        }),
      );
      await keep(h.call('POST', '/auth/sign_in', { body: { email: DEMO.email, password: 12345 } }));
      await keep(
        h.call('POST', `/users/${DEMO.id}/mfa/setup`, { token, body: { channel: 'sms-secret' } }),
      );
      await h.call('POST', `/users/${DEMO.id}/mfa/verify`, {
        token,
        body: { code: backupCodes[0] },
      });
      await h.signIn(DEMO.email, DEMO.password, h.backend.totpCode(DEMO.email, { offsetSteps: 1 }));
      const forbidden = [
        DEMO.password,
        'Wrong-Passw0rd!',
        'Secret-Typo1',
        'not-an-email',
        'sms-secret',
        '12345',
        DEMO.email,
        'nobody@example.com',
        secret,
        totp,
        wrongCode(totp),
        'ZZZZ9999',
        token,
        ...backupCodes,
      ];
      const published = JSON.stringify([bodies, h.backend.events(), h.backend.requests()]);
      for (const value of forbidden) expect(published).not.toContain(value);
      const events = await h.call('GET', '/__mock/events', { apiKey: null });
      for (const value of forbidden) expect(JSON.stringify(events.body)).not.toContain(value);
    });
  });

  describe('one valid TOTP code, sent 20 times at once', () => {
    it('signs in exactly once: the step is spent by the first', async () => {
      const h = createHarness({ lockout: { maxAttempts: 100 } });
      await h.enableTotp();
      h.backend.advanceClock(60);
      const code = h.backend.totpCode(DEMO.email);
      const results = await Promise.all(
        Array.from({ length: 20 }, () => h.signIn(DEMO.email, DEMO.password, code)),
      );
      expect(results.filter((result) => result.status === 200)).toHaveLength(1);
      for (const result of results.filter((r) => r.status !== 200)) {
        expectError(result, 401, 'code_used');
      }
    });
  });
});
