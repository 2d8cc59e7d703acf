import { createAuthClient } from '@authblock/mfa-client';
import type { MfaSignInSuccess } from '@authblock/mfa-core';
import { inMemoryMfaMemory } from '@authblock/mfa-core';
import { DEFAULT_API_KEY, DEMO_USER } from '@authblock/mfa-mock';
import { Component, type ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { eventually, freshBackend, MOCK_DIALECT } from '../../test/harness.tsx';
import { SignInForm } from '../sign-in/SignInForm.tsx';
import { useMfaStatus } from './hooks.ts';
import { MfaProvider } from './MfaProvider.tsx';

let mock: Awaited<ReturnType<typeof freshBackend>>;
beforeEach(async () => {
  mock = await freshBackend();
});

/** What a sign-in page passes: the client with the sign-in routes only. */
function renderOnAuthClient(ui: ReactNode) {
  const client = createAuthClient({
    baseUrl: window.location.origin,
    apiKey: DEFAULT_API_KEY,
    retries: 0,
    dialect: MOCK_DIALECT,
  });
  return render(
    <MfaProvider client={client} memory={inMemoryMfaMemory()}>
      {ui}
    </MfaProvider>,
  );
}

/** A component that reads a user's MFA status (a `client.mfa` route). */
function Status() {
  useMfaStatus('usr_1');
  return null;
}

class ShowError extends Component<{ children: ReactNode }, { message?: string }> {
  override state: { message?: string } = {};
  static getDerivedStateFromError(error: Error) {
    return { message: error.message };
  }
  override render() {
    return this.state.message ? <p role="alert">{this.state.message}</p> : this.props.children;
  }
}

describe("MfaProvider on createAuthClient()'s client", () => {
  it('signs an MFA user in through the challenge: the sign-in routes are all it needs', async () => {
    await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
    const onSuccess = vi.fn<(result: MfaSignInSuccess) => void>();
    const screen = await renderOnAuthClient(<SignInForm onSuccess={onSuccess} />);

    await userEvent.fill(screen.getByLabelText('Email'), DEMO_USER.email);
    await userEvent.fill(screen.getByLabelText('Password'), DEMO_USER.password);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const code = screen.getByRole('textbox', { name: 'Verification code' });
    await expect.element(code).toHaveFocus();
    await userEvent.type(code, mock.backend.nextTotpCode(DEMO_USER.email));

    await eventually(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(onSuccess.mock.calls[0]?.[0].user.email).toBe(DEMO_USER.email);
  });

  it('a hook that manages MFA says it needs createMfaClient(), before any request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const screen = await renderOnAuthClient(
      <ShowError>
        <Status />
      </ShowError>,
    );

    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent(
        "this needs the MFA routes: give <MfaProvider> createMfaClient()'s client (createAuthClient()'s has only the sign-in routes).",
      );
    expect(mock.backend.requests()).toEqual([]);
  });
});
