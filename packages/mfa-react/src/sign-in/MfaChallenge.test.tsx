import { DEMO_USER, scenarios } from '@authblock/mfa-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CustomChallenge } from '../../stories/CustomChallenge.tsx';
import {
  demoCredentials,
  eventually,
  expectNoAxeViolations,
  firstStep,
  freshBackend,
  MOCK_DIALECT,
  renderWithMfa,
  requestCount,
  testClient,
} from '../../test/harness.tsx';
import { enCoreMessages } from '../provider/messages.ts';
import { MfaChallenge } from './MfaChallenge.tsx';

let mock: Awaited<ReturnType<typeof freshBackend>>;
beforeEach(async () => {
  mock = await freshBackend();
});

// The drop-in component and a custom UI built only from `useMfaChallenge` keep the same
// rules: every test below runs against both.
describe.each([
  ['MfaChallenge', MfaChallenge],
  ['a custom challenge from useMfaChallenge', CustomChallenge],
])('%s', (_name, Challenge) => {
  async function totpChallenge(options: { strict?: boolean } = {}) {
    await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
    const challenge = await firstStep(DEMO_USER.email, DEMO_USER.password);
    const onSuccess = vi.fn();
    const { screen } = await renderWithMfa(
      mock.backend,
      <Challenge challenge={challenge} credentials={demoCredentials} onSuccess={onSuccess} />,
      options,
    );
    const field = screen.getByRole('textbox', { name: 'Verification code' });
    return { screen, field, onSuccess };
  }

  async function emailChallenge(options: { resendCooldown?: number; emailCodeTtl?: number } = {}) {
    await mock.backend.enableMfaFor(DEMO_USER.email, 'email');
    const challenge = await firstStep(DEMO_USER.email, DEMO_USER.password);
    // The reference's "MFA required" names no channel, so Resend is not offered (see the
    // unknown-channel test); an app that knows its user's channel passes it, and resend
    // then runs against the reference's answers too.
    if (MOCK_DIALECT === 'reference') expect(challenge.channel).toBe('unknown');
    const onSuccess = vi.fn();
    const { screen } = await renderWithMfa(
      mock.backend,
      <Challenge
        challenge={{ ...challenge, channel: 'email' }}
        credentials={demoCredentials}
        onSuccess={onSuccess}
        {...options}
      />,
    );
    return { screen, onSuccess };
  }

  it('asks for either code when the server names no channel, and still offers a backup code', async () => {
    // The API reference's "MFA required" names neither the channel nor the user.
    await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
    const challenge = await firstStep(DEMO_USER.email, DEMO_USER.password);
    const onSuccess = vi.fn();
    const { screen } = await renderWithMfa(
      mock.backend,
      <Challenge
        challenge={{ ...challenge, channel: 'unknown' }}
        credentials={demoCredentials}
        onSuccess={onSuccess}
      />,
    );
    await expect
      .element(
        screen.getByText(
          'Enter the 6-digit code from your authenticator app, or from the newest email if you get your codes by email.',
        ),
      )
      .toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Use a backup code instead' }));
    await expect
      .element(screen.getByRole('button', { name: 'Use your authenticator or email code instead' }))
      .toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Use your authenticator or email code instead' }),
    );
    const field = screen.getByRole('textbox', { name: 'Verification code' });
    await userEvent.type(field, mock.backend.nextTotpCode(DEMO_USER.email));
    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
  });

  it('says a wrong code is wrong, keeps it in the field and selects it for retyping', async () => {
    const { screen, field, onSuccess } = await totpChallenge();
    await userEvent.type(field, '000000');
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('That code is not correct. Check it and try again.');
    await expect.element(field).toHaveValue('000000');
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
    await expect.element(field).toHaveFocus();
    await expectNoAxeViolations();
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('says how many tries are left with each wrong code, in the same announcement', async () => {
    const { screen, field } = await totpChallenge();
    const alert = screen.getByRole('alert');
    for (const [wrong, left] of [
      ['000001', '4 tries left.'],
      ['000002', '3 tries left.'],
      ['000003', '2 tries left.'],
      ['000004', '1 try left.'],
    ] as const) {
      await userEvent.fill(field, wrong);
      await expect
        .element(alert)
        .toHaveTextContent(`That code is not correct. Check it and try again. ${left}`);
    }
  });

  it('locks the form after too many wrong codes and counts down the Retry-After time', async () => {
    const { screen, field } = await totpChallenge();
    for (const wrong of ['000001', '000002', '000003', '000004']) {
      await userEvent.fill(field, wrong);
      await expect
        .element(screen.getByRole('button', { name: 'Verify' }))
        .not.toHaveAttribute('aria-disabled');
      await expect.element(screen.getByRole('alert')).toHaveTextContent(/not correct/);
    }
    // The fifth wrong code in a row locks the account: announced once, with a coarse wait.
    await userEvent.fill(field, '000005');
    const alert = screen.getByRole('alert');
    await expect.element(alert).toHaveTextContent('Too many attempts. Try again in 15 minutes.');
    // The backend locks for 15 minutes; the countdown is visible and describes the field.
    const countdown = screen.getByText(/You can try again in 1[45]:\d\d\./);
    await expect.element(countdown).toBeVisible();
    await expect.element(field).toHaveAccessibleDescription(/You can try again in 1[45]:\d\d\./);
    // Locked, but still focusable: read-only and aria-disabled, and focus stays in it.
    await expect.element(field).toHaveAttribute('readonly');
    await expect.element(field).toHaveAttribute('aria-disabled', 'true');
    await expect.element(field).not.toHaveAttribute('disabled');
    await expect.element(field).toHaveFocus();
    await expect
      .element(screen.getByRole('button', { name: 'Verify' }))
      .toHaveAttribute('aria-disabled', 'true');
    // The ticking countdown is in no live region, and the alert is not re-announced.
    expect(countdown.element().closest('[role="alert"], [role="status"], [aria-live]')).toBeNull();
    const announced = alert.element().firstElementChild;
    const shown = countdown.element().textContent;
    await expect.poll(() => countdown.element().textContent, { timeout: 2500 }).not.toBe(shown);
    expect(alert.element().firstElementChild).toBe(announced);
    await expect.element(alert).toHaveTextContent('Too many attempts. Try again in 15 minutes.');
    const before = requestCount(mock.backend, 'POST', '/auth/sign_in');
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }), { force: true });
    expect(requestCount(mock.backend, 'POST', '/auth/sign_in')).toBe(before);
    await expectNoAxeViolations();
  });

  it('opens again when the lockout countdown ends', async () => {
    const { screen, field, onSuccess } = await totpChallenge();
    mock.worker.use(
      ...scenarios.rateLimited({
        route: 'POST /auth/sign_in',
        code: 'too_many_attempts',
        retryAfterSeconds: 2,
        once: true,
      }),
    );
    await userEvent.fill(field, '123456');
    await expect.element(screen.getByText(/You can try again in 0:0[12]\./)).toBeVisible();
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('Too many attempts. Try again in 2 seconds.');
    await expect.element(field).toHaveAttribute('aria-disabled', 'true');
    await expect.element(field).toHaveAttribute('readonly');
    await expect
      .element(screen.getByRole('status'), { timeout: 4000 })
      .toHaveTextContent('You can try again now.');
    await expect.element(field).not.toHaveAttribute('aria-disabled');
    await expect.element(field).not.toHaveAttribute('readonly');
    await expect.element(field).toHaveFocus();
    await userEvent.fill(field, mock.backend.nextTotpCode(DEMO_USER.email));
    await eventually(() => expect(onSuccess).toHaveBeenCalledOnce());
  });

  it('while locked offers only the wait: no backup code, no resend (the server refuses both)', async () => {
    const { backupCodes } = await mock.backend.enableMfaFor(DEMO_USER.email, 'email');
    const challenge = await firstStep(DEMO_USER.email, DEMO_USER.password);
    const { screen } = await renderWithMfa(
      mock.backend,
      <Challenge
        // As in emailChallenge: the reference names no channel; the app knows it.
        challenge={{ ...challenge, channel: 'email' }}
        credentials={demoCredentials}
        onSuccess={vi.fn()}
        resendCooldown={0}
      />,
    );
    const field = screen.getByRole('textbox', { name: 'Verification code' });
    await expect.element(screen.getByRole('button', { name: 'Resend code' })).toBeVisible();
    for (const wrong of ['000001', '000002', '000003', '000004', '000005']) {
      await userEvent.fill(field, wrong);
      await expect.element(screen.getByRole('alert')).toHaveTextContent(/not correct|Too many/);
    }
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('Too many attempts. Try again in 15 minutes.');
    await expect.element(screen.getByText(/You can try again in 1[45]:\d\d\./)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Use a backup code instead' }).query()).toBeNull();
    expect(screen.getByRole('button', { name: /Resend code/ }).query()).toBeNull();
    await expect
      .element(screen.getByRole('button', { name: 'Verify' }))
      .toHaveAttribute('aria-disabled', 'true');
    await expectNoAxeViolations();

    // What was left out cannot work: during the lock the server refuses a backup code and
    // a new emailed code alike.
    const signIn = (extra: { backupCode?: string }) =>
      testClient()
        .auth.signIn({ email: DEMO_USER.email, password: DEMO_USER.password, ...extra })
        .catch((error: unknown) => error);
    expect(await signIn({ backupCode: backupCodes[0] ?? '' })).toMatchObject({
      code: 'too_many_attempts',
    });
    expect(await signIn({})).toMatchObject({ code: 'too_many_attempts' });
  });

  it('offers the backup code and resend again when the lockout ends', async () => {
    const { screen } = await emailChallenge({ resendCooldown: 0 });
    mock.worker.use(
      ...scenarios.rateLimited({
        route: 'POST /auth/sign_in',
        code: 'too_many_attempts',
        retryAfterSeconds: 2,
        once: true,
      }),
    );
    const field = screen.getByRole('textbox', { name: 'Verification code' });
    await userEvent.fill(field, '123456');
    await expect.element(screen.getByText(/You can try again in 0:0[12]\./)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Use a backup code instead' }).query()).toBeNull();
    expect(screen.getByRole('button', { name: /Resend code/ }).query()).toBeNull();
    await expect
      .element(screen.getByRole('status'), { timeout: 4000 })
      .toHaveTextContent('You can try again now.');
    await expect
      .element(screen.getByRole('button', { name: 'Use a backup code instead' }))
      .toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Resend code' })).toBeVisible();
    await expect.element(field).toHaveFocus();
  });

  it('locks the form when a resend is answered with too many attempts', async () => {
    const { screen } = await emailChallenge({ resendCooldown: 0 });
    mock.worker.use(
      ...scenarios.rateLimited({
        route: 'POST /auth/sign_in',
        code: 'too_many_attempts',
        retryAfterSeconds: 61,
        once: true,
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Resend code' }));
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('Too many attempts. Try again in 2 minutes.');
    await expect.element(screen.getByText(/You can try again in 1:0[01]\./)).toBeVisible();
    const field = screen.getByRole('textbox', { name: 'Verification code' });
    await expect.element(field).toHaveAttribute('aria-disabled', 'true');
    await expect.element(field).toHaveFocus();
    expect(screen.getByRole('status').element().textContent).toBe('');
  });

  it('does not mark the code invalid when a resend is refused, and returns focus to it', async () => {
    const { screen } = await emailChallenge({ resendCooldown: 0 });
    mock.worker.use(
      ...scenarios.rateLimited({ route: 'POST /auth/sign_in', retryAfterSeconds: 30, once: true }),
    );
    const field = screen.getByRole('textbox', { name: 'Verification code' });
    await userEvent.click(screen.getByRole('button', { name: 'Resend code' }));
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('A code was sent moments ago. Wait a moment before asking for another.');
    await expect.element(field).toHaveFocus();
    await expect.element(field).not.toHaveAttribute('aria-invalid');
    await expect
      .element(screen.getByRole('button', { name: /Resend code in 0:[23]\d/ }))
      .toBeVisible();

    // A wrong code, by contrast, is marked invalid.
    await userEvent.fill(field, '000000');
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
  });

  it('explains an expired emailed code and lets the user get a new one', async () => {
    const { screen, onSuccess } = await emailChallenge({ resendCooldown: 1 });
    const field = screen.getByRole('textbox', { name: 'Verification code' });
    const first = mock.backend.lastCode(DEMO_USER.email, 'mfa_sign_in') ?? '';
    mock.backend.advanceClock(601);
    await userEvent.fill(field, first);
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('That code has expired. Request a new one.');

    await userEvent.click(screen.getByRole('button', { name: 'Resend code' }));
    await expect.element(screen.getByRole('status')).toHaveTextContent('A new code is on its way.');
    const second = mock.backend.lastCode(DEMO_USER.email, 'mfa_sign_in') ?? '';
    expect(second).not.toBe(first);
    await userEvent.fill(field, second);
    await eventually(() => expect(onSuccess).toHaveBeenCalledOnce());
  });

  it('says the emailed code lives the provider’s default 10 minutes when nothing says otherwise', async () => {
    const { screen } = await emailChallenge();
    await expect
      .element(screen.getByRole('textbox', { name: 'Verification code' }))
      .toHaveAccessibleDescription(/The code expires in 10 minutes\./);
  });

  it('says how long the emailed code lives, in whole minutes from emailCodeTtl', async () => {
    const { screen } = await emailChallenge({ emailCodeTtl: 300 });
    await expect
      .element(screen.getByRole('textbox', { name: 'Verification code' }))
      .toHaveAccessibleDescription(/The code expires in 5 minutes\./);
  });

  it('shows the resend cooldown as a countdown on the disabled button', async () => {
    const { screen } = await emailChallenge();
    const before = requestCount(mock.backend, 'POST', '/auth/sign_in');
    const resend = screen.getByRole('button', { name: /Resend code in 0:(30|29)/ });
    await expect.element(resend).toHaveAttribute('aria-disabled', 'true');
    // Still reachable with Tab (so focus never falls to <body>), but it sends nothing.
    await userEvent.click(resend, { force: true });
    await expect
      .element(screen.getByRole('button', { name: /Resend code in 0:2[89]/ }))
      .toBeVisible();
    expect(requestCount(mock.backend, 'POST', '/auth/sign_in') - before).toBe(0);
  });

  it('keeps keyboard focus in the form when Resend is pressed, then moves it to the code field', async () => {
    const { screen } = await emailChallenge({ resendCooldown: 0 });
    mock.backend.advanceClock(31); // past the server's own resend cooldown
    mock.worker.use(...scenarios.slow({ route: 'POST /auth/sign_in', delayMs: 2500 }));
    const before = requestCount(mock.backend, 'POST', '/auth/sign_in');
    const field = screen.getByRole('textbox', { name: 'Verification code' });
    const resend = screen.getByRole('button', { name: 'Resend code' });
    await expect.element(field).toHaveFocus();
    for (let tabs = 0; tabs < 5 && document.activeElement !== resend.element(); tabs++) {
      await userEvent.tab();
    }
    await expect.element(resend).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    const sending = screen.getByRole('button', { name: 'Sending…' });
    await expect.element(sending).toHaveAttribute('aria-disabled', 'true');
    await expect.element(sending).toHaveFocus();
    await userEvent.keyboard('{Enter}'); // ignored while the first one runs
    expect(document.activeElement).not.toBe(document.body);

    await expect.element(screen.getByRole('status')).toHaveTextContent('A new code is on its way.');
    await expect.element(field).toHaveFocus();
    const form = screen.getByRole('form').element();
    expect(form.contains(document.activeElement)).toBe(true);
    expect(requestCount(mock.backend, 'POST', '/auth/sign_in') - before).toBe(1);
  });

  it('sends a code once even when Enter is pressed again and again while it is checked', async () => {
    mock.worker.use(...scenarios.slow({ route: 'POST /auth/sign_in', delayMs: 1500 }));
    const { screen, field, onSuccess } = await totpChallenge();
    const before = requestCount(mock.backend, 'POST', '/auth/sign_in');
    await userEvent.type(
      field,
      `${mock.backend.nextTotpCode(DEMO_USER.email)}{Enter}{Enter}{Enter}`,
    );
    const verifying = screen.getByRole('button', { name: 'Verifying…' });
    await expect.element(verifying).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(verifying, { force: true }); // the pending button ignores a click too
    await eventually(() => expect(onSuccess).toHaveBeenCalledOnce(), 5000); // held 1.5 s
    expect(requestCount(mock.backend, 'POST', '/auth/sign_in') - before).toBe(1);
  });

  it('sends a code once under React StrictMode', async () => {
    const { field, onSuccess } = await totpChallenge({ strict: true });
    const before = requestCount(mock.backend, 'POST', '/auth/sign_in');
    await userEvent.fill(field, mock.backend.nextTotpCode(DEMO_USER.email));
    await eventually(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(requestCount(mock.backend, 'POST', '/auth/sign_in') - before).toBe(1);
  });

  it('offers "Try again" after a network failure and resends the same code', async () => {
    const { screen, field, onSuccess } = await totpChallenge();
    mock.worker.use(...scenarios.networkError({ route: 'POST /auth/sign_in', once: true }));
    await userEvent.fill(field, mock.backend.nextTotpCode(DEMO_USER.email));
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('Could not reach the server. Check your connection and try again.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await eventually(() => expect(onSuccess).toHaveBeenCalledOnce());
  });

  it('never shows the server’s own error text', async () => {
    const { screen, field } = await totpChallenge();
    mock.worker.use(...scenarios.serverError({ route: 'POST /auth/sign_in', once: true }));
    await userEvent.fill(field, '123456');
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('Something went wrong on our side. Try again.');
    expect(document.body.textContent).not.toContain('Something went wrong on the server.');
  });

  it('completes with the keyboard alone, switching to a backup code and back', async () => {
    const { backupCodes } = await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
    const challenge = await firstStep(DEMO_USER.email, DEMO_USER.password);
    const onSuccess = vi.fn();
    const { screen } = await renderWithMfa(
      mock.backend,
      <Challenge challenge={challenge} credentials={demoCredentials} onSuccess={onSuccess} />,
    );
    await expect.element(screen.getByRole('textbox', { name: 'Verification code' })).toHaveFocus();
    await userEvent.tab(); // Verify
    await userEvent.tab(); // Use a backup code instead
    await expect
      .element(screen.getByRole('button', { name: 'Use a backup code instead' }))
      .toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const backup = screen.getByRole('textbox', { name: 'Backup code' });
    await expect.element(backup).toHaveFocus();
    await expectNoAxeViolations();
    await userEvent.keyboard(`${backupCodes[1]}{Enter}`);
    await eventually(() => expect(onSuccess).toHaveBeenCalledOnce());
  });
  it('says at once that the device is offline, sends nothing, and never sends the code later', async () => {
    const { screen, field, onSuccess } = await totpChallenge();
    const before = requestCount(mock.backend, 'POST', '/auth/sign_in');
    const goOffline = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      await userEvent.fill(field, mock.backend.nextTotpCode(DEMO_USER.email));
      await expect
        .element(screen.getByRole('alert'))
        .toHaveTextContent('You’re offline — check your connection.');
      await expect.element(screen.getByRole('button', { name: 'Verify' })).toBeVisible();
      await expect.element(field).not.toHaveAttribute('aria-invalid');
    } finally {
      goOffline.mockRestore();
    }
    // Back online: nothing was held back to be sent by itself.
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requestCount(mock.backend, 'POST', '/auth/sign_in')).toBe(before);
    expect(onSuccess).not.toHaveBeenCalled();
    // The person submits again.
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await eventually(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(requestCount(mock.backend, 'POST', '/auth/sign_in') - before).toBe(1);
  });
});

describe('lockedOutFor', () => {
  it.each([
    [900, 'Too many attempts. Try again in 15 minutes.'],
    [61, 'Too many attempts. Try again in 2 minutes.'],
    [60, 'Too many attempts. Try again in 1 minute.'],
    [59, 'Too many attempts. Try again in 59 seconds.'],
    [0.4, 'Too many attempts. Try again in 1 second.'],
  ])('says %s seconds as "%s"', (seconds, text) => {
    expect(enCoreMessages.lockedOutFor(seconds)).toBe(text);
  });
});
