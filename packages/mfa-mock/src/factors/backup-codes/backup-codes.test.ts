import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { randomBytes } from '../../internal/crypto.ts';
import { DEMO, DIALECTS, expectError, createHarness as harness } from '../../test-utils/harness.ts';
import type { MockBackendOptions } from '../../types.ts';
import { normalizeCode } from '../provider.ts';
import {
  BACKUP_CODE_ALPHABET,
  createBackupCodeFactor,
  generateBackupCodes,
} from './backup-codes.ts';

describe.each(DIALECTS)('in the %s dialect', (dialect) => {
  const createHarness = (options: MockBackendOptions = {}) => harness({ dialect, ...options });

  describe('backup codes', () => {
    it('are 10 distinct codes of 8 unambiguous uppercase letters and digits', () => {
      for (let i = 0; i < 50; i++) {
        const codes = generateBackupCodes();
        expect(codes).toHaveLength(10);
        expect(new Set(codes).size).toBe(10);
        for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
      }
      expect(BACKUP_CODE_ALPHABET).not.toMatch(/[01IO]/);
    });

    it("are stored as HMAC-SHA-256 under the backend's key: not the codes, not a bare hash", async () => {
      const factor = createBackupCodeFactor({ secret: randomBytes(32) });
      const { codes, stored } = await factor.issue();
      const bytes = new TextEncoder();
      for (const [index, hash] of stored.hashes.entries()) {
        const code = codes[index] ?? '';
        expect(hash).toHaveLength(32);
        expect(Buffer.from(hash).includes(Buffer.from(bytes.encode(code)))).toBe(false);
        // A bare SHA-256 of a ~40-bit code falls to a search; the keyed hash does not.
        expect(Buffer.from(hash)).not.toEqual(createHash('sha256').update(code).digest());
      }
      // Another backend (another key) stores the same codes differently.
      const other = await createBackupCodeFactor({ secret: randomBytes(32) }).hash(codes);
      expect(other.hashes.map((h) => Buffer.from(h).toString('hex'))).not.toContain(
        Buffer.from(stored.hashes[0] ?? []).toString('hex'),
      );
      expect((await factor.hash(codes)).hashes).toEqual(stored.hashes);
    });

    it('normalise case, spaces and dashes', () => {
      expect(normalizeCode(' abcd-efgh ')).toBe('ABCDEFGH');
      expect(normalizeCode('ab cd\tef--gh')).toBe('ABCDEFGH');
    });
  });

  describe('backup codes over the API', () => {
    it('each sign in once, and the remaining count goes down', async () => {
      const h = createHarness();
      const { token, backupCodes } = await h.enableTotp();
      for (const code of backupCodes) {
        expect((await h.signIn(DEMO.email, DEMO.password, code)).status).toBe(200);
        // The reuse fails; the next success resets the count, so no lock builds up.
        expectError(await h.signIn(DEMO.email, DEMO.password, code), 401, 'invalid_mfa_code');
      }
      const status = await h.call('GET', `/users/${DEMO.id}/mfa/status`, { token });
      expect(status.body.data.attributes.backup_codes_remaining).toBe(0);
      expect(h.backend.events().filter((e) => e.action === 'backup_code_used')).toHaveLength(10);
    });

    it('gives exactly one success to 20 concurrent verifications of the same code', async () => {
      const h = createHarness({ lockout: { maxAttempts: 100 } });
      const { token, backupCodes } = await h.enableTotp();
      const code = backupCodes[3];
      const results = await Promise.all(
        Array.from({ length: 20 }, () => h.verify(token, code ?? '')),
      );
      const successes = results.filter((r) => r.status === 200);
      expect(successes).toHaveLength(1);
      expect(successes[0]?.body.data.attributes).toEqual(
        dialect === 'guide'
          ? { valid: true, method: 'backup_code', backup_codes_remaining: 9 }
          : { valid: true, message: 'Code verified.' },
      );
      for (const r of results.filter((r) => r.status !== 200))
        expectError(r, 401, 'invalid_mfa_code');
      const status = await h.call('GET', `/users/${DEMO.id}/mfa/status`, { token });
      expect(status.body.data.attributes.backup_codes_remaining).toBe(9);
    });

    it('holds under the default lockout too: one success, the rest refused', async () => {
      const h = createHarness();
      const { token, backupCodes } = await h.enableTotp();
      const results = await Promise.all(
        Array.from({ length: 20 }, () => h.verify(token, backupCodes[0] ?? '')),
      );
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      expect(results.every((r) => [200, 401, 429].includes(r.status))).toBe(true);
      expect(h.backend.user(DEMO.email)?.backupCodesRemaining).toBe(9);
    });

    it('accepts lowercase, spaces and dashes', async () => {
      const h = createHarness();
      const { token, backupCodes } = await h.enableTotp();
      const [a = '', b = '', c = ''] = backupCodes;
      const typed = [
        a.toLowerCase(),
        `${b.slice(0, 4)} ${b.slice(4)}`,
        `${c.slice(0, 4).toLowerCase()}-${c.slice(4)}`,
      ];
      for (const code of typed) {
        const result = await h.verify(token, code);
        expect(result.status).toBe(200);
        expect(h.backend.events().at(-1)).toMatchObject({
          action: 'verified',
          method: 'backup_code',
        });
      }
      expect(h.backend.user(DEMO.email)?.backupCodesRemaining).toBe(7);
    });

    it('are replaced by a new setup', async () => {
      const h = createHarness();
      const token = await h.token();
      const setup = (channel: string) =>
        h.call('POST', `/users/${DEMO.id}/mfa/setup`, { token, body: { channel } });
      const first = await setup('totp');
      const second = await setup('totp');
      expect(second.body.data.attributes.secret).not.toBe(first.body.data.attributes.secret);
      await h.call('POST', `/users/${DEMO.id}/mfa/enable`, {
        token,
        body: { totp_code: h.backend.totpCode(DEMO.email) },
      });
      const oldCode = first.body.data.attributes.backup_codes[0];
      expectError(await h.verify(token, oldCode), 401, 'invalid_mfa_code');
      const newCode = second.body.data.attributes.backup_codes[0];
      expect((await h.verify(token, newCode)).status).toBe(200);
    });
  });
});
