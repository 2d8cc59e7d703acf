import { parse, signedInResponseSchema, validate } from '@authblock/mfa-client/schemas';
import { describe, expect, it } from 'vitest';
import { createHarness, DEMO, expectError } from '../test-utils/harness.ts';

describe('sign-in', () => {
  it('signs a user without MFA straight in with the full user and tokens', async () => {
    const h = createHarness();
    const result = await h.signIn(DEMO.email, DEMO.password);
    const parsed = parse(signedInResponseSchema, result.body);
    expect(parsed.data.attributes).toEqual({
      unique_id: DEMO.id,
      email: DEMO.email,
      mfa_enabled: false,
      mfa_channel: null,
      created_at: new Date(h.backend.now()).toISOString(),
    });
  });

  it('answers a repeated step one for email MFA without failing', async () => {
    const h = createHarness();
    await h.enableEmail();
    const results = await Promise.all([1, 2, 3].map(() => h.signIn(DEMO.email, DEMO.password)));
    for (const result of results) expect(result.body.data.attributes.mfa_required).toBe(true);
  });
});

describe('passwordless', () => {
  const request = (h: ReturnType<typeof createHarness>, email: string) =>
    h.call('POST', '/auth/passwordless/request', { body: { email } });
  const verify = (
    h: ReturnType<typeof createHarness>,
    body: { email: string; code?: string; mfa_code?: string },
  ) => h.call('POST', '/auth/passwordless/verify', { body });

  it('always answers the request with the same 200', async () => {
    const h = createHarness();
    const known = await request(h, DEMO.email);
    const unknown = await request(h, 'nobody@example.com');
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    expect(unknown.body).toEqual(known.body);
    expect(h.backend.mailbox('nobody@example.com')).toEqual([]);
    expect(h.backend.mailbox(DEMO.email).map((m) => m.purpose)).toEqual(['passwordless']);
  });

  it('sends nothing within the cooldown, and answers 200 all the same', async () => {
    const h = createHarness();
    await request(h, DEMO.email);
    h.backend.advanceClock(29);
    expect((await request(h, DEMO.email)).status).toBe(200);
    expect(h.backend.mailbox(DEMO.email)).toHaveLength(1);
    h.backend.advanceClock(1);
    await request(h, DEMO.email);
    expect(h.backend.mailbox(DEMO.email)).toHaveLength(2);
  });

  it('signs a user without MFA in, once per code', async () => {
    const h = createHarness();
    await request(h, DEMO.email);
    const code = h.backend.expectCode(DEMO.email, 'passwordless');
    const result = await verify(h, { email: DEMO.email, code });
    expect(validate(signedInResponseSchema, result.body).ok).toBe(true);
    expectError(await verify(h, { email: DEMO.email, code }), 401, 'invalid_credentials');
  });

  it('answers a wrong code and an unknown email alike, and an expired code as expired', async () => {
    const h = createHarness();
    await request(h, DEMO.email);
    const code = h.backend.expectCode(DEMO.email, 'passwordless');
    const wrong = await verify(h, {
      email: DEMO.email,
      code: code === '000000' ? '000001' : '000000',
    });
    const unknown = await verify(h, { email: 'nobody@example.com', code });
    expectError(wrong, 401, 'invalid_credentials');
    expect(unknown.body).toEqual(wrong.body);
    h.backend.advanceClock(600);
    expectError(await verify(h, { email: DEMO.email, code }), 401, 'code_expired');
  });

  it('burns a code after 5 wrong guesses', async () => {
    const h = createHarness();
    await request(h, DEMO.email);
    const code = h.backend.expectCode(DEMO.email, 'passwordless');
    const wrong = code === '000000' ? '000001' : '000000';
    for (let i = 0; i < 5; i++) await verify(h, { email: DEMO.email, code: wrong });
    expectError(await verify(h, { email: DEMO.email, code }), 401, 'invalid_credentials');
  });

  it('does not send a new code for a burned one before the cooldown ends', async () => {
    const h = createHarness();
    await request(h, DEMO.email);
    const burned = h.backend.expectCode(DEMO.email, 'passwordless');
    const wrong = burned === '000000' ? '000001' : '000000';
    for (let i = 0; i < 5; i++) await verify(h, { email: DEMO.email, code: wrong });
    // Else "request, guess five times" could repeat at once, without end.
    await request(h, DEMO.email);
    expect(h.backend.mailbox(DEMO.email)).toHaveLength(1);
    h.backend.advanceClock(30);
    await request(h, DEMO.email);
    expect(h.backend.mailbox(DEMO.email)).toHaveLength(2);
  });

  it('sends a new code at once after one was used to sign in', async () => {
    const h = createHarness();
    await request(h, DEMO.email);
    const code = h.backend.expectCode(DEMO.email, 'passwordless');
    expect((await verify(h, { email: DEMO.email, code })).status).toBe(200);
    await request(h, DEMO.email);
    expect(h.backend.mailbox(DEMO.email)).toHaveLength(2);
  });

  it('asks for the MFA code, and the passwordless code survives the round trip', async () => {
    const h = createHarness();
    await h.enableTotp();
    h.backend.advanceClock(60);
    await request(h, DEMO.email);
    const code = h.backend.expectCode(DEMO.email, 'passwordless');
    const first = await verify(h, { email: DEMO.email, code });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      data: {
        id: DEMO.id,
        type: 'user',
        attributes: { unique_id: DEMO.id, mfa_required: true, mfa_channel: 'totp' },
      },
    });
    // A wrong MFA code does not spend the passwordless code either.
    const totp = h.backend.totpCode(DEMO.email);
    expectError(
      await verify(h, {
        email: DEMO.email,
        code,
        mfa_code: totp === '000000' ? '111111' : '000000',
      }),
      401,
      'invalid_mfa_code',
    );
    const done = await verify(h, { email: DEMO.email, code, mfa_code: totp });
    expect(parse(signedInResponseSchema, done.body).data.attributes.mfa_enabled).toBe(true);
    expectError(
      await verify(h, {
        email: DEMO.email,
        code,
        mfa_code: h.backend.totpCode(DEMO.email, { offsetSteps: 1 }),
      }),
      401,
      'invalid_credentials',
    );
  });

  it('emails the MFA code for an email-MFA user, keeping the two codes apart', async () => {
    const h = createHarness();
    await h.enableEmail();
    h.backend.advanceClock(60);
    await request(h, DEMO.email);
    const code = h.backend.expectCode(DEMO.email, 'passwordless');
    const first = await verify(h, { email: DEMO.email, code });
    expect(first.body.data.attributes).toMatchObject({
      mfa_required: true,
      mfa_channel: 'email',
      sent_to: 'd***@example.com',
    });
    const mfaCode = h.backend.expectCode(DEMO.email, 'mfa_sign_in');
    expect(mfaCode).toBeDefined();
    expect(mfaCode).not.toBe(code);
    // The passwordless code is not a second factor.
    expectError(
      await verify(h, { email: DEMO.email, code, mfa_code: code }),
      401,
      'invalid_mfa_code',
    );
    const done = await verify(h, { email: DEMO.email, code, mfa_code: mfaCode });
    expect(done.status).toBe(200);
    expect(done.body.meta.auth.token_type).toBe('Bearer');
  });

  it('refuses a locked account even with the right codes', async () => {
    const h = createHarness();
    await h.enableTotp();
    h.backend.advanceClock(60);
    await request(h, DEMO.email);
    const code = h.backend.expectCode(DEMO.email, 'passwordless');
    const bad = h.backend.totpCode(DEMO.email) === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) await verify(h, { email: DEMO.email, code, mfa_code: bad });
    expectError(
      await verify(h, { email: DEMO.email, code, mfa_code: h.backend.totpCode(DEMO.email) }),
      429,
      'too_many_attempts',
    );
  });
});
