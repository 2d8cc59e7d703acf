import { DEMO_USER, scenarios } from '@authblock/mfa-mock';
import { describe, expect, it, vi } from 'vitest';
import { createMfaPasswordlessFlow } from './passwordless.ts';
import { createManualClock } from './test-utils/manual-clock.ts';
import { backend, requestCount, server, testClient, useMockServer } from './test-utils/server.ts';

useMockServer();

async function passwordlessFlow() {
  const clock = createManualClock();
  const onSuccess = vi.fn();
  const flow = createMfaPasswordlessFlow({
    client: await testClient(),
    email: ` ${DEMO_USER.email} `,
    resendCooldown: 30,
    clock,
    onSuccess,
  });
  // Shown: its countdowns run (they run only while it has a subscriber).
  const unsubscribe = flow.subscribe(() => {});
  return { flow, clock, onSuccess, unsubscribe };
}

const lastSignInCode = () => backend.lastCode(DEMO_USER.email) ?? '';

/** The second step as the challenge would send it: the sign-in code and the app's code. */
async function signInWithTotp(code: string) {
  const result = await (await testClient()).auth.verifyPasswordless({
    email: DEMO_USER.email,
    code,
    mfaCode: backend.totpCode(DEMO_USER.email),
  });
  if (result.status !== 'signed_in') throw new Error('expected to be signed in');
  return { user: result.user, tokens: result.tokens };
}

describe('the passwordless sign-in flow', () => {
  it('requests a code for the trimmed address, then signs in with it', async () => {
    const { flow, onSuccess } = await passwordlessFlow();
    expect(flow.getState().step).toBe('email');
    await expect(flow.requestCode()).resolves.toBe(true);
    expect(flow.getState()).toMatchObject({ step: 'code', resendRemaining: 30, isResent: false });
    await expect(flow.submitCode(lastSignInCode())).resolves.toBe(true);
    expect(flow.getState().step).toBe('done');
    expect(onSuccess).toHaveBeenCalledOnce();
  });

  it('asks for the second factor when MFA is on, keeping the code for the challenge', async () => {
    await backend.enableMfaFor(DEMO_USER.email, 'totp');
    const { flow, onSuccess } = await passwordlessFlow();
    await flow.requestCode();
    const code = lastSignInCode();
    await flow.submitCode(code);
    expect(flow.getState()).toMatchObject({
      step: 'challenge',
      code,
      challenge: { channel: 'totp' },
    });
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('keeps no sign-in code once signed in, after the challenge too', async () => {
    await backend.enableMfaFor(DEMO_USER.email, 'totp');
    const { flow, onSuccess, clock } = await passwordlessFlow();
    await flow.requestCode();
    const code = lastSignInCode();
    await flow.submitCode(code);
    flow.finishChallenge(await signInWithTotp(code));
    expect(flow.getState()).toMatchObject({ step: 'challenge', code: '', result: {} });
    expect(JSON.stringify(flow.getState())).not.toContain(code);
    expect(onSuccess).toHaveBeenCalledOnce();
    // Signed in: the resend cooldown is over too.
    expect(clock.pending()).toBe(0);
  });

  it('runs its countdowns only while it has a subscriber', async () => {
    const { flow, clock, unsubscribe } = await passwordlessFlow();
    await flow.requestCode();
    expect(clock.pending()).toBe(1);
    unsubscribe();
    expect(clock.pending()).toBe(0);
    clock.advance(31_000);
    // Shown again: the state catches up with the time that passed.
    const again = flow.subscribe(() => {});
    expect(flow.getState().resendRemaining).toBe(0);
    expect(clock.pending()).toBe(0);
    again();
  });

  it('refuses an empty address or code without sending', async () => {
    const { flow } = await passwordlessFlow();
    flow.setEmail('');
    await expect(flow.requestCode()).resolves.toBe(false);
    expect(flow.getState()).toMatchObject({ isMissing: true, errorCount: 1 });
    expect(requestCount('POST', '/auth/passwordless/request')).toBe(0);
  });

  it('marks a wrong code, and resends only after the cooldown', async () => {
    const { flow, clock } = await passwordlessFlow();
    await flow.requestCode();
    await flow.submitCode('000000');
    expect(flow.getState()).toMatchObject({ isRejected: true, canRetry: false, step: 'code' });
    await expect(flow.requestCode()).resolves.toBe(false);
    expect(requestCount('POST', '/auth/passwordless/request')).toBe(1);
    clock.advance(30_000);
    backend.advanceClock(31);
    await expect(flow.requestCode()).resolves.toBe(true);
    expect(flow.getState()).toMatchObject({ isResent: true, resendRemaining: 30, error: null });
  });

  it('while the address is locked, checks nothing and sends no new code, then opens again', async () => {
    const { flow, clock } = await passwordlessFlow();
    await flow.requestCode();
    const right = lastSignInCode();
    // Auth Block's guide: ten wrong sign-in codes in a row lock the address for 15 minutes.
    // (Ten different ones: a code the server refused is not sent again.)
    for (const wrong of wrongCodes(right, 10)) await flow.submitCode(wrong);
    expect(flow.getState()).toMatchObject({
      step: 'code',
      lockoutSeconds: 900,
      lockoutRemaining: 900,
      isCodeCleared: false,
    });
    const checks = requestCount('POST', '/auth/passwordless/verify');
    await expect(flow.submitCode(right)).resolves.toBe(false);
    clock.advance(60_000);
    await expect(flow.requestCode()).resolves.toBe(false);
    expect(requestCount('POST', '/auth/passwordless/verify')).toBe(checks);
    expect(requestCount('POST', '/auth/passwordless/request')).toBe(1);
    expect(flow.getState().lockoutRemaining).toBe(840);

    clock.advance(840_000);
    backend.advanceClock(900);
    expect(flow.getState()).toMatchObject({ lockoutRemaining: 0, isLockoutOver: true });
    await expect(flow.requestCode()).resolves.toBe(true);
    await expect(flow.submitCode(lastSignInCode())).resolves.toBe(true);
  });

  it('a lock is per address: another address is not locked', async () => {
    const { flow } = await passwordlessFlow();
    await flow.requestCode();
    for (const wrong of wrongCodes(lastSignInCode(), 10)) await flow.submitCode(wrong);
    expect(flow.getState().lockoutRemaining).toBeGreaterThan(0);
    flow.changeEmail();
    expect(flow.getState()).toMatchObject({ step: 'email', lockoutRemaining: 0, error: null });
  });

  it('retries the same code after a network failure', async () => {
    const { flow, onSuccess } = await passwordlessFlow();
    await flow.requestCode();
    server.use(...scenarios.networkError({ route: 'POST /auth/passwordless/verify', once: true }));
    await flow.submitCode(lastSignInCode());
    expect(flow.getState().canRetry).toBe(true);
    await expect(flow.retry()).resolves.toBe(true);
    expect(onSuccess).toHaveBeenCalledOnce();
  });

  it('goes back to the email step, clearing the code', async () => {
    const { flow } = await passwordlessFlow();
    await flow.requestCode();
    flow.setCode('12');
    flow.changeEmail();
    expect(flow.getState()).toMatchObject({ step: 'email', code: '', hasReturned: true });
  });
});

/** `count` different six-digit codes, none of them `right`. */
function wrongCodes(right: string, count: number): string[] {
  return Array.from({ length: count + 1 }, (_, index) => `${index}`.padStart(6, '0'))
    .filter((code) => code !== right)
    .slice(0, count);
}
