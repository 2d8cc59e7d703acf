import type { MfaStatus } from '@authblock/mfa-client';
import { DEMO_USER } from '@authblock/mfa-mock';
import { useQueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  freshBackend,
  MOCK_DIALECT,
  renderWithMfa,
  requestCount,
  testClient,
} from '../../test/harness.tsx';
import {
  useMfaEnableMutation,
  useMfaSetupMutation,
  useMfaStatus,
  useMfaVerifyMutation,
} from './hooks.ts';
import { mfaKeys, mfaStatusQueryOptions } from './queries.ts';

let mock: Awaited<ReturnType<typeof freshBackend>>;
beforeEach(async () => {
  mock = await freshBackend();
});

function StatusAndBackupCode({ code }: { code: string }) {
  const status = useMfaStatus();
  const verify = useMfaVerifyMutation();
  const cached = useQueryClient().getQueryData<MfaStatus>(mfaKeys.status(DEMO_USER.id));
  return (
    <div>
      <p>remaining: {status.data?.backupCodesRemaining ?? '…'}</p>
      <p>cached: {cached?.backupCodesRemaining ?? '…'}</p>
      <button type="button" onClick={() => verify.mutate({ backupCode: code })}>
        spend
      </button>
    </div>
  );
}

function EnableTotp({ code }: { code: () => string }) {
  const status = useMfaStatus();
  const enable = useMfaEnableMutation();
  return (
    <div>
      <p>on: {status.data ? String(status.data.enabled) : '…'}</p>
      <p>remaining: {status.data?.backupCodesRemaining ?? '…'}</p>
      <button type="button" onClick={() => enable.mutate({ totpCode: code() })}>
        enable
      </button>
    </div>
  );
}

function StartOver() {
  const setup = useMfaSetupMutation();
  const outcome = setup.isSuccess
    ? 'new secret'
    : setup.error && 'code' in setup.error
      ? String(setup.error.code)
      : '…';
  return (
    <div>
      <p>outcome: {outcome}</p>
      <button type="button" onClick={() => setup.mutate({ channel: 'totp', regenerate: true })}>
        start over
      </button>
    </div>
  );
}

describe('hooks', () => {
  it('keeps the status key and fetcher together in one option factory', () => {
    const options = mfaStatusQueryOptions({ mfa: {}, auth: {} } as never, DEMO_USER.id);
    expect(options.queryKey).toEqual(mfaKeys.status(DEMO_USER.id));
    expect(options.queryKey).toEqual(['@authblock/mfa', 'status', DEMO_USER.id]);
    // The client retries the status read itself; the query must not multiply that.
    expect(options.retry).toBe(false);
  });

  it('spending a backup code updates the cached status, fetching it again only when the server gives no count', async () => {
    const { backupCodes } = await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
    const { screen } = await renderWithMfa(
      mock.backend,
      <StatusAndBackupCode code={backupCodes[0] ?? ''} />,
      { signedInAs: DEMO_USER.email },
    );
    await expect.element(screen.getByText('remaining: 10')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'spend' }));
    await expect.element(screen.getByText('remaining: 9')).toBeVisible();
    await expect.element(screen.getByText('cached: 9')).toBeVisible();
    // The guide's verify answer says how many are left; the reference's `{ valid, message }`
    // does not, so the status is read once more.
    expect(requestCount(mock.backend, 'GET', `/users/${DEMO_USER.id}/mfa/status`)).toBe(
      MOCK_DIALECT === 'reference' ? 2 : 1,
    );
  });

  it('turning MFA on fills the cached status, reading it again only when the server gives no count', async () => {
    const client = testClient(await mock.backend.issueToken(DEMO_USER.email));
    await client.mfa.setup(DEMO_USER.id, { channel: 'totp' });
    const { screen } = await renderWithMfa(
      mock.backend,
      <EnableTotp code={() => mock.backend.nextTotpCode(DEMO_USER.email)} />,
      { signedInAs: DEMO_USER.email },
    );
    await expect.element(screen.getByText('on: false')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'enable' }));
    await expect.element(screen.getByText('on: true')).toBeVisible();
    await expect.element(screen.getByText('remaining: 10')).toBeVisible();
    // The reference's enable answer is `{ enabled, message }`: no count, so one more read.
    expect(requestCount(mock.backend, 'GET', `/users/${DEMO_USER.id}/mfa/status`)).toBe(
      MOCK_DIALECT === 'reference' ? 2 : 1,
    );
  });

  it('setup takes regenerate: a reference server starts over while MFA is on, a guide server refuses', async () => {
    await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
    const { screen } = await renderWithMfa(mock.backend, <StartOver />, {
      signedInAs: DEMO_USER.email,
    });
    await userEvent.click(screen.getByRole('button', { name: 'start over' }));
    await expect
      .element(
        screen.getByText(
          MOCK_DIALECT === 'reference' ? 'outcome: new secret' : 'outcome: mfa_already_enabled',
        ),
      )
      .toBeVisible();
  });

  it('two components reading the status share one request', async () => {
    const { screen } = await renderWithMfa(
      mock.backend,
      <>
        <StatusAndBackupCode code="x" />
        <StatusAndBackupCode code="y" />
      </>,
      { signedInAs: DEMO_USER.email },
    );
    await expect.element(screen.getByText('remaining: 0').first()).toBeVisible();
    expect(requestCount(mock.backend, 'GET', `/users/${DEMO_USER.id}/mfa/status`)).toBe(1);
  });
});
