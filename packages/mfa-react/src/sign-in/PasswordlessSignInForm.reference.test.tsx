// Passwordless sign-in against the API reference's rules, whatever dialect the project
// runs: five wrong tries clear the sign-in code (401 GW-PL-014, no Retry-After), so the
// only thing that can work is a new code.
import { DEMO_USER } from '@authblock/mfa-mock';
import { startMockWorker } from '@authblock/mfa-mock/browser';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  eventually,
  expectNoAxeViolations,
  renderWithMfa,
  requestCount,
} from '../../test/harness.tsx';
import { PasswordlessSignInForm } from './PasswordlessSignInForm.tsx';

let mock: Awaited<ReturnType<typeof startMockWorker>>;
beforeAll(async () => {
  mock = await startMockWorker({
    quiet: true,
    dialect: 'reference',
    baseUrl: window.location.origin,
    // Codes that live 5 minutes: the request's `expires_in` says so, and the form believes it.
    emailCode: { ttlSeconds: 300 },
  });
});

beforeEach(() => {
  mock.worker.resetHandlers();
  mock.backend.reset();
});

describe('PasswordlessSignInForm on the API reference', () => {
  it('after too many wrong tries offers only a new code, then signs in with it', async () => {
    const onSuccess = vi.fn();
    const { screen } = await renderWithMfa(
      mock.backend,
      <PasswordlessSignInForm onSuccess={onSuccess} resendCooldown={0} />,
    );
    await userEvent.fill(screen.getByLabelText('Email', { exact: true }), DEMO_USER.email);
    await userEvent.keyboard('{Enter}');
    const field = screen.getByRole('textbox', { name: 'Sign-in code' });
    await expect.element(field).toHaveFocus();
    const right = mock.backend.lastCode(DEMO_USER.email, 'passwordless') ?? '';
    // A different wrong code each time: the field sends a code when its value changes.
    const wrong = ['111111', '222222', '333333', '444444', '555555', '666666'].filter(
      (code) => code !== right,
    );
    const alert = screen.getByRole('alert');
    for (const [index, left] of [
      '4 tries left.',
      '3 tries left.',
      '2 tries left.',
      '1 try left.',
    ].entries()) {
      await userEvent.fill(field, wrong[index] ?? '');
      await expect.element(alert).toHaveTextContent(left);
    }
    await userEvent.fill(field, wrong[4] ?? '');
    await expect
      .element(alert)
      .toHaveTextContent('Too many wrong codes, so this code no longer works. Request a new one.');
    // The old code is dead, even the right one: the field and Sign in do nothing.
    await expect.element(field).toHaveAttribute('aria-disabled', 'true');
    await expect.element(field).toHaveAttribute('readonly');
    const signIn = screen.getByRole('button', { name: 'Sign in' });
    await expect.element(signIn).toHaveAttribute('aria-disabled', 'true');
    const checks = requestCount(mock.backend, 'POST', '/auth/passwordless/verify');
    await userEvent.click(signIn, { force: true });
    expect(requestCount(mock.backend, 'POST', '/auth/passwordless/verify')).toBe(checks);
    await expectNoAxeViolations();

    // A new code is what works (the server sends one once its 30 s cooldown has passed).
    mock.backend.advanceClock(31);
    await userEvent.click(screen.getByRole('button', { name: 'Resend code' }));
    await expect.element(screen.getByRole('status')).toHaveTextContent('A new code is on its way.');
    await expect.element(field).toHaveValue('');
    await expect.element(field).not.toHaveAttribute('aria-disabled');
    await expect.element(field).toHaveFocus();
    const fresh = mock.backend.lastCode(DEMO_USER.email, 'passwordless') ?? '';
    expect(fresh).not.toBe(right);
    await userEvent.type(field, fresh);
    await eventually(() => expect(onSuccess).toHaveBeenCalledOnce());
  });

  it('says how long the code lives from the server’s expires_in, over the app’s setting', async () => {
    const { screen } = await renderWithMfa(
      mock.backend,
      <PasswordlessSignInForm onSuccess={vi.fn()} emailCodeTtl={900} />,
    );
    await userEvent.fill(screen.getByLabelText('Email', { exact: true }), DEMO_USER.email);
    await userEvent.keyboard('{Enter}');
    await expect
      .element(screen.getByRole('textbox', { name: 'Sign-in code' }))
      .toHaveAccessibleDescription(/we sent it a sign-in code\. The code expires in 5 minutes\./);
  });
});
