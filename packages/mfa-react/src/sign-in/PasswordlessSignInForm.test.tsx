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
import {
  PasswordlessSignInForm,
  type PasswordlessSignInFormProps,
} from './PasswordlessSignInForm.tsx';

let mock: Awaited<ReturnType<typeof freshBackend>>;
beforeEach(async () => {
  mock = await freshBackend();
});

/** The form with the demo user's address sent by Enter: the code field has focus. */
async function atCodeStep(props: Partial<PasswordlessSignInFormProps> = {}) {
  const onSuccess = vi.fn();
  const { screen } = await renderWithMfa(
    mock.backend,
    <PasswordlessSignInForm onSuccess={onSuccess} {...props} />,
  );
  await userEvent.fill(screen.getByLabelText('Email', { exact: true }), DEMO_USER.email);
  await userEvent.keyboard('{Enter}');
  const field = screen.getByRole('textbox', { name: 'Sign-in code' });
  await expect.element(field).toHaveFocus();
  return { screen, field, onSuccess };
}

describe('PasswordlessSignInForm', () => {
  it('signs in with the emailed code when MFA is off', async () => {
    const onSuccess = vi.fn();
    const { screen } = await renderWithMfa(
      mock.backend,
      <PasswordlessSignInForm onSuccess={onSuccess} />,
    );
    await userEvent.fill(screen.getByLabelText('Email', { exact: true }), DEMO_USER.email);
    await userEvent.click(screen.getByRole('button', { name: 'Email me a code' }));
    const field = screen.getByRole('textbox', { name: 'Sign-in code' });
    await expect.element(field).toHaveFocus();
    await expect.element(field).toHaveAccessibleDescription(/we sent it a sign-in code/);
    await expectNoAxeViolations();
    await userEvent.type(field, mock.backend.lastCode(DEMO_USER.email, 'passwordless') ?? '');
    await eventually(() => expect(onSuccess).toHaveBeenCalledOnce());
  });

  it('asks for the second factor after the emailed code when MFA is on', async () => {
    await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
    const { screen, field: codeField, onSuccess } = await atCodeStep();
    await userEvent.type(codeField, mock.backend.lastCode(DEMO_USER.email, 'passwordless') ?? '');
    const mfaField = screen.getByRole('textbox', { name: 'Verification code' });
    await expect.element(mfaField).toHaveFocus();
    await userEvent.type(mfaField, mock.backend.nextTotpCode(DEMO_USER.email));
    await eventually(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(requestCount(mock.backend, 'POST', '/auth/passwordless/verify')).toBe(2);
  });

  it('says a wrong sign-in code is wrong and keeps it', async () => {
    const { screen, field } = await atCodeStep();
    const right = mock.backend.lastCode(DEMO_USER.email, 'passwordless');
    const wrong = right === '111111' ? '222222' : '111111';
    await userEvent.type(field, wrong);
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('That sign-in code is not correct. Check the newest email and try again.');
    await expect.element(field).toHaveValue(wrong);
    const resend = screen.getByRole('button', { name: /Resend code in 0:/ });
    await expect.element(resend).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(resend, { force: true });
    await expect.element(resend).toHaveFocus();
    expect(requestCount(mock.backend, 'POST', '/auth/passwordless/request')).toBe(1);
  });
});

describe('PasswordlessSignInForm wrong codes', () => {
  it('says how many tries the sign-in code has left when the server tells', async () => {
    const { screen, field } = await atCodeStep();
    const right = mock.backend.lastCode(DEMO_USER.email, 'passwordless');
    const wrong = right === '111111' ? '222222' : '111111';
    await userEvent.type(field, wrong);
    const alert = screen.getByRole('alert');
    const wrongCode = 'That sign-in code is not correct. Check the newest email and try again.';
    if (MOCK_DIALECT === 'reference') {
      // GW-PL-011 says how many wrong codes this code survives (five in all).
      await expect.element(alert).toHaveTextContent(`${wrongCode} 4 tries left.`);
    } else {
      // The guide's wrong code gives nothing away, so nothing is added.
      await expect.element(alert).toHaveTextContent(wrongCode);
      expect(alert.element().textContent?.trim().endsWith('try again.')).toBe(true);
    }
  });
});

describe('PasswordlessSignInForm code lifetime', () => {
  it('says how long the code lives: the server’s expires_in, else the app’s emailCodeTtl', async () => {
    const { screen } = await renderWithMfa(
      mock.backend,
      <PasswordlessSignInForm onSuccess={vi.fn()} emailCodeTtl={900} />,
    );
    await userEvent.fill(screen.getByLabelText('Email', { exact: true }), DEMO_USER.email);
    await userEvent.keyboard('{Enter}');
    // The reference's request answers `expires_in: 600`; the guide's says nothing.
    const minutes = MOCK_DIALECT === 'reference' ? '10 minutes' : '15 minutes';
    await expect
      .element(screen.getByRole('textbox', { name: 'Sign-in code' }))
      .toHaveAccessibleDescription(new RegExp(`The code expires in ${minutes}\\.`));
  });
});

describe('PasswordlessSignInForm resend', () => {
  it('says a new code is on its way and takes the user back to the code field', async () => {
    const { screen, field } = await atCodeStep({ resendCooldown: 0 });
    const first = mock.backend.lastCode(DEMO_USER.email, 'passwordless');
    mock.backend.advanceClock(31);
    await userEvent.click(screen.getByRole('button', { name: 'Resend code' }));
    await expect.element(screen.getByRole('status')).toHaveTextContent('A new code is on its way.');
    await expect.element(field).toHaveFocus();
    expect(requestCount(mock.backend, 'POST', '/auth/passwordless/request')).toBe(2);
    expect(mock.backend.lastCode(DEMO_USER.email, 'passwordless')).not.toBe(first);
    await expectNoAxeViolations();

    // The first email's code: replaced (guide) or just wrong (reference), the person reads
    // which one works.
    await userEvent.type(field, first ?? '');
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent(/ Only the code in the newest email works\./);
  });
});

describe('PasswordlessSignInForm lockout', () => {
  it('while the address is locked offers only the wait, then the code field again', async () => {
    const { screen, field } = await atCodeStep({ resendCooldown: 0 });
    mock.worker.use(
      ...scenarios.rateLimited({
        route: 'POST /auth/passwordless/verify',
        code: 'too_many_attempts',
        retryAfterSeconds: 2,
        once: true,
      }),
    );
    await userEvent.type(field, '123456');
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('Too many attempts. Try again in 2 seconds.');
    await expect.element(screen.getByText(/You can try again in 0:0[12]\./)).toBeVisible();
    await expect.element(field).toHaveAttribute('aria-disabled', 'true');
    await expect.element(field).not.toHaveAttribute('aria-invalid');
    // A new code could not be checked before the lock ends: no resend. Another address can.
    expect(screen.getByRole('button', { name: /Resend code/ }).query()).toBeNull();
    await expect
      .element(screen.getByRole('button', { name: 'Use a different email' }))
      .toBeVisible();
    const signIn = screen.getByRole('button', { name: 'Sign in' });
    await expect.element(signIn).toHaveAttribute('aria-disabled', 'true');
    const checks = requestCount(mock.backend, 'POST', '/auth/passwordless/verify');
    await userEvent.click(signIn, { force: true });
    expect(requestCount(mock.backend, 'POST', '/auth/passwordless/verify')).toBe(checks);
    await expectNoAxeViolations();

    await expect
      .element(screen.getByRole('status'), { timeout: 4000 })
      .toHaveTextContent('You can try again now.');
    await expect.element(field).not.toHaveAttribute('aria-disabled');
    await expect.element(field).toHaveFocus();
    await expect.element(screen.getByRole('button', { name: 'Resend code' })).toBeVisible();
  });
});
