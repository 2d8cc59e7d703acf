import { authenticatorCode, DEMO_USER, scenarios } from '@authblock/mfa-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  captureDownloads,
  eventually,
  expectNoAxeViolations,
  freshBackend,
  MOCK_DIALECT,
  renderWithMfa,
  requestCount,
} from '../../test/harness.tsx';
import { EmailSetup } from './EmailSetup.tsx';
import { MfaSettings } from './MfaSettings.tsx';
import { MfaSetupWizard } from './MfaSetupWizard.tsx';
import { TotpSetup } from './TotpSetup.tsx';

let mock: Awaited<ReturnType<typeof freshBackend>>;
beforeEach(async () => {
  mock = await freshBackend();
});

const setupPath = `/users/${DEMO_USER.id}/mfa/setup`;

describe('MfaSetupWizard', () => {
  it('sets up an authenticator app from the manual key, saves the backup codes, and the settings show it on', async () => {
    const { screen } = await renderWithMfa(mock.backend, <MfaSettings />, {
      signedInAs: DEMO_USER.email,
    });
    await expect.element(screen.getByText('Off')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Turn on' }));

    // Channel choice, with what each one means.
    await expect
      .element(screen.getByRole('heading', { name: 'Set up two-factor authentication' }))
      .toHaveFocus();
    await expectNoAxeViolations();
    const totp = screen.getByRole('radio', { name: 'Authenticator app' });
    await expect.element(totp).toHaveAccessibleDescription(/Stronger.*sensitive data/);
    await userEvent.click(totp);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));

    // QR code, manual entry and the supported apps.
    await expect
      .element(screen.getByRole('heading', { name: 'Set up your authenticator app' }))
      .toHaveFocus();
    await expect
      .element(screen.getByRole('img', { name: 'QR code for your authenticator app' }))
      .toBeVisible();
    for (const app of [
      'Google Authenticator',
      'Authy',
      '1Password',
      'Bitwarden',
      'Microsoft Authenticator',
    ]) {
      await expect.element(screen.getByText(new RegExp(app)).first()).toBeVisible();
    }
    await userEvent.click(screen.getByText("Can't scan? Enter the key manually"));
    await expect.element(screen.getByRole('button', { name: 'Copy key' })).toBeVisible();
    await expectNoAxeViolations();
    const shownKey = screen.container.querySelector('.abmfa-totp-setup__secret')?.textContent ?? '';
    expect(shownKey).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/); // grouped in fours

    await userEvent.type(
      screen.getByRole('textbox', { name: 'Verification code' }),
      authenticatorCode(shownKey, mock.backend.now()),
    );

    // Backup codes: shown once, confirmation required.
    await expect
      .element(screen.getByRole('heading', { name: 'Save your backup codes' }))
      .toHaveFocus();
    await expect.element(screen.getByText('They will not be shown again.')).toBeVisible();
    const codes = screen.getByRole('list', { name: 'Backup codes' }).getByRole('listitem');
    expect(codes.elements()).toHaveLength(10);
    await expectNoAxeViolations();
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    await expect
      .element(screen.getByText('Confirm that you have saved your backup codes to continue.'))
      .toBeVisible();
    await expect
      .element(screen.getByRole('checkbox', { name: 'I have saved these codes' }))
      .toHaveFocus();
    await userEvent.click(screen.getByRole('checkbox', { name: 'I have saved these codes' }));
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));

    // Back on the card, from the cache the enable call filled (no refetch needed).
    await expect
      .element(screen.getByRole('heading', { name: 'Two-factor authentication' }))
      .toHaveFocus();
    await expect.element(screen.getByText('On', { exact: true })).toBeVisible();
    await expect.element(screen.getByText('Authenticator app')).toBeVisible();
    await expect.element(screen.getByText('10', { exact: true })).toBeVisible();
    expect(mock.backend.user(DEMO_USER.email)).toMatchObject({
      mfaEnabled: true,
      mfaChannel: 'totp',
    });
    expect(requestCount(mock.backend, 'GET', `/users/${DEMO_USER.id}/mfa/status`)).toBe(1);
    await expectNoAxeViolations();
  });

  it('sets up email with the code from the mailbox, showing where it went (when known) and for how long', async () => {
    const onComplete = vi.fn();
    const { screen } = await renderWithMfa(
      mock.backend,
      <MfaSetupWizard onComplete={onComplete} />,
      {
        signedInAs: DEMO_USER.email,
      },
    );
    await expect.element(screen.getByRole('radio', { name: 'Email' })).toBeChecked();
    await expect
      .element(screen.getByRole('radio', { name: 'Email' }))
      .toHaveAccessibleDescription(/Simpler.*No app needed/);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));

    await expect.element(screen.getByRole('heading', { name: 'Confirm your email' })).toHaveFocus();
    // The reference's email setup answer names neither the address nor the lifetime.
    const sentTo =
      MOCK_DIALECT === 'reference'
        ? /We sent a 6-digit code to your email address\. The code expires in 10 minutes\./
        : /We sent a 6-digit code to \u2068d\*+@example\.com\u2069\. The code expires in 10 minutes\./;
    await expect.element(screen.getByText(sentTo)).toBeVisible();
    const resend = screen.getByRole('button', { name: /Resend code in 0:(30|29)/ });
    await expect.element(resend).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(resend, { force: true }); // in cooldown: nothing is sent
    expect(requestCount(mock.backend, 'POST', setupPath)).toBe(1);
    await expectNoAxeViolations();

    const code = mock.backend.lastCode(DEMO_USER.email, 'mfa_setup') ?? '';
    await userEvent.type(screen.getByRole('textbox', { name: 'Verification code' }), code);
    await expect
      .element(screen.getByRole('heading', { name: 'Save your backup codes' }))
      .toHaveFocus();
    await userEvent.click(screen.getByRole('checkbox', { name: 'I have saved these codes' }));
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    await eventually(() => expect(onComplete).toHaveBeenCalledOnce());
    expect(onComplete.mock.calls[0]?.[0]).toMatchObject({ enabled: true, channel: 'email' });
    await expect
      .element(screen.getByRole('heading', { name: 'Two-factor authentication is on' }))
      .toHaveFocus();
  });

  it('keeps a wrong setup code in the field with its message', async () => {
    const { screen } = await renderWithMfa(mock.backend, <EmailSetup />, {
      signedInAs: DEMO_USER.email,
    });
    const field = screen.getByRole('textbox', { name: 'Verification code' });
    await expect.element(field).toBeVisible();
    const right = mock.backend.lastCode(DEMO_USER.email, 'mfa_setup') ?? '';
    const wrong = right === '111111' ? '222222' : '111111';
    await userEvent.type(field, wrong);
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('That code is not correct. Check it and try again.');
    await expect.element(field).toHaveValue(wrong);
  });

  it('resends the email code after the cooldown, and shows the server’s wait when it is too soon', async () => {
    const { screen } = await renderWithMfa(mock.backend, <EmailSetup resendCooldown={1} />, {
      signedInAs: DEMO_USER.email,
    });
    await expect.element(screen.getByRole('textbox', { name: 'Verification code' })).toBeVisible();
    const first = mock.backend.lastCode(DEMO_USER.email, 'mfa_setup');

    // Our cooldown (1 s here) is over, the server's (30 s) is not: it answers 429.
    await userEvent.click(screen.getByRole('button', { name: 'Resend code' }));
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('A code was sent moments ago. Wait a moment before asking for another.');
    const cooling = screen.getByRole('button', { name: /Resend code in 0:[23]\d/ });
    await expect.element(cooling).toHaveAttribute('aria-disabled', 'true');
    // Focus went back to the code field, not to <body>.
    await expect.element(screen.getByRole('textbox', { name: 'Verification code' })).toHaveFocus();
    const sent = requestCount(mock.backend, 'POST', setupPath);
    await userEvent.click(cooling, { force: true });
    expect(requestCount(mock.backend, 'POST', setupPath)).toBe(sent);

    // Once the server's cooldown has passed, a new code replaces the old one.
    mock.backend.advanceClock(31);
    await screen.unmount();
    const { screen: again } = await renderWithMfa(
      mock.backend,
      <EmailSetup setup={{ channel: 'email', backupCodes: [] }} resendCooldown={0} />,
      { signedInAs: DEMO_USER.email },
    );
    await userEvent.click(again.getByRole('button', { name: 'Resend code', exact: true }));
    await expect.element(again.getByRole('status')).toHaveTextContent('A new code is on its way.');
    const second = mock.backend.lastCode(DEMO_USER.email, 'mfa_setup');
    expect(second).not.toBe(first);
    await userEvent.type(again.getByRole('textbox', { name: 'Verification code' }), second ?? '');
    await eventually(() => expect(mock.backend.user(DEMO_USER.email)?.mfaEnabled).toBe(true));
  });

  it('retries a setup that could not start, then moves focus to the step, not <body>', async () => {
    mock.worker.use(...scenarios.networkError({ route: 'POST /users/:id/mfa/setup', once: true }));
    const { screen } = await renderWithMfa(mock.backend, <TotpSetup />, {
      signedInAs: DEMO_USER.email,
    });
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('Could not reach the server. Check your connection and try again.');
    const retry = screen.getByRole('button', { name: 'Try again' });
    await userEvent.click(retry);
    await expect.element(screen.getByRole('img', { name: /QR code/ })).toBeVisible();
    await expect
      .element(screen.getByRole('heading', { name: 'Set up your authenticator app' }))
      .toHaveFocus();
    expect(requestCount(mock.backend, 'POST', setupPath)).toBe(1);
  });

  it('retries an email setup that could not start, then focuses the code field', async () => {
    mock.worker.use(...scenarios.networkError({ route: 'POST /users/:id/mfa/setup', once: true }));
    const { screen } = await renderWithMfa(mock.backend, <EmailSetup />, {
      signedInAs: DEMO_USER.email,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await expect.element(screen.getByRole('textbox', { name: 'Verification code' })).toHaveFocus();
  });

  it('starts setup once when a step mounts on its own under StrictMode', async () => {
    const { screen } = await renderWithMfa(mock.backend, <TotpSetup />, {
      signedInAs: DEMO_USER.email,
      strict: true,
    });
    await expect.element(screen.getByRole('img', { name: /QR code/ })).toBeVisible();
    expect(requestCount(mock.backend, 'POST', setupPath)).toBe(1);
  });

  it('starts one setup however fast Continue is clicked', async () => {
    const { screen } = await renderWithMfa(mock.backend, <MfaSetupWizard defaultChannel="totp" />, {
      signedInAs: DEMO_USER.email,
      strict: true,
    });
    await userEvent.dblClick(screen.getByRole('button', { name: 'Continue' }));
    await expect.element(screen.getByRole('img', { name: /QR code/ })).toBeVisible();
    expect(requestCount(mock.backend, 'POST', setupPath)).toBe(1);
  });

  it('completes TOTP setup with the keyboard alone', async () => {
    const onComplete = vi.fn();
    const { screen } = await renderWithMfa(
      mock.backend,
      <MfaSetupWizard autoFocus onComplete={onComplete} />,
      { signedInAs: DEMO_USER.email },
    );
    await expect
      .element(screen.getByRole('heading', { name: 'Set up two-factor authentication' }))
      .toHaveFocus();
    await userEvent.tab(); // the checked radio (Email)
    await expect.element(screen.getByRole('radio', { name: 'Email' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}'); // Authenticator app
    await expect.element(screen.getByRole('radio', { name: 'Authenticator app' })).toBeChecked();
    await userEvent.keyboard('{Enter}'); // submits the form: Continue

    await expect
      .element(screen.getByRole('heading', { name: 'Set up your authenticator app' }))
      .toHaveFocus();
    // The step starts the setup as it appears ("Loading…"): wait for the QR code.
    await expect.element(screen.getByRole('img', { name: /QR code/ })).toBeVisible();
    await userEvent.tab(); // "Can't scan?"
    await userEvent.keyboard('{Enter}');
    const key = screen.container.querySelector('.abmfa-totp-setup__secret')?.textContent ?? '';
    await expect.element(screen.getByRole('button', { name: 'Copy key' })).toBeVisible();
    await userEvent.tab(); // Copy service name
    await userEvent.tab(); // Copy account
    await expect.element(screen.getByRole('button', { name: 'Copy account' })).toHaveFocus();
    await userEvent.tab(); // Copy key
    await userEvent.tab(); // the code field
    await expect.element(screen.getByRole('textbox', { name: 'Verification code' })).toHaveFocus();
    await userEvent.keyboard(authenticatorCode(key, mock.backend.now()));

    await expect
      .element(screen.getByRole('heading', { name: 'Save your backup codes' }))
      .toHaveFocus();
    const checkbox = screen.getByRole('checkbox', { name: 'I have saved these codes' });
    while (document.activeElement !== checkbox.element()) await userEvent.tab();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await expect.element(screen.getByRole('button', { name: 'Done' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(onComplete).toHaveBeenCalledOnce());
  });

  describe('the backup-codes file says what the codes unlock and whose they are', () => {
    /** Sets up the authenticator app from its key and downloads the backup codes. */
    async function totpSetupFile(options: { appName?: string; account?: string } = {}) {
      const files = captureDownloads();
      const { screen } = await renderWithMfa(
        mock.backend,
        <MfaSetupWizard defaultChannel="totp" />,
        {
          signedInAs: DEMO_USER.email,
          ...options,
        },
      );
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      await userEvent.click(screen.getByText("Can't scan? Enter the key manually"));
      await expect.element(screen.getByRole('button', { name: 'Copy key' })).toBeVisible();
      const key = screen.container.querySelector('.abmfa-totp-setup__secret')?.textContent ?? '';
      // The service name the authenticator app files it under, as the step shows it.
      const issuer = screen.container.querySelector('.abmfa-totp-setup__issuer')?.textContent ?? '';
      await userEvent.type(
        screen.getByRole('textbox', { name: 'Verification code' }),
        authenticatorCode(key, mock.backend.now()),
      );
      await userEvent.click(screen.getByRole('button', { name: 'Download .txt' }));
      expect(files).toHaveLength(1);
      return { issuer, name: files[0]?.name ?? '', text: (await files[0]?.blob.text()) ?? '' };
    }

    it('from the authenticator entry: the issuer and the account it is filed under', async () => {
      const file = await totpSetupFile();
      // "Auth Block" on the guide's wire; the reference's server prefixes "23blocks - ".
      expect(file.issuer).toMatch(/Auth Block$/);
      const slug = file.issuer.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      expect(file.name).toMatch(new RegExp(`^${slug}-backup-codes-\\d{4}-\\d{2}-\\d{2}\\.txt$`));
      expect(file.text).toContain(`\nApp: ${file.issuer}\n`);
      expect(file.text).toContain(`\nAccount: ${DEMO_USER.email}\n`);
      expect(file.text).toMatch(/\nCreated: \w+ \d{1,2}, \d{4} \(\d{4}-\d{2}-\d{2}\)\n/);
    });

    it("from the provider's appName and account, which win", async () => {
      const file = await totpSetupFile({ appName: 'Acme Books', account: 'ana' });
      expect(file.name).toMatch(/^acme-books-backup-codes-/);
      expect(file.text).toContain('\nApp: Acme Books\nAccount: ana\n');
    });
  });
});
