// What the kit remembers per user between visits (the provider's `memory` store): backup
// codes never confirmed → a reminder in the settings card until they are; a sign-in with a
// backup code → a nudge, once; an authenticator setup started again → "remove the old entry".

import { inMemoryMfaMemory } from '@authblock/mfa-core';
import { DEMO_USER } from '@authblock/mfa-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  freshBackend,
  MOCK_DIALECT,
  renderWithMfa,
  signInWithBackupCode,
} from '../../test/harness.tsx';
import { BackupCodes } from '../account/BackupCodes.tsx';
import { MfaBackupCodeNudge } from '../account/MfaBackupCodeNudge.tsx';
import { MfaSettings } from '../setup/MfaSettings.tsx';
import { TotpSetup } from '../setup/TotpSetup.tsx';
import { enMessages as text } from './messages.ts';

let mock: Awaited<ReturnType<typeof freshBackend>>;
beforeEach(async () => {
  mock = await freshBackend();
});

const signedIn = { signedInAs: DEMO_USER.email };

describe('backup codes not confirmed', () => {
  it('are a reminder in the settings card, with the way to new codes, until confirmed', async () => {
    const { backupCodes } = await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
    const memory = inMemoryMfaMemory();
    // The codes were on screen, then the page went away (reload, sign-out) unconfirmed.
    const first = await renderWithMfa(mock.backend, <BackupCodes codes={backupCodes} />, {
      ...signedIn,
      memory,
    });
    await expect.element(first.screen.getByText(backupCodes[0] ?? '')).toBeVisible();
    await first.screen.unmount();

    const settings = await renderWithMfa(mock.backend, <MfaSettings />, { ...signedIn, memory });
    await expect
      .element(settings.screen.getByText(text.backupUnconfirmed, { exact: false }))
      .toBeVisible();
    await userEvent.click(settings.screen.getByRole('button', { name: text.backupNewCodes }));
    // Auth Block replaces codes only with a new setup: the switch asks for the password.
    await expect.element(settings.screen.getByLabelText(text.passwordLabel)).toBeVisible();
    await settings.screen.unmount();

    const again = await renderWithMfa(
      mock.backend,
      <BackupCodes codes={backupCodes} onContinue={vi.fn()} />,
      { ...signedIn, memory },
    );
    await userEvent.click(again.screen.getByLabelText(text.backupConfirm));
    await userEvent.click(again.screen.getByRole('button', { name: text.continue }));
    await again.screen.unmount();
    const later = await renderWithMfa(mock.backend, <MfaSettings />, { ...signedIn, memory });
    await expect.element(later.screen.getByText(text.statusOn)).toBeVisible();
    expect(later.screen.container.textContent).not.toContain(text.backupUnconfirmed);
  });
});

describe('after a backup-code sign-in', () => {
  it('nudges once, on the next settings card, with the codes left', async () => {
    const { backupCodes } = await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
    const memory = inMemoryMfaMemory();
    await signInWithBackupCode(mock.backend, backupCodes[0] ?? '', memory);

    const next = await renderWithMfa(mock.backend, <MfaSettings />, { ...signedIn, memory });
    await expect.element(next.screen.getByText(text.backupNudge(9))).toBeVisible();
    expect(text.backupNudge(9)).toBe('You signed in with a backup code — 9 left.');
    // Their method is the authenticator app: the nudge speaks of it when it is known (the
    // reference's status names none, and this app was turned on behind the kit's back).
    const question = MOCK_DIALECT === 'guide' ? text.backupNudgeTotp : text.backupNudgeAny;
    await expect.element(next.screen.getByText(question)).toBeVisible();
    await expect
      .element(next.screen.getByRole('button', { name: text.backupNudgeAction }))
      .toBeVisible();
    await next.screen.unmount();

    const visitAfter = await renderWithMfa(mock.backend, <MfaSettings />, {
      ...signedIn,
      memory,
    });
    await expect.element(visitAfter.screen.getByText(text.statusOn)).toBeVisible();
    expect(visitAfter.screen.container.textContent).not.toContain(text.backupNudge(9));
  });
});

describe('the nudge on a page of its own', () => {
  it('shows once between it and the settings card, and its action goes to setting up again', async () => {
    await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
    const memory = inMemoryMfaMemory();
    // What the challenge remembers after a backup-code sign-in.
    memory.set(DEMO_USER.id, { backupCodeSignIn: true });
    const onSetUpAgain = vi.fn();
    const page = await renderWithMfa(
      mock.backend,
      <>
        <MfaBackupCodeNudge onSetUpAgain={onSetUpAgain} className="page-nudge" />
        <MfaSettings />
      </>,
      { ...signedIn, memory },
    );
    const nudge = page.screen.getByText(text.backupNudge(10));
    await expect.element(nudge).toBeVisible();
    // The page's nudge took it; the card below, on the same page, stays quiet.
    await expect.element(page.screen.getByText(text.statusOn, { exact: true })).toBeVisible();
    expect(page.screen.container.querySelectorAll('.abmfa-nudge')).toHaveLength(1);
    expect(page.screen.container.querySelector('.page-nudge')).not.toBeNull();
    await userEvent.click(page.screen.getByRole('button', { name: text.backupNudgeAction }));
    expect(onSetUpAgain).toHaveBeenCalledOnce();
    await expect.element(nudge).not.toBeInTheDocument();
    await page.screen.unmount();

    // The next page: the status is in, and neither says it again.
    const again = await renderWithMfa(
      mock.backend,
      <>
        <MfaBackupCodeNudge onSetUpAgain={onSetUpAgain} />
        <MfaSettings />
      </>,
      { ...signedIn, memory },
    );
    await expect.element(again.screen.getByText(text.statusOn, { exact: true })).toBeVisible();
    expect(again.screen.container.querySelectorAll('.abmfa-nudge')).toHaveLength(0);
  });

  it('opens the settings card on the switch when asked (defaultView)', async () => {
    await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
    const card = await renderWithMfa(mock.backend, <MfaSettings defaultView="switch" />, signedIn);
    await expect.element(card.screen.getByLabelText(text.passwordLabel)).toBeVisible();
    await expect.element(card.screen.getByText(text.switchIntro)).toBeVisible();
  });
});

describe('authenticator setup', () => {
  it('shows issuer and account as two fields, and warns when setup started again', async () => {
    const memory = inMemoryMfaMemory();
    const first = await renderWithMfa(mock.backend, <TotpSetup />, { ...signedIn, memory });
    await userEvent.click(first.screen.getByText(text.totpCantScan));
    const details = first.screen.container.querySelector('.abmfa-totp-setup__details');
    await expect.element(first.screen.getByRole('button', { name: text.copyIssuer })).toBeVisible();
    // The mock's default issuer per dialect (the reference's examples read "23blocks - …").
    const issuer = MOCK_DIALECT === 'reference' ? '23blocks - Auth Block' : 'Auth Block';
    expect(details?.textContent).toContain(`${text.totpIssuer}${issuer}`);
    expect(details?.textContent).toContain(`${text.totpAccount}${DEMO_USER.email}`);
    await expect
      .element(first.screen.getByRole('button', { name: text.copyAccount }))
      .toBeVisible();
    expect(first.screen.container.textContent).not.toContain(text.totpRestarted);
    await first.screen.unmount();

    // A reload half-way: the next setup is a new key, and says so.
    const second = await renderWithMfa(mock.backend, <TotpSetup />, { ...signedIn, memory });
    await expect.element(second.screen.getByText(text.totpRestarted)).toBeVisible();
  });
});
