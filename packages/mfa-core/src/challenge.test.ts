import { DEMO_USER, scenarios } from '@authblock/mfa-mock';
import { describe, expect, it, vi } from 'vitest';
import { createMfaChallengeFlow, type MfaChallengeOptions } from './challenge.ts';
import { isMfaOfflineError } from './errors.ts';
import { createManualClock } from './test-utils/manual-clock.ts';
import {
  backend,
  firstStep,
  requestCount,
  server,
  testClient,
  useMockServer,
} from './test-utils/server.ts';

useMockServer();

const credentials = {
  method: 'password',
  email: DEMO_USER.email,
  password: DEMO_USER.password,
} as const;

async function challengeOn(channel: 'totp' | 'email', options: Partial<MfaChallengeOptions> = {}) {
  const enabled = await backend.enableMfaFor(DEMO_USER.email, channel);
  const clock = createManualClock();
  const onSuccess = vi.fn();
  const flow = createMfaChallengeFlow({
    client: await testClient(),
    challenge: await firstStep(),
    credentials,
    clock,
    onSuccess,
    ...options,
  });
  const changes = vi.fn();
  flow.subscribe(changes);
  return { flow, clock, onSuccess, changes, enabled };
}

const signIns = () => requestCount('POST', '/auth/sign_in');

describe('the sign-in challenge flow', () => {
  it('signs in with the authenticator code and reports the tokens once', async () => {
    const { flow, onSuccess } = await challengeOn('totp');
    expect(flow.getState()).toMatchObject({ step: 'code', channel: 'totp', canResend: false });
    flow.setCode(backend.nextTotpCode(DEMO_USER.email));
    const pending = flow.submit();
    expect(flow.getState().isPending).toBe(true);
    await expect(pending).resolves.toBe(true);
    expect(flow.getState()).toMatchObject({ step: 'done', isPending: false, error: null });
    expect(onSuccess).toHaveBeenCalledOnce();
    expect(onSuccess.mock.calls[0]?.[0].tokens.accessToken).toEqual(expect.any(String));
  });

  it('marks a wrong code as rejected and counts each failure', async () => {
    const { flow } = await challengeOn('totp');
    await expect(flow.submit('000000')).resolves.toBe(false);
    expect(flow.getState()).toMatchObject({
      step: 'code',
      isCodeRejected: true,
      canRetry: false,
      errorCount: 1,
    });
    await flow.submit('000001');
    expect(flow.getState().errorCount).toBe(2);
  });

  it('says how many wrong codes are left, and forgets it when the next try starts', async () => {
    const { flow } = await challengeOn('totp');
    await flow.submit('000000');
    expect(flow.getState().remainingAttempts).toBe(4);
    const next = flow.submit('000001');
    expect(flow.getState().remainingAttempts).toBeNull();
    await next;
    expect(flow.getState().remainingAttempts).toBe(3);
    flow.setBackupCode(true);
    expect(flow.getState().remainingAttempts).toBeNull();
  });

  it('sends one request when submit is called again while a code is checked', async () => {
    const { flow } = await challengeOn('totp');
    const before = signIns();
    const first = flow.submit('000000');
    await expect(flow.submit('000000')).resolves.toBe(false);
    await first;
    expect(signIns() - before).toBe(1);
  });

  it('does nothing for an empty code', async () => {
    const { flow } = await challengeOn('totp');
    const before = signIns();
    await expect(flow.submit()).resolves.toBe(false);
    expect(signIns()).toBe(before);
    expect(flow.getState().error).toBeNull();
  });

  it('locks on too many attempts, counts down Retry-After on the clock and opens again', async () => {
    const { flow, clock } = await challengeOn('totp');
    server.use(
      ...scenarios.rateLimited({
        route: 'POST /auth/sign_in',
        code: 'too_many_attempts',
        retryAfterSeconds: 3,
        once: true,
      }),
    );
    await flow.submit('123456');
    expect(flow.getState()).toMatchObject({
      step: 'locked',
      lockoutSeconds: 3,
      lockoutRemaining: 3,
      isCodeRejected: false,
    });
    const before = signIns();
    await expect(flow.submit('123456')).resolves.toBe(false);
    expect(signIns()).toBe(before);

    clock.advance(999);
    expect(flow.getState().lockoutRemaining).toBe(3);
    clock.advance(1);
    expect(flow.getState().lockoutRemaining).toBe(2);
    clock.advance(1000);
    expect(flow.getState().lockoutRemaining).toBe(1);
    clock.advance(1000);
    expect(flow.getState()).toMatchObject({
      step: 'code',
      lockoutRemaining: 0,
      isLockoutOver: true,
    });
    expect(clock.pending()).toBe(0);

    // The next attempt clears "you can try again now".
    await flow.submit('000000');
    expect(flow.getState()).toMatchObject({ isLockoutOver: false, lockoutSeconds: null });
  });

  it('locks after the fifth wrong code for the server’s 15 minutes', async () => {
    const { flow } = await challengeOn('totp');
    for (const wrong of ['000001', '000002', '000003', '000004', '000005']) {
      await flow.submit(wrong);
    }
    expect(flow.getState()).toMatchObject({ step: 'locked', lockoutSeconds: 900 });
  });

  it('offers a retry after a network failure and sends the same code again', async () => {
    const { flow, onSuccess } = await challengeOn('totp');
    server.use(...scenarios.networkError({ route: 'POST /auth/sign_in', once: true }));
    await flow.submit(backend.nextTotpCode(DEMO_USER.email));
    expect(flow.getState()).toMatchObject({ canRetry: true, isCodeRejected: false });
    await expect(flow.retry()).resolves.toBe(true);
    expect(onSuccess).toHaveBeenCalledOnce();
  });

  it('says offline at once, sends nothing, and never sends the held code later', async () => {
    let online = false;
    const { flow, clock, onSuccess } = await challengeOn('totp', { isOnline: () => online });
    const code = backend.nextTotpCode(DEMO_USER.email);
    const before = signIns();
    await expect(flow.submit(code)).resolves.toBe(false);
    expect(isMfaOfflineError(flow.getState().error)).toBe(true);
    expect(flow.getState()).toMatchObject({ isPending: false, canRetry: true });

    online = true;
    clock.advance(60_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(signIns()).toBe(before);
    expect(onSuccess).not.toHaveBeenCalled();

    // Back online, the person submits again.
    await expect(flow.retry()).resolves.toBe(true);
    expect(signIns() - before).toBe(1);
  });

  it('reports a network failure as offline when the device went offline meanwhile', async () => {
    // Online when the code is sent, offline by the time the request fails.
    const checks = [true, false];
    const { flow } = await challengeOn('totp', { isOnline: () => checks.shift() ?? false });
    server.use(...scenarios.networkError({ route: 'POST /auth/sign_in', once: true }));
    await flow.submit('123456');
    expect(isMfaOfflineError(flow.getState().error)).toBe(true);
  });

  it('switches to a backup code and back, clearing the field and the error', async () => {
    const { flow, enabled, onSuccess } = await challengeOn('totp');
    await flow.submit('000000');
    flow.setCode('12');
    flow.setBackupCode(true);
    expect(flow.getState()).toMatchObject({ step: 'backup', code: '', error: null });
    flow.setBackupCode(false);
    expect(flow.getState().step).toBe('code');
    flow.setBackupCode(true);
    await expect(flow.submit(enabled.backupCodes[0])).resolves.toBe(true);
    expect(onSuccess).toHaveBeenCalledOnce();
  });

  describe('email channel', () => {
    it('starts with the resend cooldown and counts it down', async () => {
      const { flow, clock } = await challengeOn('email', { resendCooldown: 2 });
      expect(flow.getState()).toMatchObject({ canResend: true, resendRemaining: 2 });
      await expect(flow.resend()).resolves.toBe(false);
      clock.advance(1000);
      expect(flow.getState().resendRemaining).toBe(1);
      clock.advance(1000);
      expect(flow.getState().resendRemaining).toBe(0);
    });

    it('resends a new code, then waits the cooldown again', async () => {
      const { flow, clock, onSuccess } = await challengeOn('email', { resendCooldown: 30 });
      const first = backend.lastCode(DEMO_USER.email, 'mfa_sign_in');
      clock.advance(30_000);
      backend.advanceClock(31); // past the server's own resend limit
      const before = signIns();
      await expect(flow.resend()).resolves.toBe(true);
      expect(signIns() - before).toBe(1);
      expect(flow.getState()).toMatchObject({ isResent: true, resendRemaining: 30 });
      const second = backend.lastCode(DEMO_USER.email, 'mfa_sign_in');
      expect(second).not.toBe(first);
      await expect(flow.submit(second)).resolves.toBe(true);
      expect(onSuccess).toHaveBeenCalledOnce();
    });

    it('waits the server’s Retry-After when a resend is refused, without marking the code', async () => {
      const { flow } = await challengeOn('email', { resendCooldown: 0 });
      server.use(
        ...scenarios.rateLimited({
          route: 'POST /auth/sign_in',
          retryAfterSeconds: 45,
          once: true,
        }),
      );
      await expect(flow.resend()).resolves.toBe(false);
      expect(flow.getState()).toMatchObject({
        resendRemaining: 45,
        isCodeRejected: false,
        canRetry: false,
        step: 'code',
      });
    });

    it('locks when a resend is answered with too many attempts', async () => {
      const { flow } = await challengeOn('email', { resendCooldown: 0 });
      server.use(
        ...scenarios.rateLimited({
          route: 'POST /auth/sign_in',
          code: 'too_many_attempts',
          retryAfterSeconds: 61,
          once: true,
        }),
      );
      await flow.resend();
      expect(flow.getState()).toMatchObject({
        step: 'locked',
        lockoutSeconds: 61,
        resendRemaining: 0,
      });
    });

    it('cannot resend in backup-code mode', async () => {
      const { flow } = await challengeOn('email', { resendCooldown: 0 });
      flow.setBackupCode(true);
      expect(flow.getState().canResend).toBe(false);
      await expect(flow.resend()).resolves.toBe(false);
    });
  });

  it('repeats a passwordless first step with the code', async () => {
    await backend.enableMfaFor(DEMO_USER.email, 'totp');
    const client = await testClient();
    await client.auth.requestPasswordless({ email: DEMO_USER.email });
    const code = backend.lastCode(DEMO_USER.email) ?? '';
    const challenge = await client.auth.verifyPasswordless({ email: DEMO_USER.email, code });
    if (challenge.status !== 'mfa_required') throw new Error('expected mfa_required');
    const flow = createMfaChallengeFlow({
      client,
      challenge,
      credentials: { method: 'passwordless', email: DEMO_USER.email, code },
    });
    await expect(flow.submit(backend.nextTotpCode(DEMO_USER.email))).resolves.toBe(true);
    expect(flow.getState().result?.user.email).toBe(DEMO_USER.email);
  });
});

// After TanStack Query's observers: what runs for the screen starts with its first
// subscriber and stops with its last, so a screen that is gone leaves no timer behind.
describe('the challenge flow’s lifetime', () => {
  async function unwatchedChallenge(channel: 'totp' | 'email') {
    await backend.enableMfaFor(DEMO_USER.email, channel);
    const clock = createManualClock();
    const flow = createMfaChallengeFlow({
      client: await testClient(),
      challenge: await firstStep(),
      credentials,
      clock,
    });
    return { flow, clock };
  }

  it('runs the resend cooldown from the first subscriber to the last', async () => {
    const { flow, clock } = await unwatchedChallenge('email');
    expect(flow.getState().resendRemaining).toBe(30);
    expect(clock.pending()).toBe(0);
    const first = flow.subscribe(() => {});
    const second = flow.subscribe(() => {});
    expect(clock.pending()).toBe(1);
    first();
    first();
    expect(clock.pending()).toBe(1);
    second();
    expect(clock.pending()).toBe(0);
    expect(flow.hasListeners()).toBe(false);
  });

  it('leaves no timer when the last subscriber leaves during a lockout, and shows it over when one comes back', async () => {
    const { flow, clock } = await unwatchedChallenge('totp');
    const unsubscribe = flow.subscribe(() => {});
    server.use(
      ...scenarios.rateLimited({
        route: 'POST /auth/sign_in',
        code: 'too_many_attempts',
        retryAfterSeconds: 3,
        once: true,
      }),
    );
    await flow.submit('123456');
    expect(flow.getState().step).toBe('locked');
    expect(clock.pending()).toBe(1);
    unsubscribe();
    expect(clock.pending()).toBe(0);
    clock.advance(5000);
    const changes = vi.fn();
    flow.subscribe(changes);
    expect(flow.getState()).toMatchObject({
      step: 'code',
      lockoutRemaining: 0,
      isLockoutOver: true,
    });
    expect(changes).toHaveBeenCalled();
    expect(clock.pending()).toBe(0);
  });

  it('takes a new client and callback without starting over', async () => {
    const { flow, clock } = await unwatchedChallenge('email');
    const first = vi.fn();
    flow.setOptions({ onSuccess: first });
    flow.subscribe(() => {});
    flow.setCode('000000');
    clock.advance(10_000);

    const client = await testClient();
    const signIn = vi.spyOn(client.auth, 'signIn');
    const later = vi.fn();
    flow.setOptions({ client, onSuccess: later });
    // Same flow: the field and the cooldown carry on.
    expect(flow.getState()).toMatchObject({ code: '000000', resendRemaining: 20 });
    expect(clock.pending()).toBe(1);

    await expect(flow.submit()).resolves.toBe(false);
    await expect(flow.submit(backend.lastCode(DEMO_USER.email, 'mfa_sign_in'))).resolves.toBe(true);
    expect(signIn).toHaveBeenCalledTimes(2);
    expect(later).toHaveBeenCalledOnce();
    expect(first).not.toHaveBeenCalled();
    expect(clock.pending()).toBe(0);
  });
});
