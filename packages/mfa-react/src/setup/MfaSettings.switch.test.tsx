// Switching method is one flow (turn off, then set up again) that must not end quietly with
// two-factor off; the method the kit turned on is remembered, so a server that names no
// channel (the API reference's) still shows it; the nudge after a backup-code sign-in
// speaks of the person's own method.

import { inMemoryMfaMemory } from '@authblock/mfa-core';
import { DEMO_USER } from '@authblock/mfa-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  eventually,
  expectNoAxeViolations,
  freshBackend,
  renderWithMfa,
  signInWithBackupCode,
} from '../../test/harness.tsx';
import { enMessages as text } from '../provider/messages.ts';
import { MfaSettings } from './MfaSettings.tsx';

let mock: Awaited<ReturnType<typeof freshBackend>>;
beforeEach(async () => {
  mock = await freshBackend();
});

const signedIn = { signedInAs: DEMO_USER.email };

/** Switch → password → Turn off: the card is in the new setup. */
async function switchHalfWay(screen: Awaited<ReturnType<typeof renderWithMfa>>['screen']) {
  await userEvent.click(screen.getByRole('button', { name: text.switchMethod }));
  await userEvent.fill(screen.getByLabelText(text.passwordLabel), DEMO_USER.password);
  await userEvent.click(screen.getByRole('button', { name: text.turnOff }));
  await expect.element(screen.getByRole('heading', { name: text.setupHeading })).toHaveFocus();
}

describe('a switch of method left half-way', () => {
  it('says so loudly on every visit, with one button back into the setup, until it is on', async () => {
    await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
    const memory = inMemoryMfaMemory();
    const first = await renderWithMfa(mock.backend, <MfaSettings />, { ...signedIn, memory });
    await switchHalfWay(first.screen);
    await userEvent.click(first.screen.getByRole('button', { name: text.cancel }));
    const alert = first.screen.getByRole('alert');
    await expect.element(alert).toHaveTextContent(text.switchUnfinished);
    // One way back on: the alert's button, not a second "Turn on" beside it.
    await expect
      .element(first.screen.getByRole('button', { name: text.turnOn }))
      .not.toBeInTheDocument();
    await expectNoAxeViolations();
    await first.screen.unmount();

    // Another visit (a reload, the next day): still said, first thing.
    const later = await renderWithMfa(mock.backend, <MfaSettings />, { ...signedIn, memory });
    await expect.element(later.screen.getByRole('alert')).toHaveTextContent(text.switchUnfinished);
    await userEvent.click(later.screen.getByRole('button', { name: text.switchFinish }));
    await expect
      .element(later.screen.getByRole('heading', { name: text.setupHeading }))
      .toBeVisible();
    await userEvent.click(later.screen.getByRole('radio', { name: new RegExp(text.channelEmail) }));
    await userEvent.click(later.screen.getByRole('button', { name: text.startSetup }));
    await expect
      .element(later.screen.getByRole('heading', { name: text.emailHeading }))
      .toBeVisible();
    await eventually(() => expect(mock.backend.lastCode(DEMO_USER.email)).toBeTruthy());
    await userEvent.fill(
      later.screen.getByRole('textbox', { name: text.codeLabel }),
      mock.backend.lastCode(DEMO_USER.email) ?? '',
    );
    await userEvent.click(later.screen.getByLabelText(text.backupConfirm));
    await userEvent.click(later.screen.getByRole('button', { name: text.done }));
    await expect.element(later.screen.getByText(text.statusOn, { exact: true })).toBeVisible();
    expect(later.screen.container.textContent).not.toContain(text.switchUnfinished);
    await later.screen.unmount();

    const after = await renderWithMfa(mock.backend, <MfaSettings />, { ...signedIn, memory });
    await expect.element(after.screen.getByText(text.statusOn, { exact: true })).toBeVisible();
    expect(after.screen.container.querySelector('[role="alert"]')).toBeNull();
  });

  it('is not claimed after a plain "Turn off"', async () => {
    await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
    const { screen } = await renderWithMfa(mock.backend, <MfaSettings />, signedIn);
    await userEvent.click(screen.getByRole('button', { name: text.turnOff }));
    await userEvent.fill(screen.getByLabelText(text.passwordLabel), DEMO_USER.password);
    await userEvent.click(screen.getByRole('button', { name: text.turnOff }));
    await expect.element(screen.getByRole('button', { name: text.turnOn })).toBeVisible();
    expect(screen.container.textContent).not.toContain(text.switchUnfinished);
  });
});

describe('the method the kit turned on', () => {
  it('keeps its Method row after a reload, whatever the server’s status names', async () => {
    const memory = inMemoryMfaMemory();
    const first = await renderWithMfa(mock.backend, <MfaSettings />, { ...signedIn, memory });
    await userEvent.click(first.screen.getByRole('button', { name: text.turnOn }));
    await userEvent.click(first.screen.getByRole('radio', { name: new RegExp(text.channelEmail) }));
    await userEvent.click(first.screen.getByRole('button', { name: text.startSetup }));
    await eventually(() => expect(mock.backend.lastCode(DEMO_USER.email)).toBeTruthy());
    await userEvent.fill(
      first.screen.getByRole('textbox', { name: text.codeLabel }),
      mock.backend.lastCode(DEMO_USER.email) ?? '',
    );
    await userEvent.click(first.screen.getByLabelText(text.backupConfirm));
    await userEvent.click(first.screen.getByRole('button', { name: text.done }));
    await first.screen.unmount();

    const reloaded = await renderWithMfa(mock.backend, <MfaSettings />, { ...signedIn, memory });
    await expect
      .element(reloaded.screen.getByText(text.methodLabel, { exact: true }))
      .toBeVisible();
    await expect
      .element(reloaded.screen.getByText(text.channelEmail, { exact: true }))
      .toBeVisible();
  });

  it('gives the backup-code nudge the words of that method', async () => {
    const memory = inMemoryMfaMemory();
    const { backupCodes } = await mock.backend.enableMfaFor(DEMO_USER.email, 'email');
    // As the kit's own setup would have remembered it (the reference's status names none).
    memory.set(DEMO_USER.id, { channel: 'email' });
    await signInWithBackupCode(mock.backend, backupCodes[0] ?? '', memory);

    const next = await renderWithMfa(mock.backend, <MfaSettings />, { ...signedIn, memory });
    await expect
      .element(next.screen.getByText(`${text.backupNudge(9)} ${text.backupNudgeEmail}`))
      .toBeVisible();
    expect(next.screen.container.textContent).not.toContain('authenticator');
  });
});
