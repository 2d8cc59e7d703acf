import type { MfaSignInSuccess } from '@authblock/mfa-core';
import { DEMO_USER, scenarios } from '@authblock/mfa-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  eventually,
  expectNoAxeViolations,
  freshBackend,
  MOCK_DIALECT,
  renderWithMfa,
  requestCount,
} from '../../test/harness.tsx';
import { SignInForm } from './SignInForm.tsx';

let mock: Awaited<ReturnType<typeof freshBackend>>;
beforeEach(async () => {
  mock = await freshBackend();
});

async function signInWithPassword(screen: Awaited<ReturnType<typeof renderWithMfa>>['screen']) {
  await userEvent.fill(screen.getByLabelText('Email'), DEMO_USER.email);
  await userEvent.fill(screen.getByLabelText('Password'), DEMO_USER.password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInForm', () => {
  it('signs a user without MFA straight in with email and password', async () => {
    const onSuccess = vi.fn<(result: MfaSignInSuccess) => void>();
    const { screen } = await renderWithMfa(mock.backend, <SignInForm onSuccess={onSuccess} />);
    await signInWithPassword(screen);
    await eventually(() => expect(onSuccess).toHaveBeenCalledOnce());
    const result = onSuccess.mock.calls[0]?.[0];
    expect(result?.user.email).toBe(DEMO_USER.email);
    expect(result?.tokens.accessToken).toEqual(expect.any(String));
  });

  it('says the credentials are wrong without saying which, and keeps the email', async () => {
    const { screen } = await renderWithMfa(mock.backend, <SignInForm onSuccess={vi.fn()} />);
    await userEvent.fill(screen.getByLabelText('Email'), DEMO_USER.email);
    await userEvent.fill(screen.getByLabelText('Password'), 'not-the-password');
    await expectNoAxeViolations();
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('The email or password is not correct.');
    await expect.element(screen.getByLabelText('Email')).toHaveValue(DEMO_USER.email);
    await expect.element(screen.getByLabelText('Password')).toHaveFocus();
    await expect.element(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect.element(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
  });

  it('marks only the missing field, focuses it, and announces the same message again', async () => {
    const { screen } = await renderWithMfa(mock.backend, <SignInForm onSuccess={vi.fn()} />);
    await userEvent.fill(screen.getByLabelText('Email'), DEMO_USER.email);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const alert = screen.getByRole('alert');
    await expect.element(alert).toHaveTextContent('Enter your email and password.');
    const password = screen.getByLabelText('Password');
    await expect.element(password).toHaveFocus();
    await expect.element(password).toHaveAttribute('aria-invalid', 'true');
    await expect.element(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid');
    const first = alert.element().firstElementChild;
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    // A new node in the alert region: screen readers announce the repeat.
    await expect.poll(() => alert.element().firstElementChild).not.toBe(first);
    await expect.element(alert).toHaveTextContent('Enter your email and password.');
    expect(requestCount(mock.backend, 'POST', '/auth/sign_in')).toBe(0);
  });

  it('continues into the authenticator-app challenge and signs in with the current code', async () => {
    await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
    const onSuccess = vi.fn<(result: MfaSignInSuccess) => void>();
    const { screen } = await renderWithMfa(mock.backend, <SignInForm onSuccess={onSuccess} />);
    await signInWithPassword(screen);

    const code = screen.getByRole('textbox', { name: 'Verification code' });
    await expect.element(code).toHaveFocus();
    // The reference's "MFA required" names no channel: the words fit either code.
    await expect
      .element(code)
      .toHaveAccessibleDescription(
        MOCK_DIALECT === 'reference'
          ? /from your authenticator app, or from the newest email if you get your codes by email\./
          : /Enter the 6-digit code from your authenticator app\./,
      );
    await expectNoAxeViolations();

    await userEvent.type(code, mock.backend.nextTotpCode(DEMO_USER.email));
    await eventually(() => expect(onSuccess).toHaveBeenCalledOnce());
    // The reference's signed-in user may leave the MFA fields out: none is invented.
    expect(onSuccess.mock.calls[0]?.[0].user.mfaEnabled).toBe(
      MOCK_DIALECT === 'reference' ? undefined : true,
    );
    await expect.element(screen.getByRole('status')).toHaveTextContent('Signed in.');
  });

  it('signs an email-MFA user in with the code from their mailbox', async () => {
    await mock.backend.enableMfaFor(DEMO_USER.email, 'email');
    const onSuccess = vi.fn();
    const { screen } = await renderWithMfa(mock.backend, <SignInForm onSuccess={onSuccess} />);
    await signInWithPassword(screen);

    const code = screen.getByRole('textbox', { name: 'Verification code' });
    await expect
      .element(code)
      .toHaveAccessibleDescription(
        MOCK_DIALECT === 'reference'
          ? /from the newest email if you get your codes by email/
          : /we sent to \u2068d\*+@example\.com\u2069/,
      );
    const emailed = mock.backend.lastCode(DEMO_USER.email, 'mfa_sign_in');
    expect(emailed).toMatch(/^\d{6}$/);
    await userEvent.fill(code, `${emailed?.slice(0, 3)} ${emailed?.slice(3)}`);
    await eventually(() => expect(onSuccess).toHaveBeenCalledOnce());
  });

  it('accepts a backup code instead, which is then spent', async () => {
    const { backupCodes } = await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
    const onSuccess = vi.fn();
    const { screen } = await renderWithMfa(mock.backend, <SignInForm onSuccess={onSuccess} />);
    await signInWithPassword(screen);

    await userEvent.click(screen.getByRole('button', { name: 'Use a backup code instead' }));
    const field = screen.getByRole('textbox', { name: 'Backup code' });
    await expect.element(field).toHaveFocus();
    await userEvent.type(field, backupCodes[0] ?? '');
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(mock.backend.user(DEMO_USER.email)?.backupCodesRemaining).toBe(9);
  });

  it('sends one sign-in request however often the button is clicked', async () => {
    mock.worker.use(...scenarios.slow({ route: 'POST /auth/sign_in', delayMs: 1500 }));
    const { screen } = await renderWithMfa(mock.backend, <SignInForm onSuccess={vi.fn()} />);
    await userEvent.fill(screen.getByLabelText('Email'), DEMO_USER.email);
    await userEvent.fill(screen.getByLabelText('Password'), DEMO_USER.password);
    const button = screen.getByRole('button', { name: 'Sign in' });
    await userEvent.dblClick(button);
    const pending = screen.getByRole('button', { name: 'Signing in…' });
    await expect.element(pending).toHaveAttribute('aria-disabled', 'true');
    await expect.element(screen.getByRole('form')).toHaveAttribute('aria-busy', 'true');
    // It keeps focus while pending, and activating it again sends nothing.
    await expect.element(pending).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.click(pending, { force: true });
    await eventually(() => expect(requestCount(mock.backend, 'POST', '/auth/sign_in')).toBe(1));
    // The held answer arrives about 1.5 s after the click: longer than the default 1 s wait.
    await expect
      .element(screen.getByRole('button', { name: 'Sign in' }), { timeout: 5000 })
      .not.toHaveAttribute('aria-disabled');
    expect(requestCount(mock.backend, 'POST', '/auth/sign_in')).toBe(1);
  });

  it('sends one request when two submits land in the same frame, before React re-renders', async () => {
    const { screen } = await renderWithMfa(mock.backend, <SignInForm onSuccess={vi.fn()} />);
    await userEvent.fill(screen.getByLabelText('Email'), DEMO_USER.email);
    await userEvent.fill(screen.getByLabelText('Password'), DEMO_USER.password);
    const form = screen.getByRole('form').element() as HTMLFormElement;
    form.requestSubmit();
    form.requestSubmit();
    await expect
      .element(screen.getByRole('button', { name: 'Sign in' }))
      .not.toHaveAttribute('aria-disabled');
    await eventually(() => expect(requestCount(mock.backend, 'POST', '/auth/sign_in')).toBe(1));
    expect(requestCount(mock.backend, 'POST', '/auth/sign_in')).toBe(1);
  });

  it('offers a retry after a network failure, and the retry goes through', async () => {
    mock.worker.use(...scenarios.networkError({ route: 'POST /auth/sign_in', once: true }));
    const onSuccess = vi.fn();
    const { screen } = await renderWithMfa(mock.backend, <SignInForm onSuccess={onSuccess} />);
    await signInWithPassword(screen);
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('Could not reach the server. Check your connection and try again.');
    // What was typed is not wrong: the fields are not marked invalid.
    await expect.element(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid');
    await expect.element(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await eventually(() => expect(onSuccess).toHaveBeenCalledOnce());
  });

  it('goes back from the challenge to the password form with focus on its heading', async () => {
    await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
    const { screen } = await renderWithMfa(mock.backend, <SignInForm onSuccess={vi.fn()} />);
    await signInWithPassword(screen);
    await userEvent.click(screen.getByRole('button', { name: 'Back', exact: true }));
    await expect.element(screen.getByRole('heading', { name: 'Sign in' })).toHaveFocus();
    await expect.element(screen.getByLabelText('Email')).toHaveValue(DEMO_USER.email);
  });
});
