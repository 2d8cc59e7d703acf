import { parse } from '@authblock/mfa-client/schemas';
// The API reference's own rules and shapes (the `reference` dialect), beyond the rules both
// dialects share (tested once per dialect beside each factor and in backend.security).
import { describe, expect, it } from 'vitest';
import { createMockBackend } from './backend.ts';
import { DOCUMENTED } from './test-utils/documents.ts';
import { BASE, createHarness, DEMO, type Harness } from './test-utils/harness.ts';

const reference = () => createHarness({ dialect: 'reference' });
const documented = DOCUMENTED.reference;

const errorOf = (result: {
  status: number;
  body: { errors: { code: string; source?: unknown }[] };
}) => ({
  status: result.status,
  code: result.body.errors[0]?.code,
  source: result.body.errors[0]?.source,
});

const requestCode = (h: Harness, email = DEMO.email) =>
  h.call('POST', '/auth/passwordless/request', { body: { email } });
const verifyCode = (h: Harness, body: Record<string, unknown>) =>
  h.call('POST', '/auth/passwordless/verify', { body: { email: DEMO.email, ...body } });
const wrongOf = (code: string) => (code === '000000' ? '111111' : '000000');

describe('passwordless, in the reference dialect', () => {
  it('answers the request with a passwordless resource, the same whether the address exists', async () => {
    const h = reference();
    const known = await requestCode(h);
    parse(documented.passwordlessRequested, known.body);
    expect(known.body.data.attributes).toEqual({
      status: 'otp_sent',
      email_hint: 'd***@example.com',
      expires_in: 600,
    });
    const empty = createMockBackend({ dialect: 'reference', users: [] });
    const unknown = await empty.fetch(
      new Request(`${BASE}/auth/passwordless/request`, {
        method: 'POST',
        headers: { 'X-API-Key': 'pk_test_mock', 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: DEMO.email }),
      }),
    );
    expect(await unknown.json()).toEqual(known.body);
  });

  it('says GW-PL-013 when no code is pending, for a known and an unknown address alike', async () => {
    const h = reference();
    const none = await verifyCode(h, { code: '123456' });
    expect(errorOf(none)).toEqual({ status: 400, code: 'GW-PL-013', source: 'Passwordless' });
    const unknown = await verifyCode(h, { email: 'nobody@example.com', code: '123456' });
    expect(unknown.body).toEqual(none.body);
    parse(documented.error, none.body);
  });

  it('counts wrong codes down with GW-PL-011, clears the code at the fifth with GW-PL-014', async () => {
    const h = reference();
    await requestCode(h);
    const code = h.backend.lastCode(DEMO.email, 'passwordless') ?? '';
    for (let remaining = 4; remaining >= 1; remaining--) {
      const wrong = await verifyCode(h, { code: wrongOf(code) });
      expect(errorOf(wrong)).toEqual({ status: 400, code: 'GW-PL-011', source: 'Passwordless' });
      expect(wrong.body.meta).toEqual({ remaining_attempts: remaining });
    }
    const fifth = await verifyCode(h, { code: wrongOf(code) });
    expect(errorOf(fifth)).toEqual({ status: 401, code: 'GW-PL-014', source: 'Passwordless' });
    // Nothing to wait for: a new code must be requested.
    expect(fifth.headers.get('Retry-After')).toBeNull();
    // Cleared: even the right code is gone now.
    expect(errorOf(await verifyCode(h, { code }))).toMatchObject({ code: 'GW-PL-013' });
    h.backend.advanceClock(30);
    await requestCode(h);
    const fresh = h.backend.lastCode(DEMO.email, 'passwordless');
    expect((await verifyCode(h, { code: fresh })).status).toBe(200);
  });

  it('says GW-PL-012 for the right code past its ten minutes', async () => {
    const h = reference();
    await requestCode(h);
    const code = h.backend.lastCode(DEMO.email, 'passwordless');
    h.backend.advanceClock(600);
    expect(errorOf(await verifyCode(h, { code }))).toEqual({
      status: 400,
      code: 'GW-PL-012',
      source: 'Passwordless',
    });
  });

  it('asks an MFA user for the second factor with a 200 error document, then takes a backup code', async () => {
    const h = reference();
    const { backupCodes } = await h.enableTotp();
    h.backend.advanceClock(60);
    await requestCode(h);
    const code = h.backend.lastCode(DEMO.email, 'passwordless');
    const first = await verifyCode(h, { code });
    expect(first.status).toBe(200);
    parse(documented.passwordlessMfaRequired, first.body);
    const wrong = await verifyCode(h, { code, mfa_code: wrongOf(h.backend.totpCode(DEMO.email)) });
    expect(errorOf(wrong)).toEqual({ status: 401, code: 'mfa_invalid', source: 'Passwordless' });
    const done = await verifyCode(h, { code, backup_code: backupCodes[0] });
    parse(documented.signedIn, done.body);
  });
});

describe('sign-in, in the reference dialect', () => {
  it('answers a wrong password 401 unauthorized, and a wrong second factor 401 mfa_invalid', async () => {
    const h = reference();
    const wrongPassword = await h.signIn(DEMO.email, 'not-the-password');
    expect(errorOf(wrongPassword)).toEqual({
      status: 401,
      code: 'unauthorized',
      source: 'Sessions',
    });
    expect(wrongPassword.body.errors[0].detail).toBe('Invalid email or password.');
    await h.enableTotp();
    h.backend.advanceClock(60);
    const wrong = await h.signIn(
      DEMO.email,
      DEMO.password,
      wrongOf(h.backend.totpCode(DEMO.email)),
    );
    expect(errorOf(wrong)).toEqual({ status: 401, code: 'mfa_invalid', source: 'Sessions' });
    expect(wrong.body.meta).toEqual({ remaining_attempts: 4 });
  });

  it('reads a backup code from backup_code only, and refuses both fields at once', async () => {
    const h = reference();
    const { backupCodes } = await h.enableTotp();
    const [first = '', second = ''] = backupCodes;
    const signIn = (body: Record<string, string>) =>
      h.call('POST', '/auth/sign_in', {
        body: { email: DEMO.email, password: DEMO.password, ...body },
      });
    expect(errorOf(await signIn({ mfa_code: first }))).toMatchObject({ code: 'mfa_invalid' });
    expect(errorOf(await signIn({ mfa_code: '123456', backup_code: first }))).toMatchObject({
      status: 422,
      code: 'validation_error',
    });
    expect((await signIn({ backup_code: first })).status).toBe(200);
    // A TOTP code is not a backup code either.
    h.backend.advanceClock(60);
    expect(errorOf(await signIn({ backup_code: h.backend.totpCode(DEMO.email) }))).toMatchObject({
      code: 'mfa_invalid',
    });
    expect((await signIn({ backup_code: second.toLowerCase() })).status).toBe(200);
  });

  it('adds a refresh token in OAuth mode only', async () => {
    const h = reference();
    const body = { email: DEMO.email, password: DEMO.password };
    const plain = await h.call('POST', '/auth/sign_in', { body });
    expect(plain.body.meta.auth).toMatchObject({ oauth_mode: false, expires_in: 86_400 });
    expect(plain.body.meta.auth.refresh_token).toBeUndefined();
    const oauth = await h.call('POST', '/auth/sign_in', {
      body,
      headers: { 'X-OAuth-Mode': 'true' },
    });
    parse(documented.signedIn, oauth.body);
    expect(oauth.body.meta.auth).toMatchObject({
      oauth_mode: true,
      refresh_token: expect.stringMatching(/^[\w-]{40,}$/),
      refresh_token_expires_in: expect.any(Number),
    });
  });

  it('reads the guide body and sends a code for email MFA, as in the guide', async () => {
    const h = reference();
    await h.enableEmail();
    h.backend.advanceClock(60);
    const first = await h.signIn(DEMO.email, DEMO.password);
    parse(documented.mfaRequired, first.body);
    const code = h.backend.lastCode(DEMO.email, 'mfa_sign_in');
    expect((await h.signIn(DEMO.email, DEMO.password, code)).status).toBe(200);
  });
});

describe('/users/:id/mfa, in the reference dialect', () => {
  const setup = (h: Harness, token: string, body: unknown) =>
    h.call('POST', `/users/${DEMO.id}/mfa/setup`, { token, body });
  const status = (h: Harness, token: string) =>
    h.call('GET', `/users/${DEMO.id}/mfa/status`, { token });

  it('sets up TOTP from an empty body, with a test_code and a percent-encoded issuer', async () => {
    const h = reference();
    const token = await h.token();
    const answer = await setup(h, token, {});
    parse(documented.totpSetup, answer.body);
    const { qr_code_uri, secret, test_code } = answer.body.data.attributes;
    expect(qr_code_uri).toBe(
      `otpauth://totp/23blocks%20-%20Auth%20Block:demo@example.com?secret=${secret}&issuer=23blocks%20-%20Auth%20Block`,
    );
    expect(test_code).toBe(h.backend.totpCode(DEMO.email));
    const enabled = await h.call('POST', `/users/${DEMO.id}/mfa/enable`, {
      token,
      body: { totp_code: test_code },
    });
    parse(documented.enabled, enabled.body);
  });

  it('regenerates on "true": a new secret, MFA off until enabled again, the old codes dead', async () => {
    const h = reference();
    const { token, secret, backupCodes } = await h.enableTotp();
    expect(errorOf(await setup(h, token, {}))).toMatchObject({
      status: 409,
      code: 'mfa_already_enabled',
    });
    expect(errorOf(await setup(h, token, { regenerate: 'false' }))).toMatchObject({ status: 409 });
    const again = await setup(h, token, { regenerate: 'true' });
    expect(again.status).toBe(200);
    expect(again.body.data.attributes.secret).not.toBe(secret);
    expect((await status(h, token)).body.data.attributes).toMatchObject({ enabled: false });
    expect((await h.signIn(DEMO.email, DEMO.password)).body.meta.auth.access_token).toBeTruthy();
    h.backend.advanceClock(30);
    await h.call('POST', `/users/${DEMO.id}/mfa/enable`, {
      token,
      body: { totp_code: h.backend.totpCode(DEMO.email) },
    });
    expect(errorOf(await h.verify(token, backupCodes[0] ?? ''))).toMatchObject({ code: '45365M' });
  });

  it('refuses regenerate while the account is locked, as it refuses disable (429)', async () => {
    const h = reference();
    const { token, secret } = await h.enableTotp();
    // A stolen token's holder guesses codes until the account locks.
    for (let i = 0; i < 5; i++) await h.verify(token, '000000');
    const regenerate = await setup(h, token, { regenerate: 'true' });
    expect(errorOf(regenerate)).toMatchObject({ status: 429, code: 'too_many_attempts' });
    expect(regenerate.headers.get('Retry-After')).toBe('900');
    const disable = await h.call('POST', `/users/${DEMO.id}/mfa/disable`, {
      token,
      body: { password: DEMO.password },
    });
    expect(errorOf(disable)).toMatchObject({ status: 429, code: 'too_many_attempts' });
    expect((await status(h, token)).body.data.attributes).toMatchObject({ enabled: true });

    // Locked for wrong passwords (someone is guessing the owner's): refused as well.
    h.backend.advanceClock(901);
    for (let i = 0; i < 10; i++) await h.signIn(DEMO.email, 'wrong-password');
    expect(errorOf(await setup(h, token, { regenerate: 'true' }))).toMatchObject({ status: 429 });
    expect((await status(h, token)).body.data.attributes).toMatchObject({ enabled: true });

    // Once the lock is over, regenerate does what the reference says.
    h.backend.advanceClock(901);
    const later = await setup(h, token, { regenerate: 'true' });
    expect(later.status).toBe(200);
    expect(later.body.data.attributes.secret).not.toBe(secret);
  });

  it('says setup_required and last_used_at in the status, and never the channel', async () => {
    const h = reference();
    const token = await h.token();
    const before = await status(h, token);
    parse(documented.status, before.body);
    expect(before.body.data.attributes).toEqual({
      enabled: false,
      setup_required: true,
      backup_codes_remaining: 0,
      last_used_at: null,
    });
    await setup(h, token, { channel: 'totp' });
    expect((await status(h, token)).body.data.attributes.setup_required).toBe(false);
    await h.call('POST', `/users/${DEMO.id}/mfa/enable`, {
      token,
      body: { totp_code: h.backend.totpCode(DEMO.email) },
    });
    const after = await status(h, token);
    expect(after.body.data.attributes).toEqual({
      enabled: true,
      setup_required: false,
      backup_codes_remaining: 10,
      last_used_at: new Date(h.backend.now()).toISOString(),
    });
  });

  it('answers enable before setup with 400, and a wrong code with 45365M from the MFA Controller', async () => {
    const h = reference();
    const token = await h.token();
    const early = await h.call('POST', `/users/${DEMO.id}/mfa/enable`, {
      token,
      body: { totp_code: '123456' },
    });
    expect(errorOf(early)).toMatchObject({ status: 400, source: 'MFA Controller' });
    await setup(h, token, {});
    const wrong = await h.call('POST', `/users/${DEMO.id}/mfa/enable`, {
      token,
      body: { totp_code: wrongOf(h.backend.totpCode(DEMO.email)) },
    });
    expect(errorOf(wrong)).toEqual({ status: 401, code: '45365M', source: 'MFA Controller' });
    parse(documented.error, wrong.body);
  });

  it('verifies code or backup_code, and answers 400 to neither and to MFA being off', async () => {
    const h = reference();
    const token = await h.token();
    expect(errorOf(await h.verify(token, '123456'))).toMatchObject({
      status: 400,
      code: 'mfa_not_enabled',
    });
    const { backupCodes } = await h.enableTotp();
    const verify = (body: unknown) =>
      h.call('POST', `/users/${DEMO.id}/mfa/verify`, { token, body });
    expect(errorOf(await verify({}))).toMatchObject({ status: 400, code: 'validation_error' });
    expect(errorOf(await verify({ code: backupCodes[0] }))).toMatchObject({ code: '45365M' });
    const valid = await verify({ backup_code: backupCodes[0] });
    parse(documented.verified, valid.body);
  });

  it('keeps email two-factor: setup, the emailed code verified, enable, disable', async () => {
    const h = reference();
    const { token } = await h.enableEmail();
    expect((await status(h, token)).body.data.attributes.enabled).toBe(true);
    const off = await h.call('POST', `/users/${DEMO.id}/mfa/disable`, {
      token,
      body: { password: DEMO.password },
    });
    parse(documented.disabled, off.body);
  });
});

describe('the guide dialect', () => {
  it('reads no backup_code field: a backup code travels as the code', async () => {
    const h = createHarness();
    const { backupCodes } = await h.enableTotp();
    const asField = await h.call('POST', '/auth/sign_in', {
      body: { email: DEMO.email, password: DEMO.password, backup_code: backupCodes[0] },
    });
    expect(h.isMfaRequired(asField)).toBe(true);
    expect((await h.signIn(DEMO.email, DEMO.password, backupCodes[0])).status).toBe(200);
  });
});
