// The browser half of step-up over the real client and the mock: the flow only collects a
// proof; an "app server" here checks it with verifyMfaStepUp, as an app's route would.
import { DEFAULT_API_KEY, DEMO_USER } from '@authblock/mfa-mock';
import { describe, expect, it, vi } from 'vitest';
import { createMfaChallengeFlow } from './challenge.ts';
import { createMfaStepUpFlow, type MfaStepUpOptions } from './step-up.ts';
import { MfaStepUpMemory } from './step-up-memory.ts';
import { type MfaStepUpProof, mfaStepUpError } from './step-up-proof.ts';
import { type MfaStepUpRecord, verifyMfaStepUp } from './step-up-server.ts';
import { createManualClock } from './test-utils/manual-clock.ts';
import { BASE_URL, backend, testClient, useMockServer } from './test-utils/server.ts';

useMockServer();

/**
 * An app's server: checks the proof with the session's user and token, records the
 * step-up in "its session", and answers a refusal the way the README shows.
 */
function appServer(session: { userId: string; token: string }) {
  let lastStepUp: MfaStepUpRecord | null = null;
  const acted = vi.fn();
  const action = async (proof: MfaStepUpProof) => {
    const verdict = await verifyMfaStepUp({
      api: { baseUrl: BASE_URL, apiKey: DEFAULT_API_KEY },
      userId: session.userId,
      sessionToken: session.token,
      proof,
      lastStepUp,
      now: () => backend.now(),
    });
    if (!verdict.ok) {
      throw await mfaStepUpError(
        Response.json(verdict.body, { status: verdict.status, headers: verdict.headers }),
      );
    }
    lastStepUp = verdict.record;
    acted(proof.kind);
    return 'acted';
  };
  return { action, acted, forgetSession: () => (lastStepUp = null) };
}

async function setUp(channel: 'totp' | 'email', options: Partial<MfaStepUpOptions> = {}) {
  const enabled = await backend.enableMfaFor(DEMO_USER.email, channel);
  const session = await backend.signIn(DEMO_USER.email);
  const clock = { ...createManualClock(), now: () => backend.now() };
  const memory = new MfaStepUpMemory({ clock });
  const flow = createMfaStepUpFlow({
    client: await testClient(),
    userId: session.userId,
    email: DEMO_USER.email,
    channel,
    clock,
    memory,
    ...options,
  });
  return { flow, enabled, server: appServer(session), memory };
}

const wrongCode = (right: string) => (right === '000000' ? '111111' : '000000');

describe('second-factor step-up (authenticator users)', () => {
  it('opens, shows a wrong code as one with the tries left, then runs the action once', async () => {
    const { flow, server } = await setUp('totp');
    const outcome = flow.run(server.action);
    expect(flow.getState()).toMatchObject({ isOpen: true, step: 'code', level: 'second-factor' });

    expect(await flow.submitCode(wrongCode(backend.totpCode(DEMO_USER.email)))).toBe(false);
    expect(flow.getState()).toMatchObject({ isRejected: true, remainingAttempts: 4, isOpen: true });
    expect(server.acted).not.toHaveBeenCalled();

    expect(await flow.submitCode(backend.nextTotpCode(DEMO_USER.email))).toBe(true);
    await expect(outcome).resolves.toEqual({ status: 'done', value: 'acted' });
    expect(server.acted).toHaveBeenCalledTimes(1);
    expect(flow.getState()).toMatchObject({ isOpen: false, step: 'closed', code: '' });
  });

  it('cancelled, the action never runs', async () => {
    const { flow, server } = await setUp('totp');
    const outcome = flow.run(server.action);
    flow.setCode('123');
    flow.cancel();
    await expect(outcome).resolves.toEqual({ status: 'cancelled' });
    expect(server.acted).not.toHaveBeenCalled();
    expect(flow.getState()).toMatchObject({ isOpen: false, code: '' });
  });

  it('takes a backup code instead', async () => {
    const { flow, server, enabled } = await setUp('totp');
    const outcome = flow.run(server.action);
    flow.setBackupCode(true);
    expect(flow.getState().step).toBe('backup');
    await flow.submitCode(enabled.backupCodes[0]);
    await expect(outcome).resolves.toMatchObject({ status: 'done' });
    expect(server.acted).toHaveBeenCalledWith('backup_code');
  });

  it('within the window skips the dialog, and the server still decides', async () => {
    const { flow, server } = await setUp('totp');
    const first = flow.run(server.action);
    await flow.submitCode(backend.nextTotpCode(DEMO_USER.email));
    await first;

    // Nine minutes later: no dialog, the server accepts its own record.
    backend.advanceClock(540);
    await expect(flow.run(server.action)).resolves.toEqual({ status: 'done', value: 'acted' });
    expect(server.acted).toHaveBeenLastCalledWith('recent');
    expect(flow.getState().isOpen).toBe(false);

    // The server lost its record (another tab signed out): the dialog opens after all.
    server.forgetSession();
    const asked = flow.run(server.action);
    await vi.waitFor(() => expect(flow.getState().isOpen).toBe(true));
    flow.cancel();
    await expect(asked).resolves.toEqual({ status: 'cancelled' });
  });

  it('asks again once the window is over', async () => {
    const { flow, server } = await setUp('totp');
    const first = flow.run(server.action);
    await flow.submitCode(backend.nextTotpCode(DEMO_USER.email));
    await first;
    backend.advanceClock(600);
    void flow.run(server.action);
    expect(flow.getState().isOpen).toBe(true);
    flow.forget();
  });

  it('counts authenticator codes refused in a row, for the clock hint; a success resets it', async () => {
    const { flow, server } = await setUp('totp');
    const outcome = flow.run(server.action);
    const wrong = wrongCode(backend.totpCode(DEMO_USER.email));
    await flow.submitCode(wrong);
    expect(flow.getState().totpRejections).toBe(1);
    await flow.submitCode(wrong);
    expect(flow.getState().totpRejections).toBe(2);
    await flow.submitCode(backend.nextTotpCode(DEMO_USER.email));
    await outcome;
    expect(flow.getState().totpRejections).toBe(0);
  });
});

describe('full step-up (password and second factor)', () => {
  it('is what email users get: sign-in emails a code, and the fresh token is the proof', async () => {
    const onSignIn = vi.fn();
    const { flow, server } = await setUp('email', { onSignIn });
    const outcome = flow.run(server.action);
    expect(flow.getState()).toMatchObject({ step: 'password', level: 'full' });

    flow.setPassword('wrong password');
    expect(await flow.submitPassword()).toBe(false);
    expect(flow.getState()).toMatchObject({ isRejected: true, step: 'password' });

    flow.setPassword(DEMO_USER.password);
    await flow.submitPassword();
    expect(flow.getState().step).toBe('challenge');
    const challenge = flow.getState().challenge;
    const credentials = flow.challengeCredentials;
    if (!challenge || !credentials) throw new Error('no challenge');
    const second = createMfaChallengeFlow({
      client: await testClient(),
      challenge,
      credentials,
      onSuccess: (result) => void flow.signedIn(result),
    });
    await second.submit(backend.expectCode(DEMO_USER.email));
    await expect(outcome).resolves.toEqual({ status: 'done', value: 'acted' });
    expect(server.acted).toHaveBeenCalledWith('sign_in');
    expect(onSignIn).toHaveBeenCalledWith(expect.objectContaining({ tokens: expect.anything() }));
    expect(flow.getState()).toMatchObject({ password: '', isOpen: false });
  });

  it('is asked of authenticator users too when the action needs it', async () => {
    const { flow, server } = await setUp('totp');
    void flow.run(server.action, { level: 'full' });
    expect(flow.getState()).toMatchObject({ step: 'password', level: 'full' });
    flow.cancel();
  });

  it('a recent second-factor step-up does not count for a full one', async () => {
    const { flow, server } = await setUp('totp');
    const first = flow.run(server.action);
    await flow.submitCode(backend.nextTotpCode(DEMO_USER.email));
    await first;
    void flow.run(server.action, { level: 'full' });
    expect(flow.getState()).toMatchObject({ isOpen: true, step: 'password' });
    flow.cancel();
  });
});

describe('MfaStepUpMemory', () => {
  it('remembers per user and level, for the window, and forgets on sign-out', () => {
    const clock = createManualClock();
    const memory = new MfaStepUpMemory({ clock, windowSeconds: 60 });
    memory.remember('a', 'second-factor');
    expect(memory.isRecent('a', 'second-factor')).toBe(true);
    expect(memory.isRecent('a', 'full')).toBe(false);
    expect(memory.isRecent('b', 'second-factor')).toBe(false);
    memory.remember('b', 'full');
    expect(memory.isRecent('b', 'second-factor')).toBe(true);
    clock.advance(60_000);
    expect(memory.isRecent('a', 'second-factor')).toBe(false);
    memory.remember('a', 'full');
    memory.clear();
    expect(memory.isRecent('a', 'full')).toBe(false);
  });
});
