import { HOTP, Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import {
  DEMO,
  DIALECTS,
  expectError,
  createHarness as harness,
  START,
} from '../../test-utils/harness.ts';
import type { MockBackendOptions } from '../../types.ts';
import {
  acceptTotpStep,
  checkTotp,
  createTotpCredential,
  generateTotp,
  TOTP_SETTINGS,
  type TotpCredential,
  totpStep,
  totpUri,
} from './totp.ts';

describe.each(DIALECTS)('in the %s dialect', (dialect) => {
  const createHarness = (options: MockBackendOptions = {}) => harness({ dialect, ...options });

  /** The RFC test key: ASCII "12345678901234567890". */
  const RFC_SECRET = Secret.fromLatin1('12345678901234567890');

  /** RFC 6238 Appendix B, SHA1 rows: Unix time (s) and the 8-digit TOTP. */
  const RFC6238_SHA1: [number, string][] = [
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ];

  /** RFC 4226 Appendix D: HOTP values for counters 0..9. */
  const RFC4226: string[] = [
    '755224',
    '287082',
    '359152',
    '969429',
    '338314',
    '254676',
    '287922',
    '162583',
    '399871',
    '520489',
  ];

  const rfcCredential = (): TotpCredential => ({
    secret: RFC_SECRET,
    lastAcceptedStep: Number.NEGATIVE_INFINITY,
  });

  describe('TOTP as configured (otpauth, SHA1, 30 s)', () => {
    it.each(RFC6238_SHA1)('matches RFC 6238 Appendix B at T=%i', (seconds, expected) => {
      const eightDigits = TOTP.generate({
        secret: RFC_SECRET,
        algorithm: TOTP_SETTINGS.algorithm,
        period: TOTP_SETTINGS.period,
        digits: 8,
        timestamp: seconds * 1000,
      });
      expect(eightDigits).toBe(expected);
      // Six digits are the same value mod 10^6: the last six of the RFC's eight.
      expect(generateTotp(RFC_SECRET.base32, seconds * 1000)).toBe(expected.slice(2));
    });

    it.each(RFC4226.map((code, counter) => [counter, code] as const))(
      'matches RFC 4226 Appendix D at counter %i',
      (counter, expected) => {
        expect(
          HOTP.generate({
            secret: RFC_SECRET,
            counter,
            algorithm: TOTP_SETTINGS.algorithm,
            digits: TOTP_SETTINGS.digits,
          }),
        ).toBe(expected);
      },
    );

    it('keeps leading zeros, and accepts such a code only with them', () => {
      const at = 1111111109 * 1000;
      expect(generateTotp(RFC_SECRET.base32, at)).toBe('081804');
      expect(checkTotp(rfcCredential(), '081804', at, 1).outcome).toBe('accepted');
      expect(checkTotp(rfcCredential(), '81804', at, 1).outcome).toBe('invalid');
      expect(generateTotp(RFC_SECRET.base32, 1234567890 * 1000)).toBe('005924');
      expect(checkTotp(rfcCredential(), '005924', 1234567890 * 1000, 1).outcome).toBe('accepted');
    });

    it('creates 20-byte secrets and an otpauth URI with issuer and email label', () => {
      const credential = createTotpCredential();
      expect(credential.secret.bytes.length).toBe(20);
      const uri = new URL(totpUri(credential, 'demo@example.com'));
      expect(uri.protocol).toBe('otpauth:');
      expect(uri.host).toBe('totp');
      expect(decodeURIComponent(uri.pathname)).toBe('/Auth Block:demo@example.com');
      expect(uri.searchParams.get('issuer')).toBe('Auth Block');
      expect(uri.searchParams.get('secret')).toBe(credential.secret.base32);
      expect(uri.searchParams.get('algorithm')).toBe('SHA1');
      expect(uri.searchParams.get('digits')).toBe('6');
      expect(uri.searchParams.get('period')).toBe('30');
    });
  });

  describe('TOTP window and replay', () => {
    const codeAt = (credential: TotpCredential, offsetSteps: number) =>
      generateTotp(credential.secret.base32, START + offsetSteps * 30_000);

    it('accepts the steps before and after the current one, rejects two steps away', () => {
      const credential = createTotpCredential();
      for (const offset of [-1, 0, 1]) {
        expect(checkTotp(credential, codeAt(credential, offset), START, 1).outcome).toBe(
          'accepted',
        );
      }
      for (const offset of [-2, 2]) {
        expect(checkTotp(credential, codeAt(credential, offset), START, 1).outcome).toBe('invalid');
      }
    });

    it('never accepts the same step twice', () => {
      const credential = createTotpCredential();
      const code = codeAt(credential, 0);
      const first = checkTotp(credential, code, START, 1);
      expect(first.outcome).toBe('accepted');
      if (first.outcome === 'accepted') acceptTotpStep(credential, first.step);
      expect(checkTotp(credential, code, START, 1).outcome).toBe('replayed');
    });

    it('rejects an older step still in the window once a newer one was accepted', () => {
      const credential = createTotpCredential();
      const newer = checkTotp(credential, codeAt(credential, 1), START, 1);
      expect(newer.outcome).toBe('accepted');
      if (newer.outcome === 'accepted') acceptTotpStep(credential, newer.step);
      expect(newer).toEqual({ outcome: 'accepted', step: totpStep(START) + 1 });
      expect(checkTotp(credential, codeAt(credential, 0), START, 1).outcome).toBe('replayed');
      expect(checkTotp(credential, codeAt(credential, -1), START, 1).outcome).toBe('replayed');
    });
  });

  describe('TOTP over the API', () => {
    it('accepts codes one step either side and rejects two steps away on sign-in', async () => {
      const h = createHarness();
      await h.enableTotp();
      // Two steps away are rejected first: an accepted step would move the replay floor.
      h.backend.advanceClock(120);
      expectError(
        await h.signIn(
          DEMO.email,
          DEMO.password,
          h.backend.totpCode(DEMO.email, { offsetSteps: -2 }),
        ),
        401,
        'invalid_mfa_code',
      );
      expectError(
        await h.signIn(
          DEMO.email,
          DEMO.password,
          h.backend.totpCode(DEMO.email, { offsetSteps: 2 }),
        ),
        401,
        'invalid_mfa_code',
      );
      const previous = await h.signIn(
        DEMO.email,
        DEMO.password,
        h.backend.totpCode(DEMO.email, { offsetSteps: -1 }),
      );
      expect(previous.status).toBe(200);
      const next = await h.signIn(
        DEMO.email,
        DEMO.password,
        h.backend.totpCode(DEMO.email, { offsetSteps: 1 }),
      );
      expect(next.status).toBe(200);
    });

    it('rejects the same code twice, and an older code after a newer one', async () => {
      const h = createHarness();
      await h.enableTotp();
      h.backend.advanceClock(60);
      const current = h.backend.totpCode(DEMO.email);
      expect((await h.signIn(DEMO.email, DEMO.password, current)).status).toBe(200);
      expectError(await h.signIn(DEMO.email, DEMO.password, current), 401, 'code_used');
      const later = h.backend.totpCode(DEMO.email, { offsetSteps: 1 });
      expect((await h.signIn(DEMO.email, DEMO.password, later)).status).toBe(200);
      // Still inside the window, but older than the step just used.
      expectError(
        await h.signIn(DEMO.email, DEMO.password, h.backend.totpCode(DEMO.email)),
        401,
        'code_used',
      );
      expect(h.backend.events().filter((e) => e.action === 'replay_rejected')).toHaveLength(2);
    });

    it('refuses a double-submitted code without counting it towards the lock', async () => {
      const h = createHarness();
      await h.enableTotp();
      h.backend.advanceClock(60);
      const current = h.backend.totpCode(DEMO.email);
      expect((await h.signIn(DEMO.email, DEMO.password, current)).status).toBe(200);
      for (let i = 0; i < 20; i++) {
        const again = await h.signIn(DEMO.email, DEMO.password, current);
        expectError(again, 401, 'code_used');
        expect(h.attemptsRemaining(again)).toBe(5);
      }
      expect(h.backend.user(DEMO.email)?.lockedUntil).toBeNull();
      const next = h.backend.totpCode(DEMO.email, { offsetSteps: 1 });
      expect((await h.signIn(DEMO.email, DEMO.password, next)).status).toBe(200);
    });

    it('does not let the code that enabled TOTP sign in', async () => {
      const h = createHarness();
      const token = await h.token();
      await h.call('POST', `/users/${DEMO.id}/mfa/setup`, { token, body: { channel: 'totp' } });
      const code = h.backend.totpCode(DEMO.email);
      const enabled = await h.call('POST', `/users/${DEMO.id}/mfa/enable`, {
        token,
        body: { totp_code: code },
      });
      expect(enabled.status).toBe(200);
      expectError(await h.signIn(DEMO.email, DEMO.password, code), 401, 'code_used');
      expectError(
        await h.call('POST', `/users/${DEMO.id}/mfa/verify`, { token, body: { code } }),
        401,
        'code_used',
      );
    });

    it('rejects a wrong code on enable and keeps MFA off', async () => {
      const h = createHarness();
      const token = await h.token();
      await h.call('POST', `/users/${DEMO.id}/mfa/setup`, { token, body: { channel: 'totp' } });
      const wrong = h.backend.totpCode(DEMO.email, { offsetSteps: 5 });
      expectError(
        await h.call('POST', `/users/${DEMO.id}/mfa/enable`, { token, body: { totp_code: wrong } }),
        401,
        'invalid_mfa_code',
      );
      expect(h.backend.user(DEMO.email)?.mfaEnabled).toBe(false);
    });

    it('returns a scannable URI for the same secret it verifies against', async () => {
      const h = createHarness();
      const token = await h.token();
      const setup = await h.call('POST', `/users/${DEMO.id}/mfa/setup`, {
        token,
        body: { channel: 'totp' },
      });
      const { secret, qr_code_uri } = setup.body.data.attributes;
      expect(Secret.fromBase32(secret).bytes.length).toBe(20);
      const code = generateTotp(secret, h.backend.now());
      expect(new URL(qr_code_uri).searchParams.get('secret')).toBe(secret);
      const enable = await h.call('POST', `/users/${DEMO.id}/mfa/enable`, {
        token,
        body: { totp_code: code },
      });
      expect(enable.status).toBe(200);
    });
  });
});
