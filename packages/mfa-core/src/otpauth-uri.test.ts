import { describe, expect, it } from 'vitest';
import { parseOtpauthUri } from './otpauth-uri.ts';

const secret = 'JBSWY3DPEHPK3PXP';

describe('parseOtpauthUri', () => {
  it.each([
    // As the mock (and otpauth) encode them.
    [
      `otpauth://totp/23blocks%20-%20My%20Company:demo%40example.com?issuer=23blocks%20-%20My%20Company&secret=${secret}`,
      '23blocks - My Company',
      'demo@example.com',
    ],
    // `+` for spaces in the query, a raw label.
    [
      `otpauth://totp/23blocks - My Company:demo@example.com?secret=${secret}&issuer=23blocks+-+My+Company`,
      '23blocks - My Company',
      'demo@example.com',
    ],
    // The spec's example; and a colon inside the issuer, told apart by the parameter.
    [
      `otpauth://totp/YourApp:user@example.com?secret=${secret}&issuer=YourApp`,
      'YourApp',
      'user@example.com',
    ],
    [
      `otpauth://totp/Acme%3A%20EU:ana@example.com?issuer=Acme%3A%20EU&secret=${secret}`,
      'Acme: EU',
      'ana@example.com',
    ],
    // Only a label prefix; only an account.
    [`otpauth://totp/Northwind:ana@example.com?secret=${secret}`, 'Northwind', 'ana@example.com'],
    [`otpauth://totp/ana@example.com?secret=${secret}`, undefined, 'ana@example.com'],
  ])('%s', (uri, issuer, account) => {
    expect(parseOtpauthUri(uri)).toEqual({ issuer, account });
  });

  it('reads nothing from what is not a TOTP URI', () => {
    expect(parseOtpauthUri('https://example.com')).toEqual({
      issuer: undefined,
      account: undefined,
    });
  });
});
