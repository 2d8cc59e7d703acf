import { createMfaClient } from '@authblock/mfa-client';
import { createMockBackend, DEFAULT_API_KEY, DEMO_USER, scenarios } from '@authblock/mfa-mock';
import { describe, expect, it, vi } from 'vitest';
import { isMfaOfflineError } from './errors.ts';
import { createMfaEmailSetupFlow, createMfaTotpSetupFlow } from './setup.ts';
import { createManualClock } from './test-utils/manual-clock.ts';
import { backend, requestCount, server, testClient, useMockServer } from './test-utils/server.ts';

useMockServer();

const setupPath = `/users/${DEMO_USER.id}/mfa/setup`;

async function options() {
  return {
    client: await testClient(DEMO_USER.email),
    userId: DEMO_USER.id,
    clock: createManualClock(),
    onEnabled: vi.fn(),
  };
}

describe('TOTP setup', () => {
  it('starts once, however often start() is called, then turns TOTP on with the app’s code', async () => {
    const setup = await options();
    const flow = createMfaTotpSetupFlow(setup);
    expect(flow.getState().step).toBe('starting');
    await Promise.all([flow.start(), flow.start()]);
    await flow.start();
    expect(requestCount('POST', setupPath)).toBe(1);
    expect(flow.getState()).toMatchObject({ step: 'ready', setup: { channel: 'totp' } });

    await flow.submit('000000');
    expect(flow.getState()).toMatchObject({ isCodeRejected: true, step: 'ready' });
    await expect(flow.submit(backend.totpCode(DEMO_USER.email))).resolves.toBe(true);
    expect(flow.getState()).toMatchObject({
      step: 'done',
      status: { enabled: true, channel: 'totp' },
    });
    expect(setup.onEnabled).toHaveBeenCalledWith(
      expect.objectContaining({ enabled: true }),
      flow.getState().setup,
    );
  });

  it('reports a failed start and starts again on request', async () => {
    server.use(...scenarios.networkError({ route: 'POST /users/:id/mfa/setup', once: true }));
    const flow = createMfaTotpSetupFlow(await options());
    await expect(flow.start()).resolves.toBe(false);
    expect(flow.getState()).toMatchObject({ step: 'failed', hasStartFailed: true, errorCount: 1 });
    const again = flow.retryStart();
    expect(flow.getState()).toMatchObject({
      step: 'starting',
      isStarting: true,
      hasStartFailed: true,
    });
    await expect(again).resolves.toBe(true);
    expect(flow.getState()).toMatchObject({ step: 'ready', hasStartFailed: false, error: null });
  });

  it('uses a given setup without starting another', async () => {
    const client = await testClient(DEMO_USER.email);
    const given = await client.mfa.setup(DEMO_USER.id, { channel: 'totp' });
    if (given.channel !== 'totp') throw new Error('expected totp');
    const flow = createMfaTotpSetupFlow({ ...(await options()), setup: given });
    await flow.start();
    expect(flow.getState()).toMatchObject({ step: 'ready', setup: given });
    expect(requestCount('POST', setupPath)).toBe(1);
  });

  it('says offline at once and sends nothing', async () => {
    const flow = createMfaTotpSetupFlow({ ...(await options()), isOnline: () => false });
    await flow.start();
    expect(isMfaOfflineError(flow.getState().error)).toBe(true);
    expect(requestCount('POST', setupPath)).toBe(0);
  });
});

describe('email setup', () => {
  it('verifies the emailed code, then turns email on', async () => {
    const setup = await options();
    const flow = createMfaEmailSetupFlow(setup);
    await flow.start();
    expect(flow.getState()).toMatchObject({ step: 'ready', resendRemaining: 30 });
    await expect(flow.submit(backend.lastCode(DEMO_USER.email, 'mfa_setup'))).resolves.toBe(true);
    expect(flow.getState()).toMatchObject({ step: 'done', status: { channel: 'email' } });
    expect(setup.onEnabled).toHaveBeenCalledOnce();
  });

  it('after a failed enable, a retry repeats only enable (the code was spent)', async () => {
    const flow = createMfaEmailSetupFlow(await options());
    await flow.start();
    server.use(...scenarios.serverError({ route: 'POST /users/:id/mfa/enable', once: true }));
    await flow.submit(backend.lastCode(DEMO_USER.email, 'mfa_setup'));
    expect(flow.getState()).toMatchObject({ canRetry: true, isCodeRejected: false });
    await expect(flow.retry()).resolves.toBe(true);
    expect(requestCount('POST', `/users/${DEMO_USER.id}/mfa/verify`)).toBe(1);
  });

  it('resends after the cooldown with a new code, and the old code no longer works', async () => {
    const setup = await options();
    const flow = createMfaEmailSetupFlow(setup);
    await flow.start();
    const first = backend.lastCode(DEMO_USER.email, 'mfa_setup') ?? '';
    await expect(flow.resend()).resolves.toBe(false);
    setup.clock.advance(30_000);
    backend.advanceClock(31);
    await expect(flow.resend()).resolves.toBe(true);
    expect(flow.getState()).toMatchObject({ isResent: true, resendRemaining: 30, code: '' });
    const second = backend.lastCode(DEMO_USER.email, 'mfa_setup') ?? '';
    expect(second).not.toBe(first);
    await flow.submit(first);
    expect(flow.getState().isCodeRejected).toBe(true);
    await expect(flow.submit(second)).resolves.toBe(true);
  });

  it('waits the server’s Retry-After when a resend is refused', async () => {
    const setup = await options();
    const flow = createMfaEmailSetupFlow({ ...setup, resendCooldown: 0 });
    await flow.start();
    server.use(
      ...scenarios.rateLimited({
        route: 'POST /users/:id/mfa/setup',
        retryAfterSeconds: 40,
        once: true,
      }),
    );
    await expect(flow.resend()).resolves.toBe(false);
    expect(flow.getState()).toMatchObject({
      resendRemaining: 40,
      isCodeRejected: false,
      errorCount: 1,
    });
  });
});

describe.each(['guide', 'reference'] as const)(
  'the status after enable (%s dialect)',
  (dialect) => {
    // Each dialect's backend reached through the client's `fetch`: no second msw server.
    const dialectBackend = createMockBackend({ dialect, baseUrl: 'https://auth.dialect.example' });
    const dialectOptions = async () => ({
      client: createMfaClient({
        baseUrl: 'https://auth.dialect.example',
        apiKey: DEFAULT_API_KEY,
        token: await dialectBackend.issueToken(DEMO_USER.email),
        fetch: (input, init) => dialectBackend.fetch(new Request(input, init)),
      }),
      userId: DEMO_USER.id,
      clock: createManualClock(),
      onEnabled: vi.fn(),
    });
    const statusReads = () =>
      dialectBackend.requests().filter(({ method }) => method === 'GET').length;

    it.each([
      ['TOTP', createMfaTotpSetupFlow, () => dialectBackend.totpCode(DEMO_USER.email)],
      [
        'email',
        createMfaEmailSetupFlow,
        () => dialectBackend.lastCode(DEMO_USER.email, 'mfa_setup'),
      ],
    ] as const)(
      '%s: counts every backup code just shown as left, without reading the status',
      async (_channel, create, code) => {
        dialectBackend.reset();
        const setup = await dialectOptions();
        const flow = create(setup);
        await flow.start();
        const shown = flow.getState().setup?.backupCodes.length;

        await expect(flow.submit(code() ?? '')).resolves.toBe(true);

        expect(shown).toBe(10);
        expect(flow.getState().status).toMatchObject({ enabled: true, backupCodesRemaining: 10 });
        expect(setup.onEnabled).toHaveBeenCalledWith(
          expect.objectContaining({ backupCodesRemaining: 10 }),
          flow.getState().setup,
        );
        expect(statusReads()).toBe(0);
        // What the server says when asked agrees.
        const read = await setup.client.mfa.status(DEMO_USER.id);
        expect(read.backupCodesRemaining).toBe(10);
      },
    );
  },
);

describe('the setup flow’s lifetime', () => {
  it('starts setup with its first subscriber, once however often they come and go', async () => {
    const setup = await options();
    const flow = createMfaEmailSetupFlow(setup);
    expect(requestCount('POST', setupPath)).toBe(0);
    // React's StrictMode: subscribe, unsubscribe, subscribe again.
    flow.subscribe(() => {})();
    const unsubscribe = flow.subscribe(() => {});
    await expect(flow.start()).resolves.toBe(true);
    expect(requestCount('POST', setupPath)).toBe(1);
    expect(setup.clock.pending()).toBe(1);
    unsubscribe();
    expect(setup.clock.pending()).toBe(0);
  });
});
