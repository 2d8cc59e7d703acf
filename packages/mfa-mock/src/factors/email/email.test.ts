import { describe, expect, it } from 'vitest';
import { DEMO, DIALECTS, expectError, createHarness as harness } from '../../test-utils/harness.ts';
import type { MockBackendOptions } from '../../types.ts';
import { checkEmailCode, issueEmailCode, maskEmail } from './email-codes.ts';

describe.each(DIALECTS)('in the %s dialect', (dialect) => {
  const createHarness = (options: MockBackendOptions = {}) => harness({ dialect, ...options });

  describe('email codes', () => {
    it('are six digits, leading zeros included, and random', () => {
      const codes = Array.from({ length: 2000 }, () => issueEmailCode('mfa_sign_in', 0).code);
      for (const code of codes) expect(code).toMatch(/^\d{6}$/);
      expect(new Set(codes).size).toBeGreaterThan(1990);
      expect(codes.some((code) => code.startsWith('0'))).toBe(true);
    });

    it('tell a wrong code from a right but expired one, and refuse a used one', () => {
      const slot = issueEmailCode('mfa_sign_in', 0);
      expect(checkEmailCode(slot, slot.code, 599_999, 600_000)).toBe('valid');
      expect(checkEmailCode(slot, slot.code, 600_000, 600_000)).toBe('expired');
      const wrong = slot.code === '000000' ? '000001' : '000000';
      expect(checkEmailCode(slot, wrong, 0, 600_000)).toBe('invalid');
      expect(checkEmailCode(slot, wrong, 600_000, 600_000)).toBe('invalid');
      slot.consumed = true;
      expect(checkEmailCode(slot, slot.code, 0, 600_000)).toBe('invalid');
      expect(checkEmailCode(null, slot.code, 0, 600_000)).toBe('invalid');
    });

    it('mask the address', () => {
      expect(maskEmail('demo@example.com')).toBe('d***@example.com');
    });
  });

  describe('email MFA over the API', () => {
    it('gives the sign-in code and the two-factor code subjects that tell them apart', async () => {
      // A passwordless sign-in with email 2FA puts both in one inbox within seconds.
      const h = createHarness();
      await h.enableEmail();
      await h.call('POST', '/auth/passwordless/request', { body: { email: DEMO.email } });
      await h.signIn(DEMO.email, DEMO.password);
      const [signIn, twoFactor] = h.backend
        .mailbox(DEMO.email)
        .slice(-2)
        .map((mail) => mail.subject);
      expect(signIn).toBe('Your code to sign in without a password');
      expect(twoFactor).toBe('Your two-factor authentication code');
    });

    it('accepts the sign-in code 599 s after sending and rejects it at 600 s', async () => {
      const h = createHarness();
      await h.enableEmail();
      h.backend.advanceClock(60);
      const first = await h.signIn(DEMO.email, DEMO.password);
      expect(h.isMfaRequired(first)).toBe(true);
      if (dialect === 'guide') {
        expect(first.body.data.attributes).toMatchObject({
          mfa_channel: 'email',
          sent_to: 'd***@example.com',
        });
      }
      const code = h.backend.lastCode(DEMO.email, 'mfa_sign_in');
      h.backend.advanceClock(599);
      expect((await h.signIn(DEMO.email, DEMO.password, code)).status).toBe(200);

      h.backend.advanceClock(60);
      await h.signIn(DEMO.email, DEMO.password);
      const second = h.backend.lastCode(DEMO.email, 'mfa_sign_in');
      expect(second).not.toBe(code);
      h.backend.advanceClock(600);
      expectError(await h.signIn(DEMO.email, DEMO.password, second), 401, 'code_expired');
    });

    it('applies the same lifetime to the setup code', async () => {
      const h = createHarness();
      const token = await h.token();
      const setup = await h.call('POST', `/users/${DEMO.id}/mfa/setup`, {
        token,
        body: { channel: 'email' },
      });
      // The reference's answer says no more than the backup codes (it documents TOTP only).
      expect(setup.body.data.attributes).toMatchObject(
        dialect === 'guide'
          ? { channel: 'email', sent_to: 'd***@example.com', expires_in: 600 }
          : { backup_codes: expect.any(Array) },
      );
      h.backend.advanceClock(600);
      const code = h.backend.lastCode(DEMO.email, 'mfa_setup');
      expectError(
        await h.call('POST', `/users/${DEMO.id}/mfa/verify`, { token, body: { code } }),
        401,
        'code_expired',
      );
      expectError(
        await h.call('POST', `/users/${DEMO.id}/mfa/enable`, { token, body: { channel: 'email' } }),
        409,
        'mfa_setup_incomplete',
      );
    });

    it('accepts a code once', async () => {
      const h = createHarness();
      await h.enableEmail();
      await h.signIn(DEMO.email, DEMO.password);
      const code = h.backend.lastCode(DEMO.email, 'mfa_sign_in');
      expect((await h.signIn(DEMO.email, DEMO.password, code)).status).toBe(200);
      expectError(await h.signIn(DEMO.email, DEMO.password, code), 401, 'invalid_mfa_code');
    });

    it('replaces the previous code with a resent one', async () => {
      const h = createHarness();
      await h.enableEmail();
      await h.signIn(DEMO.email, DEMO.password);
      const old = h.backend.lastCode(DEMO.email, 'mfa_sign_in');
      h.backend.advanceClock(31);
      await h.signIn(DEMO.email, DEMO.password);
      const fresh = h.backend.lastCode(DEMO.email, 'mfa_sign_in');
      expect(fresh).not.toBe(old);
      // Not a guess: the earlier email's code gets its own answer and costs no try.
      const replaced = await h.signIn(DEMO.email, DEMO.password, old);
      expectError(replaced, 401, 'code_replaced');
      expect(h.attemptsRemaining(replaced)).toBe(5);
      expect((await h.signIn(DEMO.email, DEMO.password, fresh)).status).toBe(200);
    });

    it('sends nothing within the resend cooldown on sign-in, and the earlier code stays valid', async () => {
      const h = createHarness();
      await h.enableEmail();
      h.backend.advanceClock(60);
      const before = h.backend.mailbox(DEMO.email).length;
      const first = await h.signIn(DEMO.email, DEMO.password);
      h.backend.advanceClock(29);
      const again = await h.signIn(DEMO.email, DEMO.password);
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);
      expect(h.backend.mailbox(DEMO.email)).toHaveLength(before + 1);
      const code = h.backend.lastCode(DEMO.email, 'mfa_sign_in');
      expect((await h.signIn(DEMO.email, DEMO.password, code)).status).toBe(200);
    });

    it('rate-limits a repeated email setup within the cooldown', async () => {
      const h = createHarness();
      const token = await h.token();
      const setup = () =>
        h.call('POST', `/users/${DEMO.id}/mfa/setup`, { token, body: { channel: 'email' } });
      expect((await setup()).status).toBe(200);
      h.backend.advanceClock(10);
      const limited = await setup();
      expectError(limited, 429, 'rate_limited');
      expect(limited.headers.get('Retry-After')).toBe('20');
      expect(limited.body.meta.retry_after).toBe(20);
      expect(h.backend.mailbox(DEMO.email)).toHaveLength(1);
      h.backend.advanceClock(20);
      expect((await setup()).status).toBe(200);
      expect(h.backend.mailbox(DEMO.email)).toHaveLength(2);
    });

    it('lists mails in the dev mailbox, oldest first, with purpose and code', async () => {
      const h = createHarness();
      await h.enableEmail();
      h.backend.advanceClock(60);
      await h.signIn(DEMO.email, DEMO.password);
      const mailbox = await h.call('GET', `/__mock/mailbox?email=${DEMO.email}`, { apiKey: null });
      expect(mailbox.status).toBe(200);
      expect(
        mailbox.body.data.map(
          (mail: { attributes: { purpose: string } }) => mail.attributes.purpose,
        ),
      ).toEqual(['mfa_setup', 'mfa_sign_in']);
      const last = mailbox.body.data[1];
      expect(last).toMatchObject({
        type: 'email',
        attributes: { to: DEMO.email, code: h.backend.lastCode(DEMO.email) },
      });
      expect(last.attributes.text).toContain(last.attributes.code);
      expect(Date.parse(last.attributes.sent_at)).toBe(h.backend.now());
    });
  });
});
