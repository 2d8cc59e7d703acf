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
  testClient,
} from '../../test/harness.tsx';
import { MfaDisable } from '../account/MfaDisable.tsx';
import { MfaSettings } from './MfaSettings.tsx';

let mock: Awaited<ReturnType<typeof freshBackend>>;
beforeEach(async () => {
  mock = await freshBackend();
});

const statusPath = `/users/${DEMO_USER.id}/mfa/status`;

describe('MfaSettings', () => {
  it('shows MFA on, its channel (when the server names it) and the backup codes left', async () => {
    await mock.backend.enableMfaFor(DEMO_USER.email, 'email');
    const { screen } = await renderWithMfa(mock.backend, <MfaSettings />, {
      signedInAs: DEMO_USER.email,
    });
    await expect.element(screen.getByText('On', { exact: true })).toBeVisible();
    await expect.element(screen.getByText('10', { exact: true })).toBeVisible();
    if (MOCK_DIALECT === 'reference') {
      // The reference's status names no channel: the card says "On" and no method.
      await expect.element(screen.getByText('Method', { exact: true })).not.toBeInTheDocument();
    } else {
      await expect.element(screen.getByText('Email', { exact: true })).toBeVisible();
    }
    await expect.element(screen.getByRole('button', { name: 'Switch method' })).toBeVisible();
    await expect.element(screen.getByText(/backup codes? left/)).not.toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('warns when three or fewer backup codes remain', async () => {
    const { backupCodes } = await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
    const client = testClient(await mock.backend.issueToken(DEMO_USER.email));
    for (const code of backupCodes.slice(0, 7)) {
      await client.mfa.verify(DEMO_USER.id, { backupCode: code });
    }
    const { screen } = await renderWithMfa(mock.backend, <MfaSettings />, {
      signedInAs: DEMO_USER.email,
    });
    await expect.element(screen.getByText(/Only 3 backup codes left\./)).toBeVisible();
    expect(screen.container.querySelector('.abmfa-settings')?.hasAttribute('data-warning')).toBe(
      true,
    );
  });

  it('turns MFA off with the password: a wrong one first, then the right one', async () => {
    await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
    const onDisabled = vi.fn();
    const { screen } = await renderWithMfa(mock.backend, <MfaSettings onDisabled={onDisabled} />, {
      signedInAs: DEMO_USER.email,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Turn off' }));
    await expect
      .element(screen.getByRole('heading', { name: 'Turn off two-factor authentication' }))
      .toHaveFocus();
    await expectNoAxeViolations();

    const password = screen.getByLabelText('Password');
    await userEvent.fill(password, 'wrong password');
    await userEvent.click(screen.getByRole('button', { name: 'Turn off' }));
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('That password is not correct.');
    await expect.element(password).toHaveAttribute('aria-invalid', 'true');
    expect(mock.backend.user(DEMO_USER.email)?.mfaEnabled).toBe(true);

    await userEvent.fill(password, DEMO_USER.password);
    await userEvent.click(screen.getByRole('button', { name: 'Turn off' }));
    await expect.element(screen.getByText('Off', { exact: true })).toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Turn on' })).toBeVisible();
    expect(mock.backend.user(DEMO_USER.email)?.mfaEnabled).toBe(false);
    expect(onDisabled).toHaveBeenCalledWith(expect.objectContaining({ enabled: false }));
    // The disable answer updated the card; it did not fetch the status again.
    expect(requestCount(mock.backend, 'GET', statusPath)).toBe(1);
  });

  it('switches method by turning MFA off, then setting it up again', async () => {
    await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
    const { screen } = await renderWithMfa(mock.backend, <MfaSettings />, {
      signedInAs: DEMO_USER.email,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Switch method' }));
    await expect
      .element(screen.getByText(/To switch method, turn two-factor authentication off/))
      .toBeVisible();
    await userEvent.fill(screen.getByLabelText('Password'), DEMO_USER.password);
    await userEvent.click(screen.getByRole('button', { name: 'Turn off' }));
    await expect
      .element(screen.getByRole('heading', { name: 'Set up two-factor authentication' }))
      .toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await expect.element(screen.getByRole('heading', { name: 'Confirm your email' })).toBeVisible();
    // The email step starts the setup (and sends the code) as it appears.
    await eventually(() => expect(mock.backend.user(DEMO_USER.email)?.setupPending).toBe('email'));
  });

  it('says when the status cannot be loaded and loads it on "Try again"', async () => {
    mock.worker.use(...scenarios.networkError({ route: 'GET /users/:id/mfa/status', once: true }));
    const { screen } = await renderWithMfa(mock.backend, <MfaSettings />, {
      signedInAs: DEMO_USER.email,
    });
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('Could not reach the server. Check your connection and try again.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await expect.element(screen.getByText('Off', { exact: true })).toBeVisible();
    // The button is gone with the error: focus moved to the card's heading, not <body>.
    await expect
      .element(screen.getByRole('heading', { name: 'Two-factor authentication' }))
      .toHaveFocus();
  });
});

describe('MfaDisable', () => {
  it('asks for the password before sending anything', async () => {
    await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
    const { screen } = await renderWithMfa(mock.backend, <MfaDisable />, {
      signedInAs: DEMO_USER.email,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Turn off' }));
    await expect.element(screen.getByRole('alert')).toHaveTextContent('Enter your password.');
    await expect.element(screen.getByLabelText('Password')).toHaveFocus();
    expect(requestCount(mock.backend, 'POST', `/users/${DEMO_USER.id}/mfa/disable`)).toBe(0);
  });
});
