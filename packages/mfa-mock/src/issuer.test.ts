// The name in the authenticator app is the tenant's own (`issuer` option), and survives
// spaces, dashes and other characters on the way through the otpauth:// URI.
import { URI } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { createMockBackend } from './backend.ts';
import { createHarness, DEMO } from './test-utils/harness.ts';

async function qrCodeUri(issuer?: string): Promise<string> {
  const harness = createHarness(issuer === undefined ? {} : { issuer });
  const token = await harness.token();
  const setup = await harness.call('POST', `/users/${DEMO.id}/mfa/setup`, {
    token,
    body: { channel: 'totp' },
  });
  expect(setup.status).toBe(200);
  return setup.body.data.attributes.qr_code_uri;
}

describe('issuer', () => {
  it.each(['Northwind', '23blocks - My Company', 'Café & Co. (EU) #1'])(
    '%s reaches the authenticator app as written',
    async (issuer) => {
      const uri = await qrCodeUri(issuer);
      // What an authenticator app reads: issuer and account, apart.
      const parsed = URI.parse(uri);
      expect(parsed.issuer).toBe(issuer);
      expect(parsed.label).toBe(DEMO.email);
      expect(new URL(uri).searchParams.get('issuer')).toBe(issuer);
      expect(uri).not.toMatch(/\s/);
    },
  );

  it('defaults to Auth Block', async () => {
    expect(URI.parse(await qrCodeUri()).issuer).toBe('Auth Block');
  });

  it('refuses an empty name', () => {
    expect(() => createMockBackend({ issuer: '  ' })).toThrow('issuer must not be empty');
  });
});
