import type { MfaSetup } from '@authblock/mfa-client';
import { DEMO_USER } from '@authblock/mfa-mock';
import type { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { eventually, freshBackend, renderWithMfa } from '../../test/harness.tsx';
import { useMfaDisableMutation, useMfaSetupMutation, useSignInMutation } from './hooks.ts';
import { mfaKeys } from './queries.ts';

let mock: Awaited<ReturnType<typeof freshBackend>>;
beforeEach(async () => {
  mock = await freshBackend();
});

/** Everything TanStack holds for mutations: inputs, answers, errors. */
const mutationCache = (queryClient: QueryClient) =>
  JSON.stringify(
    queryClient
      .getMutationCache()
      .getAll()
      .map((mutation) => mutation.state),
  );

function SignIn() {
  const signIn = useSignInMutation();
  return (
    <div>
      <p>{signIn.isSuccess ? 'signed in' : '…'}</p>
      <button
        type="button"
        onClick={() => signIn.mutate({ email: DEMO_USER.email, password: DEMO_USER.password })}
      >
        sign in
      </button>
    </div>
  );
}

function SetupThenDisable() {
  const setup = useMfaSetupMutation();
  const disable = useMfaDisableMutation();
  return (
    <div>
      <p>{setup.isSuccess ? 'secret shown' : '…'}</p>
      <p>{disable.isSuccess ? 'MFA turned off' : '…'}</p>
      <button type="button" onClick={() => setup.mutate({ channel: 'totp' })}>
        set up
      </button>
      <button type="button" onClick={() => disable.mutate({ password: DEMO_USER.password })}>
        turn off
      </button>
    </div>
  );
}

describe('mutations that carry secrets', () => {
  it('sign-in: the password and the tokens are gone from the cache once unmounted', async () => {
    const { screen, queryClient } = await renderWithMfa(mock.backend, <SignIn />);
    await userEvent.click(screen.getByRole('button', { name: 'sign in' }));
    await expect.element(screen.getByText('signed in')).toBeVisible();
    // While shown, the answer is there to use.
    expect(mutationCache(queryClient)).toContain(DEMO_USER.password);
    expect(mutationCache(queryClient)).toContain('accessToken');

    await screen.unmount();
    await eventually(() => expect(queryClient.getMutationCache().getAll()).toEqual([]));
    expect(mutationCache(queryClient)).not.toContain(DEMO_USER.password);
  });

  it('setup and disable: the secret, the backup codes and the password are gone once unmounted', async () => {
    await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
    const { screen, queryClient } = await renderWithMfa(mock.backend, <SetupThenDisable />, {
      signedInAs: DEMO_USER.email,
    });
    await userEvent.click(screen.getByRole('button', { name: 'turn off' }));
    await expect.element(screen.getByText('MFA turned off')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'set up' }));
    await expect.element(screen.getByText('secret shown')).toBeVisible();
    const [started] = queryClient
      .getMutationCache()
      .findAll({ mutationKey: mfaKeys.mutation('setup', DEMO_USER.id) });
    const setup = started?.state.data as MfaSetup | undefined;
    if (setup?.channel !== 'totp') throw new Error('expected a TOTP setup');
    expect(setup.backupCodes).toHaveLength(10);

    await screen.unmount();
    await eventually(() => expect(queryClient.getMutationCache().getAll()).toEqual([]));
    const cache = JSON.stringify(
      queryClient
        .getQueryCache()
        .getAll()
        .map((query) => query.state),
    );
    for (const secret of [DEMO_USER.password, setup.secret, ...setup.backupCodes]) {
      expect(cache + mutationCache(queryClient)).not.toContain(secret);
    }
  });
});
