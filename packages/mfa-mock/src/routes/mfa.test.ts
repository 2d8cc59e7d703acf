import {
  parse,
  setupResponseSchema,
  statusResponseSchema,
  verifyResponseSchema,
} from '@authblock/mfa-client/schemas';
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../backend.ts';
import { createHarness, DEMO, expectError } from '../test-utils/harness.ts';

describe('disable', () => {
  it('keeps MFA on after a wrong password', async () => {
    const h = createHarness();
    const { token } = await h.enableTotp();
    expectError(
      await h.call('POST', `/users/${DEMO.id}/mfa/disable`, { token, body: { password: 'nope' } }),
      401,
      'invalid_credentials',
    );
    const status = await h.call('GET', `/users/${DEMO.id}/mfa/status`, { token });
    expect(status.body.data.attributes).toEqual({
      mfa_enabled: true,
      mfa_channel: 'totp',
      backup_codes_remaining: 10,
    });
  });

  it('turns MFA off with the right password, and the backup codes stop working', async () => {
    const h = createHarness();
    const { token, backupCodes } = await h.enableTotp();
    const off = await h.call('POST', `/users/${DEMO.id}/mfa/disable`, {
      token,
      body: { password: DEMO.password },
    });
    expect(off.status).toBe(200);
    expect(parse(statusResponseSchema, off.body).data).toEqual({
      id: DEMO.id,
      type: 'mfa_status',
      attributes: { mfa_enabled: false, mfa_channel: null, backup_codes_remaining: 0 },
    });
    expectError(
      await h.call('POST', `/users/${DEMO.id}/mfa/verify`, {
        token,
        body: { code: backupCodes[0] },
      }),
      409,
      'mfa_not_enabled',
    );
    // Sign-in needs no second factor now, and a stray code does not matter.
    const signIn = await h.signIn(DEMO.email, DEMO.password);
    expect(signIn.body.meta.auth.access_token).toBeTruthy();
    // Turned on again, the old codes are still dead.
    await h.enableTotp();
    expectError(await h.signIn(DEMO.email, DEMO.password, backupCodes[1]), 401, 'invalid_mfa_code');
  });

  it('answers 409 mfa_not_enabled when there is nothing to disable', async () => {
    const h = createHarness();
    const token = await h.token();
    expectError(
      await h.call('POST', `/users/${DEMO.id}/mfa/disable`, {
        token,
        body: { password: DEMO.password },
      }),
      409,
      'mfa_not_enabled',
    );
  });

  it('cancels a pending setup', async () => {
    const h = createHarness();
    const token = await h.token();
    await h.call('POST', `/users/${DEMO.id}/mfa/setup`, { token, body: { channel: 'totp' } });
    const off = await h.call('POST', `/users/${DEMO.id}/mfa/disable`, {
      token,
      body: { password: DEMO.password },
    });
    expect(off.status).toBe(200);
    expectError(
      await h.call('POST', `/users/${DEMO.id}/mfa/enable`, {
        token,
        body: { totp_code: '123456' },
      }),
      409,
      'mfa_setup_incomplete',
    );
  });
});

describe('channels and setup state', () => {
  it('refuses setup while MFA is on', async () => {
    const h = createHarness();
    const { token } = await h.enableTotp();
    for (const channel of ['totp', 'email']) {
      expectError(
        await h.call('POST', `/users/${DEMO.id}/mfa/setup`, { token, body: { channel } }),
        409,
        'mfa_already_enabled',
      );
    }
    expectError(
      await h.call('POST', `/users/${DEMO.id}/mfa/enable`, { token, body: { channel: 'email' } }),
      409,
      'mfa_already_enabled',
    );
  });

  it('switches channel by disable, then setup and enable', async () => {
    const h = createHarness();
    const { token } = await h.enableTotp();
    await h.call('POST', `/users/${DEMO.id}/mfa/disable`, {
      token,
      body: { password: DEMO.password },
    });
    h.backend.advanceClock(60);
    await h.enableEmail();
    const status = await h.call('GET', `/users/${DEMO.id}/mfa/status`, { token });
    expect(status.body.data.attributes).toMatchObject({ mfa_enabled: true, mfa_channel: 'email' });
    h.backend.advanceClock(60);
    const challenge = await h.signIn(DEMO.email, DEMO.password);
    expect(challenge.body.data.attributes.mfa_channel).toBe('email');
    const code = h.backend.lastCode(DEMO.email, 'mfa_sign_in');
    const done = await h.signIn(DEMO.email, DEMO.password, code);
    expect(done.body.data.attributes).toMatchObject({ mfa_enabled: true, mfa_channel: 'email' });
  });

  it('refuses enable before setup, and email enable before the code was verified', async () => {
    const h = createHarness();
    const token = await h.token();
    expectError(
      await h.call('POST', `/users/${DEMO.id}/mfa/enable`, {
        token,
        body: { totp_code: '123456' },
      }),
      409,
      'mfa_setup_incomplete',
    );
    expectError(
      await h.call('POST', `/users/${DEMO.id}/mfa/enable`, { token, body: { channel: 'email' } }),
      409,
      'mfa_setup_incomplete',
    );
    await h.call('POST', `/users/${DEMO.id}/mfa/setup`, { token, body: { channel: 'email' } });
    expectError(
      await h.call('POST', `/users/${DEMO.id}/mfa/enable`, { token, body: { channel: 'email' } }),
      409,
      'mfa_setup_incomplete',
    );
    // A TOTP code cannot finish an email setup.
    expectError(
      await h.call('POST', `/users/${DEMO.id}/mfa/enable`, {
        token,
        body: { totp_code: '123456' },
      }),
      409,
      'mfa_setup_incomplete',
    );
  });

  it('answers verify with 409 mfa_not_enabled when MFA is off and nothing is pending', async () => {
    const h = createHarness();
    const token = await h.token();
    expectError(
      await h.call('POST', `/users/${DEMO.id}/mfa/verify`, { token, body: { code: '123456' } }),
      409,
      'mfa_not_enabled',
    );
  });

  it('answers setup, verify and status in the shapes the client parses', async () => {
    const h = createHarness();
    const token = await h.token();
    const setup = await h.call('POST', `/users/${DEMO.id}/mfa/setup`, {
      token,
      body: { channel: 'email' },
    });
    const parsed = parse(setupResponseSchema, setup.body);
    expect(parsed.data.id).toMatch(/^mfa_setup_[a-z0-9]{16}$/);
    expect(parsed.data.attributes.backup_codes).toHaveLength(10);
    const verify = await h.call('POST', `/users/${DEMO.id}/mfa/verify`, {
      token,
      body: { code: h.backend.lastCode(DEMO.email) },
    });
    expect(parse(verifyResponseSchema, verify.body).data.attributes).toEqual({
      valid: true,
      method: 'email',
      backup_codes_remaining: 10,
    });
    const status = await h.call('GET', `/users/${DEMO.id}/mfa/status`, { token });
    expect(parse(statusResponseSchema, status.body).data).toEqual({
      id: DEMO.id,
      type: 'mfa_status',
      attributes: { mfa_enabled: false, mfa_channel: null, backup_codes_remaining: 0 },
    });
    expect(h.backend.events().map((e) => e.action)).toEqual(
      expect.arrayContaining(['setup', 'email_sent', 'verified']),
    );
  });

  it('verifies TOTP, email and backup codes for a user with MFA on', async () => {
    const h = createHarness();
    const { token, backupCodes } = await h.enableTotp();
    h.backend.advanceClock(30);
    const totp = await h.call('POST', `/users/${DEMO.id}/mfa/verify`, {
      token,
      body: { code: h.backend.totpCode(DEMO.email) },
    });
    expect(totp.body.data.attributes).toEqual({
      valid: true,
      method: 'totp',
      backup_codes_remaining: 10,
    });
    const backup = await h.call('POST', `/users/${DEMO.id}/mfa/verify`, {
      token,
      body: { code: backupCodes[9] },
    });
    expect(backup.body.data.attributes).toEqual({
      valid: true,
      method: 'backup_code',
      backup_codes_remaining: 9,
    });
  });
});

describe('request validation and routing', () => {
  it('answers 400 bad_request to a body that is not JSON', async () => {
    const h = createHarness();
    const token = await h.token();
    expectError(
      await h.call('POST', `/users/${DEMO.id}/mfa/setup`, { token, rawBody: '{channel: totp' }),
      400,
      'bad_request',
    );
    expectError(await h.call('POST', '/auth/sign_in', { rawBody: '' }), 400, 'bad_request');
  });

  it('answers 422 naming the field, without echoing the value', async () => {
    const h = createHarness();
    const token = await h.token();
    const cases: [string, unknown, string][] = [
      [`/users/${DEMO.id}/mfa/setup`, {}, '/channel'],
      [`/users/${DEMO.id}/mfa/setup`, { channel: 'carrier-pigeon' }, '/channel'],
      [`/users/${DEMO.id}/mfa/enable`, {}, '/totp_code'],
      [`/users/${DEMO.id}/mfa/enable`, { channel: 'totp' }, '/channel'],
      [`/users/${DEMO.id}/mfa/enable`, { totp_code: 123456 }, '/totp_code'],
      [`/users/${DEMO.id}/mfa/disable`, { password: '' }, '/password'],
      [`/users/${DEMO.id}/mfa/verify`, { code: 'x'.repeat(65) }, '/code'],
      ['/auth/sign_in', { email: 'no-at-sign', password: 'Leaky-Pass1' }, '/email'],
      ['/auth/sign_in', { email: DEMO.email }, '/password'],
      ['/auth/passwordless/verify', { email: DEMO.email, code: 'A', mfa_code: 7 }, '/mfa_code'],
      ['/auth/passwordless/request', [], ''],
    ];
    for (const [path, body, pointer] of cases) {
      const result = await h.call('POST', path, { token, body });
      expectError(result, 422, 'validation_error');
      expect(result.body.errors[0].source).toEqual({ pointer });
      const text = JSON.stringify(result.body);
      for (const echoed of ['carrier-pigeon', 'no-at-sign', 'Leaky-Pass1', 'xxxx', '123456']) {
        expect(text).not.toContain(echoed);
      }
    }
  });

  it('answers 405 with Allow to a known route with the wrong method', async () => {
    const h = createHarness();
    const token = await h.token();
    const get = await h.call('GET', '/auth/sign_in');
    expectError(get, 405, 'method_not_allowed');
    expect(get.headers.get('Allow')).toBe('POST, OPTIONS');
    const post = await h.call('POST', `/users/${DEMO.id}/mfa/status`, { token, body: {} });
    expectError(post, 405, 'method_not_allowed');
    expect(post.headers.get('Allow')).toBe('GET, OPTIONS');
    expectError(
      await h.call('DELETE', `/users/${DEMO.id}/mfa/setup`, { token }),
      405,
      'method_not_allowed',
    );
  });

  it('answers 404 to unknown routes', async () => {
    const h = createHarness();
    const token = await h.token();
    expectError(await h.call('POST', `/users/${DEMO.id}/mfa/reset`, { token }), 404, 'not_found');
    expectError(await h.call('GET', `/users/${DEMO.id}/mfa`, { token }), 404, 'not_found');
    expectError(await h.call('GET', '/auth/passwordless/other'), 404, 'not_found');
    expectError(await h.call('GET', '/somewhere/else'), 404, 'not_found');
    expectError(await h.call('GET', '/__mock/nothing', { apiKey: null }), 404, 'not_found');
  });

  it('answers 400 to API paths whose %-escapes do not decode, on every route family', async () => {
    const h = createHarness();
    for (const path of ['/users/%ZZ/mfa/verify', '/auth/%C3%28', '/__mock/a%2']) {
      expectError(await h.call('POST', path, { body: {} }), 400, 'bad_request');
    }
  });

  it("leaves the app's own requests alone (the browser worker sees them too)", async () => {
    const backend = createMockBackend();
    for (const url of [
      'http://localhost:5173/src/auth/App.tsx',
      'http://localhost:5173/src/auth/sign_in.ts',
      'http://localhost:5173/src/users/list.tsx',
      'http://localhost:5173/assets/index.js',
    ]) {
      expect(await getResponse(backend.handlers, new Request(url))).toBeUndefined();
    }
    const api = await getResponse(
      backend.handlers,
      new Request('http://localhost:5173/auth/sign_in', { method: 'GET' }),
    );
    expect(api?.status).toBe(401);
  });

  it('records the API requests it saw, without query, bodies or dev routes', async () => {
    const h = createHarness();
    await h.token();
    await h.call('GET', '/__mock/events', { apiKey: null });
    await h.call('GET', `/users/${DEMO.id}/mfa/status?x=1`);
    expect(h.backend.requests()).toEqual([
      { method: 'POST', path: '/auth/sign_in' },
      { method: 'GET', path: `/users/${DEMO.id}/mfa/status` },
    ]);
  });
});
