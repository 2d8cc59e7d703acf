import { DEMO_USER } from '@authblock/mfa-mock';
import { describe, expect, it, vi } from 'vitest';
import { createMfaDisableFlow } from './disable.ts';
import { backend, requestCount, testClient, useMockServer } from './test-utils/server.ts';

useMockServer();

async function disableFlow() {
  await backend.enableMfaFor(DEMO_USER.email, 'totp');
  const onDisabled = vi.fn();
  const flow = createMfaDisableFlow({
    client: await testClient(DEMO_USER.email),
    userId: DEMO_USER.id,
    onDisabled,
  });
  return { flow, onDisabled };
}

describe('the disable flow', () => {
  it('refuses an empty password without sending', async () => {
    const { flow } = await disableFlow();
    await expect(flow.submit()).resolves.toBe(false);
    expect(flow.getState()).toMatchObject({ isMissing: true, errorCount: 1 });
    expect(requestCount('POST', `/users/${DEMO_USER.id}/mfa/disable`)).toBe(0);
  });

  it('says a wrong password is wrong', async () => {
    const { flow } = await disableFlow();
    flow.setPassword('not it');
    await flow.submit();
    expect(flow.getState()).toMatchObject({ isWrongPassword: true, step: 'password' });
  });

  it('turns MFA off with the password and forgets it', async () => {
    const { flow, onDisabled } = await disableFlow();
    flow.setPassword(DEMO_USER.password);
    await expect(flow.submit()).resolves.toBe(true);
    expect(flow.getState()).toMatchObject({
      step: 'done',
      password: '',
      status: { enabled: false },
    });
    expect(onDisabled).toHaveBeenCalledWith(expect.objectContaining({ enabled: false }));
  });
});
