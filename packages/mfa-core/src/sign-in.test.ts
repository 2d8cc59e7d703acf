import { createMfaClient } from '@authblock/mfa-client';
import { DEFAULT_API_KEY, DEMO_USER } from '@authblock/mfa-mock';
import { describe, expect, it, vi } from 'vitest';
import { createMfaChallengeFlow } from './challenge.ts';
import { isMfaOfflineError } from './errors.ts';
import { createMfaSignInFlow } from './sign-in.ts';
import {
  BASE_URL,
  backend,
  requestCount,
  server,
  testClient,
  useMockServer,
} from './test-utils/server.ts';

useMockServer();

async function signInFlow(isOnline?: () => boolean) {
  const onSuccess = vi.fn();
  const flow = createMfaSignInFlow({ client: await testClient(), onSuccess, isOnline });
  return { flow, onSuccess };
}

describe('the password sign-in flow', () => {
  it('signs a user without MFA straight in', async () => {
    const { flow, onSuccess } = await signInFlow();
    flow.setEmail(DEMO_USER.email);
    flow.setPassword(DEMO_USER.password);
    await expect(flow.submit()).resolves.toBe('signed_in');
    expect(flow.getState().step).toBe('done');
    expect(onSuccess).toHaveBeenCalledOnce();
  });

  it('hands over to the challenge when MFA is on, and comes back without the password', async () => {
    await backend.enableMfaFor(DEMO_USER.email, 'totp');
    const { flow, onSuccess } = await signInFlow();
    flow.setEmail(DEMO_USER.email);
    flow.setPassword(DEMO_USER.password);
    await expect(flow.submit()).resolves.toBe('mfa_required');
    expect(flow.getState()).toMatchObject({ step: 'challenge', challenge: { channel: 'totp' } });
    expect(onSuccess).not.toHaveBeenCalled();
    flow.cancelChallenge();
    expect(flow.getState()).toMatchObject({ step: 'credentials', password: '', hasReturned: true });
  });

  it('keeps no password once signed in, with or without the challenge', async () => {
    const direct = await signInFlow();
    direct.flow.setEmail(DEMO_USER.email);
    direct.flow.setPassword(DEMO_USER.password);
    await direct.flow.submit();
    expect(direct.flow.getState()).toMatchObject({ step: 'done', password: '' });
    expect(JSON.stringify(direct.flow.getState())).not.toContain(DEMO_USER.password);

    await backend.enableMfaFor(DEMO_USER.email, 'totp');
    const { flow, onSuccess } = await signInFlow();
    flow.setEmail(DEMO_USER.email);
    flow.setPassword(DEMO_USER.password);
    await flow.submit();
    // The challenge repeats the password with the code, so it stays until then ...
    const { challenge, password } = flow.getState();
    if (!challenge) throw new Error('expected the challenge');
    const second = createMfaChallengeFlow({
      client: await testClient(),
      challenge,
      credentials: { method: 'password', email: DEMO_USER.email, password },
      onSuccess: (result) => flow.finishChallenge(result),
    });
    await expect(second.submit(backend.totpCode(DEMO_USER.email))).resolves.toBe(true);
    // ... and neither flow keeps it after.
    expect(flow.getState()).toMatchObject({ step: 'challenge', password: '', result: {} });
    expect(onSuccess).toHaveBeenCalledOnce();
    expect(JSON.stringify(flow.getState())).not.toContain(DEMO_USER.password);
    expect(JSON.stringify(second.getState())).not.toContain(DEMO_USER.password);
    // The challenge cannot be made to send the credentials again.
    const sent = requestCount('POST', '/auth/sign_in');
    await expect(second.submit('123456')).resolves.toBe(false);
    expect(requestCount('POST', '/auth/sign_in')).toBe(sent);
  });

  it('says which field is missing and sends nothing', async () => {
    const { flow } = await signInFlow();
    flow.setEmail('  ');
    await expect(flow.submit()).resolves.toBe(false);
    expect(flow.getState()).toMatchObject({
      missing: { email: true, password: true },
      errorCount: 1,
    });
    flow.setEmail(DEMO_USER.email);
    await flow.submit();
    expect(flow.getState()).toMatchObject({
      missing: { email: false, password: true },
      errorCount: 2,
    });
    expect(requestCount('POST', '/auth/sign_in')).toBe(0);
  });

  it('marks wrong credentials as refused', async () => {
    const { flow } = await signInFlow();
    flow.setEmail(DEMO_USER.email);
    flow.setPassword('wrong password');
    await flow.submit();
    expect(flow.getState()).toMatchObject({
      isRejected: true,
      step: 'credentials',
      isPending: false,
    });
  });

  it('says offline at once and sends nothing', async () => {
    const { flow } = await signInFlow(() => false);
    flow.setEmail(DEMO_USER.email);
    flow.setPassword(DEMO_USER.password);
    await flow.submit();
    expect(isMfaOfflineError(flow.getState().error)).toBe(true);
    expect(requestCount('POST', '/auth/sign_in')).toBe(0);
  });
});

it('a client with getRecaptchaToken gives both sign-in steps a fresh token, with no flow option', async () => {
  await backend.enableMfaFor(DEMO_USER.email, 'totp');
  const sent: unknown[] = [];
  server.events.on('request:start', async ({ request }) => {
    if (new URL(request.url).pathname === '/auth/sign_in') {
      sent.push((await request.clone().json()).recaptcha_token);
    }
  });
  let issued = 0;
  const client = createMfaClient({
    baseUrl: BASE_URL,
    apiKey: DEFAULT_API_KEY,
    getRecaptchaToken: () => `fresh-${++issued}`,
  });
  const signIn = createMfaSignInFlow({ client });
  signIn.setEmail(DEMO_USER.email);
  signIn.setPassword(DEMO_USER.password);
  await signIn.submit();
  const { challenge } = signIn.getState();
  if (!challenge) throw new Error('expected the challenge');
  const flow = createMfaChallengeFlow({
    client,
    challenge,
    credentials: { method: 'password', ...DEMO_USER },
  });
  backend.advanceClock(30);

  await expect(flow.submit(backend.totpCode(DEMO_USER.email))).resolves.toBe(true);

  server.events.removeAllListeners();
  expect(sent).toEqual(['fresh-1', 'fresh-2']);
});
