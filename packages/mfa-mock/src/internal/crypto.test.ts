import { describe, expect, it } from 'vitest';
import { createHarness, DEMO, expectError } from '../test-utils/harness.ts';
import { hashPassword, randomUuid, uuidFromBytes, verifyPassword } from './crypto.ts';

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

/** The vendor SDK's check (`assertUuid`), as its source writes it. */
const SDK_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

describe('UUIDs', () => {
  it('are version 4 and pass the vendor SDK check, whatever the bytes', () => {
    for (const fill of [0x00, 0xff, 0x5a]) {
      const id = uuidFromBytes(new Uint8Array(16).fill(fill));
      expect(id).toMatch(SDK_UUID);
      expect(id[14]).toBe('4');
    }
    expect(uuidFromBytes(new Uint8Array(16))).toBe('00000000-0000-4000-8000-000000000000');
  });

  it('are random from randomUuid', () => {
    const ids = new Set(Array.from({ length: 100 }, () => randomUuid()));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(SDK_UUID);
  });

  it('need exactly 16 bytes', () => {
    expect(() => uuidFromBytes(new Uint8Array(15))).toThrow(RangeError);
  });
});
