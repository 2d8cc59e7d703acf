// The server half of step-up, against the reference backend in both dialects: what a
// stolen session cannot do. Each backend answers through its own `fetch` (no global
// interception), as an app's server reaches Auth Block.
import { ADMIN_USER, createMockBackend, DEFAULT_API_KEY, DEMO_USER } from '@authblock/mfa-mock';
import { describe, expect, it } from 'vitest';
import { STEP_UP_REQUIRED } from './step-up-proof.ts';
import { tokenAuthTime, verifyMfaStepUp } from './step-up-server.ts';

describe.each(['guide', 'reference'] as const)('verifyMfaStepUp on the %s dialect', (dialect) => {
  const baseUrl = `https://auth.step-up-${dialect}.example`;
  const backend = createMockBackend({ baseUrl, dialect });
  const api = {
    baseUrl,
    apiKey: DEFAULT_API_KEY,
    dialect,
    fetch: (input: RequestInfo | URL, init?: RequestInit) =>
      backend.fetch(new Request(input, init)),
  };

  async function signedIn(email: string) {
    const { userId, token } = await backend.signIn(email);
    return { userId, sessionToken: token, now: () => backend.now() };
  }

  async function withTotp() {
    backend.reset();
    const enabled = await backend.enableMfaFor(DEMO_USER.email, 'totp');
    return { enabled, session: await signedIn(DEMO_USER.email) };
  }

  it('accepts a code from the authenticator once, and refuses the same code again', async () => {
    const { session } = await withTotp();
    const proof = { kind: 'code', code: backend.totpCode(DEMO_USER.email) };
    const first = await verifyMfaStepUp({ api, ...session, proof });
    expect(first).toMatchObject({ ok: true, record: { level: 'second-factor' } });

    // The guide dialect names a replay for what it is (`code_used`); the reference's
    // documents have no such code, so it is a wrong code there.
    const replay = await verifyMfaStepUp({ api, ...session, proof });
    expect(replay).toMatchObject({
      ok: false,
      status: 401,
      body: { errors: [{ code: dialect === 'guide' ? 'code_used' : 'invalid_mfa_code' }] },
    });
  });

  it('spends a backup code: the second use is refused', async () => {
    const { enabled, session } = await withTotp();
    const proof = { kind: 'backup_code', code: enabled.backupCodes[0] };
    expect(await verifyMfaStepUp({ api, ...session, proof })).toMatchObject({ ok: true });
    expect(await verifyMfaStepUp({ api, ...session, proof })).toMatchObject({
      ok: false,
      body: { errors: [{ code: 'invalid_mfa_code' }] },
    });
  });

  it("refuses another user's code in this user's session", async () => {
    const { session } = await withTotp();
    await backend.enableMfaFor(ADMIN_USER.email, 'totp');
    const theirs = backend.totpCode(ADMIN_USER.email);
    const ours = backend.totpCode(DEMO_USER.email);
    // (Two secrets agree on a code once in a million steps: not this test's concern.)
    expect(theirs).not.toBe(ours);
    const verdict = await verifyMfaStepUp({
      api,
      ...session,
      proof: { kind: 'code', code: theirs },
    });
    expect(verdict).toMatchObject({ ok: false, body: { errors: [{ code: 'invalid_mfa_code' }] } });
  });

  it("refuses another user's fresh sign-in as this user's full step-up", async () => {
    const { session } = await withTotp();
    const other = await signedIn(ADMIN_USER.email);
    const verdict = await verifyMfaStepUp({
      api,
      ...session,
      level: 'full',
      proof: { kind: 'sign_in', accessToken: other.sessionToken },
    });
    expect(verdict).toMatchObject({
      ok: false,
      status: 403,
      body: { errors: [{ code: 'forbidden' }] },
    });
  });

  it('takes a fresh sign-in for a full step-up, and refuses it once older than the window', async () => {
    const { session } = await withTotp();
    const fresh = (await signedIn(DEMO_USER.email)).sessionToken;
    const proof = { kind: 'sign_in', accessToken: fresh };
    expect(await verifyMfaStepUp({ api, ...session, level: 'full', proof })).toMatchObject({
      ok: true,
      method: 'sign_in',
      record: { level: 'full' },
    });
    backend.advanceClock(601);
    // Still a valid token for an hour, but no longer a recent sign-in.
    expect(await verifyMfaStepUp({ api, ...session, level: 'full', proof })).toMatchObject({
      ok: false,
      body: { errors: [{ code: STEP_UP_REQUIRED }] },
    });
  });

  it('refuses a code where the action needs a full step-up', async () => {
    const { session } = await withTotp();
    const proof = { kind: 'code', code: backend.totpCode(DEMO_USER.email) };
    expect(await verifyMfaStepUp({ api, ...session, level: 'full', proof })).toMatchObject({
      ok: false,
      body: { errors: [{ code: STEP_UP_REQUIRED }] },
    });
  });

  it('answers a lockout with its Retry-After, so the dialog counts down', async () => {
    const { session } = await withTotp();
    const right = backend.totpCode(DEMO_USER.email);
    const wrong = right === '000000' ? '111111' : '000000';
    let verdict = await verifyMfaStepUp({ api, ...session, proof: { kind: 'code', code: wrong } });
    for (let i = 0; i < 5 && !(verdict.ok === false && verdict.status === 429); i++) {
      verdict = await verifyMfaStepUp({ api, ...session, proof: { kind: 'code', code: wrong } });
    }
    expect(verdict).toMatchObject({
      ok: false,
      status: 429,
      body: { errors: [{ code: 'too_many_attempts' }] },
      headers: { 'Retry-After': expect.stringMatching(/^\d+$/) },
    });
  });

  it('accepts "recent" only with a record of the level needed, within the window', async () => {
    const { session } = await withTotp();
    const recent = { kind: 'recent' };
    const at = backend.now();
    const secondFactor = { level: 'second-factor', at } as const;
    expect(await verifyMfaStepUp({ api, ...session, proof: recent })).toMatchObject({ ok: false });
    expect(
      await verifyMfaStepUp({ api, ...session, proof: recent, lastStepUp: secondFactor }),
    ).toMatchObject({ ok: true, method: 'recent' });
    expect(
      await verifyMfaStepUp({
        api,
        ...session,
        level: 'full',
        proof: recent,
        lastStepUp: secondFactor,
      }),
    ).toMatchObject({ ok: false, body: { errors: [{ code: STEP_UP_REQUIRED }] } });
    backend.advanceClock(600);
    expect(
      await verifyMfaStepUp({ api, ...session, proof: recent, lastStepUp: secondFactor }),
    ).toMatchObject({ ok: false });
  });

  it('refuses junk for a proof and never echoes what was sent', async () => {
    const { session } = await withTotp();
    for (const proof of [
      undefined,
      'code',
      { kind: 'code' },
      { kind: 'code', code: 'x'.repeat(65) },
    ]) {
      const verdict = await verifyMfaStepUp({ api, ...session, proof });
      expect(verdict).toMatchObject({ ok: false, body: { errors: [{ code: STEP_UP_REQUIRED }] } });
      expect(JSON.stringify(verdict)).not.toContain('xxxx');
    }
  });
});

describe('tokenAuthTime', () => {
  const jwt = (claims: object) =>
    `e30.${btoa(JSON.stringify(claims)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.sig`;

  it('prefers auth_time, falls back to iat, and refuses what it cannot read', () => {
    expect(tokenAuthTime(jwt({ iat: 100, auth_time: 50 }))).toBe(50);
    expect(tokenAuthTime(jwt({ iat: 100 }))).toBe(100);
    expect(tokenAuthTime(jwt({}))).toBeUndefined();
    expect(tokenAuthTime('not-a-jwt')).toBeUndefined();
    expect(tokenAuthTime('a.!!!.b')).toBeUndefined();
  });
});
