import type { MfaStatus } from '@authblock/mfa-client';
import { DEMO_USER } from '@authblock/mfa-mock';
import { useQueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { freshBackend, MOCK_DIALECT, renderWithMfa, requestCount } from '../test/harness.tsx';
import { useMfaStatus, useMfaVerifyMutation } from './hooks.ts';
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
