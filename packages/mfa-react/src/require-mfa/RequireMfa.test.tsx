import { meetsMfaPolicy } from '@authblock/mfa-core';
import { authenticatorCode, DEMO_USER } from '@authblock/mfa-mock';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  expectNoAxeViolations,
  freshBackend,
  MOCK_DIALECT,
  renderWithMfa,
} from '../../test/harness.tsx';
import { RequireMfa } from './RequireMfa.tsx';

const page = <h1>Admin page</h1>;

describe('RequireMfa', () => {
  it('makes a user without MFA set up TOTP inline, and shows the page only after the backup codes are saved', async () => {
    const mock = await freshBackend();
    const { screen } = await renderWithMfa(
      mock.backend,
      <RequireMfa policy={{ channel: 'totp' }}>{page}</RequireMfa>,
      { signedInAs: DEMO_USER.email },
    );
    await expect.element(screen.getByText(/This page needs an authenticator app/)).toBeVisible();
    // Only the required channel, named: no radio group of one to choose from.
    await expect.element(screen.getByText('Authenticator app', { exact: true })).toBeVisible();
    expect(screen.getByRole('radio').elements()).toHaveLength(0);
    expect(screen.getByRole('group').elements()).toHaveLength(0);
    // The box is a card, as the kit's other boxes are.
    const box = screen.container.querySelector('.abmfa-require') as HTMLElement;
    expect(getComputedStyle(box).borderTopStyle).toBe('solid');
    await expectNoAxeViolations();
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await userEvent.click(await screen.getByText("Can't scan? Enter the key manually"));
    const key = screen.container.querySelector('.abmfa-totp-setup__secret')?.textContent ?? '';
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Verification code' }),
      authenticatorCode(key, mock.backend.now()),
    );
    // MFA is on now, but the page waits for the backup codes.
    await expect
      .element(screen.getByRole('heading', { name: 'Save your backup codes' }))
      .toBeVisible();
    expect(mock.backend.user(DEMO_USER.email)?.mfaEnabled).toBe(true);
    await expect
      .element(screen.getByRole('heading', { name: 'Admin page' }))
      .not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'I have saved these codes' }));
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    // Focus lands on the page's heading, not on the document's body.
    await expect.element(screen.getByRole('heading', { name: 'Admin page' })).toHaveFocus();
  });

  it('renders the page at once when the policy already holds', async () => {
    const mock = await freshBackend();
    await mock.backend.enableMfaFor(DEMO_USER.email, 'email');
    const { screen } = await renderWithMfa(
      mock.backend,
      <RequireMfa policy={{ any: true }}>{page}</RequireMfa>,
      {
        signedInAs: DEMO_USER.email,
      },
    );
    await expect.element(screen.getByRole('heading', { name: 'Admin page' })).toBeVisible();
  });

  it('has an email-code user switch to TOTP: password first, then setup', async () => {
    const mock = await freshBackend();
    await mock.backend.enableMfaFor(DEMO_USER.email, 'email');
    const { screen } = await renderWithMfa(
      mock.backend,
      <RequireMfa policy={{ channel: 'totp' }}>{page}</RequireMfa>,
      { signedInAs: DEMO_USER.email },
    );
    if (MOCK_DIALECT === 'reference') {
      // The reference's status names no channel: MFA on is all that can be checked.
      await expect.element(screen.getByRole('heading', { name: 'Admin page' })).toBeVisible();
      return;
    }
    await expect.element(screen.getByText(/you use email codes/)).toBeVisible();
    await userEvent.type(screen.getByLabelText('Password'), DEMO_USER.password);
    await userEvent.click(screen.getByRole('button', { name: /Turn off/ }));
    await expect
      .element(screen.getByText('This page needs an authenticator app. Set it up to continue.'))
      .toBeVisible();
    expect(mock.backend.user(DEMO_USER.email)?.mfaEnabled).toBe(false);
    await expect
      .element(screen.getByRole('heading', { name: 'Admin page' }))
      .not.toBeInTheDocument();
  });

  it('asks for confirmed backup codes when the policy says so', async () => {
    const mock = await freshBackend();
    await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
    let confirmations = 0;
    const { screen } = await renderWithMfa(
      mock.backend,
      <RequireMfa
        policy={{ channel: 'totp', backupCodesConfirmed: true }}
        onBackupCodesConfirmed={() => confirmations++}
      >
        {page}
      </RequireMfa>,
      { signedInAs: DEMO_USER.email },
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'I have saved my backup codes' }));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await expect.element(screen.getByRole('heading', { name: 'Admin page' })).toBeVisible();
    expect(confirmations).toBe(1);
  });
});

describe('RequireMfa in other languages', () => {
  it('speaks the provider’s language (German)', async () => {
    const mock = await freshBackend();
    const { screen } = await renderWithMfa(
      mock.backend,
      <RequireMfa policy={{ channel: 'totp' }}>{page}</RequireMfa>,
      { signedInAs: DEMO_USER.email, locale: 'de' },
    );
    await expect
      .element(
        screen.getByText(
          'Diese Seite braucht eine Authenticator-App. Richte sie ein, um fortzufahren.',
        ),
      )
      .toBeVisible();
    await expect
      .element(screen.getByRole('region', { name: 'Zwei-Faktor-Authentifizierung erforderlich' }))
      .toBeVisible();
    await expectNoAxeViolations();
  });
});

describe('meetsMfaPolicy', () => {
  const on = (channel: 'totp' | 'email' | 'unknown') => ({ userId: 'u', enabled: true, channel });
  it('checks the channel when the server names it', () => {
    expect(meetsMfaPolicy(on('totp'), { channel: 'totp' })).toBe(true);
    expect(meetsMfaPolicy(on('email'), { channel: 'totp' })).toBe(false);
    expect(meetsMfaPolicy({ userId: 'u', enabled: false, channel: null }, { any: true })).toBe(
      false,
    );
  });

  it('accepts MFA on when the server names no channel (the reference status never does)', () => {
    expect(meetsMfaPolicy(on('unknown'), { channel: 'totp' })).toBe(true);
    expect(meetsMfaPolicy(on('unknown'), { channel: 'email' })).toBe(true);
  });
});
