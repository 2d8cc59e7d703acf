// The API reference's passwordless rules: five wrong tries clear the code (401 GW-PL-014,
// no Retry-After), so the only thing that can work is a new code.

import { createMfaClient } from '@authblock/mfa-client';
import { DEFAULT_API_KEY, DEMO_USER } from '@authblock/mfa-mock';
import { setupMockServer } from '@authblock/mfa-mock/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMfaPasswordlessFlow } from './passwordless.ts';
import { createManualClock } from './test-utils/manual-clock.ts';

const BASE_URL = 'https://auth.core-reference.example';
const { server, backend } = setupMockServer({ baseUrl: BASE_URL, dialect: 'reference' });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => backend.reset());
afterAll(() => server.close());

const verifications = () =>
  backend.requests().filter((request) => request.path === '/auth/passwordless/verify').length;

describe('the passwordless flow on the API reference', () => {
  it('after the code is cleared, checks nothing until a new code is sent', async () => {
    const clock = createManualClock();
    const flow = createMfaPasswordlessFlow({
      client: createMfaClient({ baseUrl: BASE_URL, apiKey: DEFAULT_API_KEY, retries: 0 }),
      email: DEMO_USER.email,
      clock,
    });
    await flow.requestCode();
    const right = backend.lastCode(DEMO_USER.email) ?? '';
    // Five different wrong codes: a code the server refused is not sent again.
    const wrong = ['111111', '222222', '333333', '444444', '555555', '666666'].filter(
      (code) => code !== right,
    );
    for (const left of [4, 3, 2, 1]) {
      await flow.submitCode(wrong[4 - left] ?? '');
      expect(flow.getState()).toMatchObject({ remainingAttempts: left, isCodeCleared: false });
    }
    await flow.submitCode(wrong[4] ?? '');
    expect(flow.getState()).toMatchObject({
      isCodeCleared: true,
      lockoutRemaining: 0,
      remainingAttempts: null,
      error: { code: 'too_many_attempts', serverCode: 'GW-PL-014' },
    });
    // The old code is dead, even the right one: nothing is sent.
    const sent = verifications();
    await expect(flow.submitCode(right)).resolves.toBe(false);
    expect(verifications()).toBe(sent);

    clock.advance(30_000);
    backend.advanceClock(31);
    await expect(flow.requestCode()).resolves.toBe(true);
    expect(flow.getState()).toMatchObject({ isCodeCleared: false, code: '', isResent: true });
    await expect(flow.submitCode(backend.lastCode(DEMO_USER.email) ?? '')).resolves.toBe(true);
  });
});
