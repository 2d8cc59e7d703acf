import { describe, expect, it } from 'vitest';
import { createHarness, DEMO, expectError } from '../test-utils/harness.ts';
import { hashPassword, verifyPassword } from './crypto.ts';

describe('passwords', () => {
  it('do not match with NUL bytes added (HMAC pads short keys with zeros)', async () => {
    const stored = await hashPassword('Password123!');
    expect(await verifyPassword('Password123!', stored)).toBe(true);
    for (const typed of ['Password123!\u0000', 'Password123!\u0000\u0000', '\u0000Password123!']) {
      expect(await verifyPassword(typed, stored)).toBe(false);
    }
  });

  it('with a trailing NUL do not sign in', async () => {
    const h = createHarness();
    expectError(await h.signIn(DEMO.email, `${DEMO.password}\u0000`), 401, 'invalid_credentials');
    expect((await h.signIn(DEMO.email, DEMO.password)).status).toBe(200);
  });
});
