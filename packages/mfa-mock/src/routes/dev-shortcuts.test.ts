import { describe, expect, it } from 'vitest';
import { createHarness, DEMO, expectError } from '../test-utils/harness.ts';

// The helpers' HTTP twins, for e2e suites that drive `pnpm mock` from any language.

describe('POST /__mock/mfa', () => {
  it('turns TOTP on directly, and the secret and backup codes work at sign-in', async () => {
    const h = createHarness();
    const result = await h.call('POST', '/__mock/mfa', {
      apiKey: null,
      body: { email: DEMO.email, channel: 'totp' },
    });
    expect(result.status).toBe(201);
    const { attributes } = result.body.data;
    expect(attributes).toMatchObject({ user_id: DEMO.id, channel: 'totp' });
    expect(attributes.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(attributes.backup_codes).toHaveLength(10);
    expect(h.backend.user(DEMO.email)).toMatchObject({ mfaEnabled: true, mfaChannel: 'totp' });
    const signIn = await h.signIn(DEMO.email, DEMO.password, attributes.backup_codes[0]);
    expect(signIn.status).toBe(200);
  });

  it('turns email codes on, without a secret', async () => {
    const h = createHarness();
    const result = await h.call('POST', '/__mock/mfa', {
      apiKey: null,
      body: { email: DEMO.email, channel: 'email' },
    });
    expect(result.status).toBe(201);
    expect(result.body.data.attributes).not.toHaveProperty('secret');
    expect(h.backend.user(DEMO.email)?.mfaChannel).toBe('email');
  });

  it('refuses an unknown address (404) and a bad channel (422)', async () => {
    const h = createHarness();
    expectError(
      await h.call('POST', '/__mock/mfa', {
        apiKey: null,
        body: { email: 'nobody@example.com', channel: 'totp' },
      }),
      404,
      'not_found',
    );
    expectError(
      await h.call('POST', '/__mock/mfa', {
        apiKey: null,
        body: { email: DEMO.email, channel: 'sms' },
      }),
      422,
      'validation_error',
    );
  });
});

describe('POST /__mock/totp_code', () => {
  it('answers a code the backend accepts, a fresh one each time', async () => {
    const h = createHarness();
    await h.call('POST', '/__mock/mfa', {
      apiKey: null,
      body: { email: DEMO.email, channel: 'totp' },
    });
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = await h.call('POST', '/__mock/totp_code', {
        apiKey: null,
        body: { email: DEMO.email },
      });
      expect(result.status).toBe(200);
      expect(result.body.data).toMatchObject({ id: DEMO.id, type: 'totp_code' });
      const signIn = await h.signIn(DEMO.email, DEMO.password, result.body.data.attributes.code);
      expect(signIn.status).toBe(200);
    }
  });

  it('refuses an account without a TOTP secret (422) and an unknown one (404)', async () => {
    const h = createHarness();
    expectError(
      await h.call('POST', '/__mock/totp_code', { apiKey: null, body: { email: DEMO.email } }),
      422,
      'validation_error',
    );
    expectError(
      await h.call('POST', '/__mock/totp_code', {
        apiKey: null,
        body: { email: 'nobody@example.com' },
      }),
      404,
      'not_found',
    );
  });
});
