import { readFile } from 'node:fs/promises';
import { DEMO_USER } from '@authblock/mfa-mock';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
  axeViolations,
  DemoUser,
  launchChromium,
  openDemo,
  pageClock,
  readmeShot,
  skipRestAfterFailure,
  stepShooter,
} from './support.ts';

const demoUrl = inject('mockDemoUrl');

// One person, one browser tab, one in-page mock: each test is the next step of the story,
// so they run in order and share the page.
describe('the demo on its in-page mock', () => {
  let browser: Browser;
  let page: Page;
  let user: DemoUser;
  const shot = stepShooter('mock');
  let secret = '';
  let backupCodes: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openDemo(browser, demoUrl);
    user = new DemoUser(page, pageClock(page, `${demoUrl}/api`));
  });

  afterAll(async () => {
    await browser?.close();
  });

  skipRestAfterFailure();

  test('shows the seeded credentials and signs in with them', async () => {
    await user.heading('Sign in').waitFor();
    const account = page.getByRole('complementary', { name: 'Demo account' });
    expect(await account.textContent()).toContain(DEMO_USER.email);
    expect(await account.textContent()).toContain(DEMO_USER.password);
    expect(await page.getByRole('button', { name: 'Reset demo data' }).isVisible()).toBe(true);
    await shot(page, 'sign-in');
    expect(await axeViolations(page)).toEqual([]);

    await user.signInWithPassword(DEMO_USER.email, DEMO_USER.password);
    await user.expectSecurityPage();
    // Keyboard and screen-reader users land on the new page's heading.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Security');
    expect(await user.settingsFacts()).toEqual({ Status: 'Off' });
    await shot(page, 'security-off');
  });

  test('turns on the authenticator app with a code computed from the manual key', async () => {
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByLabel('Authenticator app').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await user.heading('Set up your authenticator app').waitFor();
    const firstKey = await user.readManualKey();
    // The README's picture: a first setup, manual entry open, the QR code drawn (its
    // library loads on demand, after the step appears).
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    await readmeShot(page, 'setup');
    // A reload half-way: the account is still off, and the next setup says the key is new
    // and the entry already added to the app is dead.
    await page.reload();
    await user.expectSecurityPage();
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByLabel('Authenticator app').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Setup started again, so this is a new key.', { exact: false }).waitFor();
    secret = await user.readManualKey();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(secret).not.toBe(firstKey);
    // Manual entry: the app's name and the account, each its own field.
    expect(await page.locator('.abmfa-totp-setup__issuer').textContent()).toBe('Northwind');
    expect(await page.locator('.abmfa-totp-setup__account').textContent()).toBe(DEMO_USER.email);
    await shot(page, 'totp-setup');
    expect(await axeViolations(page)).toEqual([]);

    await user.typeCode(await user.totpCode(secret));
    // The file a person saves names the app, the account and the day, then the codes.
    await user.heading('Save your backup codes').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .txt' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^northwind-backup-codes-\d{4}-\d{2}-\d{2}\.txt$/);
    const file = await readFile(await download.path(), 'utf8');
    expect(file).toContain(`\nApp: Northwind\nAccount: ${DEMO_USER.email}\nCreated: `);
    backupCodes = await user.saveBackupCodes();
    for (const code of backupCodes) expect(file).toContain(`\n${code}\n`);
    expect(backupCodes).toHaveLength(10);
    expect(new Set(backupCodes).size).toBe(10);
    await shot(page, 'backup-codes-saved');

    expect(await user.waitForStatus('On')).toEqual({
      Status: 'On',
      Method: 'Authenticator app',
      'Backup codes remaining': '10',
    });
    await shot(page, 'security-totp-on');
  });

  test('a reload keeps the session and the account; Back and Forward move between pages', async () => {
    await page.reload();
    await user.expectSecurityPage();
    expect(await user.waitForStatus('On')).toEqual({
      Status: 'On',
      Method: 'Authenticator app',
      'Backup codes remaining': '10',
    });
    await page.goBack();
    await page.getByText(`You are signed in as ${DEMO_USER.email}.`).waitFor();
    expect(new URL(page.url()).hash).toBe('#/sign-in');
    await page.goForward();
    await user.expectSecurityPage();
    expect(new URL(page.url()).hash).toBe('#/security');
  });

  test('speaks six more languages, Arabic right to left, and remembers the choice', async () => {
    // The menu's own label follows the language too.
    await page.getByLabel('Language').selectOption('ar');
    await user.heading('المصادقة الثنائية').waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    await shot(page, 'security-arabic');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('اللغة').selectOption('es');
    await user.heading('Verificación en dos pasos').waitFor();
    await page.reload();
    await user.heading('Verificación en dos pasos').waitFor();
    await page.getByText('Códigos de respaldo restantes').waitFor();
    await shot(page, 'security-spanish');
    await readmeShot(page, 'language');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Idioma').selectOption('en');
    await user.heading('Two-factor authentication').waitFor();
  });

  test('signs out, then signs in with a fresh code from the app', async () => {
    await user.signOut();
    await user.signInWithPassword(DEMO_USER.email, DEMO_USER.password);
    await user.heading('Two-factor authentication').waitFor();
    await shot(page, 'totp-challenge');
    expect(await axeViolations(page)).toEqual([]);
    await readmeShot(page, 'challenge');

    // The code that turned TOTP on is spent: the next one comes 30 s later.
    await user.typeCode(await user.totpCode(secret, 30));
    await user.expectSecurityPage();
    expect((await user.waitForStatus('On')).Method).toBe('Authenticator app');
    await shot(page, 'signed-in-with-totp');
  });

  test('signs in with a backup code, which is then spent', async () => {
    await user.signOut();
    await user.signInWithPassword(DEMO_USER.email, DEMO_USER.password);
    await page.getByRole('button', { name: 'Use a backup code instead' }).click();
    await user.typeCode(backupCodes[0] ?? '', 'Backup code');
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await user.expectSecurityPage();
    const nudge = 'You signed in with a backup code — 9 left. Set up your authenticator app again?';
    await page.getByText(nudge).waitFor();
    await shot(page, 'backup-code-nudge');
    await page.locator('.abmfa-settings__fact', { hasText: 'Backup codes remaining' }).waitFor();
    expect((await user.waitForStatus('On'))['Backup codes remaining']).toBe('9');
    // Once, under the page's heading: the settings card below does not say it again.
    expect(await page.locator('.abmfa-nudge').count()).toBe(1);
    expect(await page.locator('.demo-security > .abmfa-nudge').count()).toBe(1);
    await shot(page, 'signed-in-with-backup-code');

    // Its action starts setting the method up again: the switch, which asks for the password.
    await page.getByRole('button', { name: 'Set up again' }).click();
    const password = page.getByLabel('Password', { exact: true });
    await password.waitFor();
    await page
      .getByText('To switch method, turn two-factor authentication off', { exact: false })
      .waitFor();
    // Keyboard and screen-reader users start at the new step's heading.
    expect(
      await page.evaluate(() =>
        document.activeElement?.classList.contains('abmfa-disable__heading'),
      ),
    ).toBe(true);
    expect(await page.getByText(nudge).count()).toBe(0);
    await shot(page, 'backup-code-nudge-set-up-again');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await user.waitForStatus('On');

    // Once: not again on the next visit.
    await page.reload();
    await user.waitForStatus('On');
    expect(await page.getByText(nudge).count()).toBe(0);
  });

  test('switches to email codes, read from the mock inbox', async () => {
    await page.getByRole('button', { name: 'Switch method' }).click();
    // A new method replaces the second factor: the password and a fresh code first.
    await user.stepUp({ password: DEMO_USER.password, code: () => user.totpCode(secret, 30) });
    await page.getByLabel('Password', { exact: true }).fill(DEMO_USER.password);
    await page.getByRole('button', { name: 'Turn off' }).click();
    await user.heading('Set up two-factor authentication').waitFor();
    // Left half-way, the switch is not a quiet "Off": the page says so first thing, again
    // after a reload, with one button back into the setup.
    await page.getByRole('button', { name: 'Cancel' }).click();
    const unfinished = page
      .getByRole('alert')
      .filter({ hasText: 'switching method was not finished' });
    await unfinished.waitFor();
    await shot(page, 'switch-unfinished');
    await page.reload();
    await unfinished.waitFor();
    expect(await page.getByRole('button', { name: 'Turn on' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Finish setting up' }).click();
    await user.heading('Set up two-factor authentication').waitFor();
    await page.getByLabel('Email', { exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await user.heading('Confirm your email').waitFor();
    const code = await user.codeFromInbox('Confirm two-factor authentication');
    await shot(page, 'email-setup');
    await user.typeCode(code);
    // Leave the backup codes unconfirmed (a reload): the settings card keeps reminding,
    // and its way to new codes is a new setup, which it says.
    await user.heading('Save your backup codes').waitFor();
    await page.reload();
    expect((await user.waitForStatus('On')).Method).toBe('Email');
    const reminder = page.getByText('You have not confirmed that you saved your backup codes.', {
      exact: false,
    });
    await reminder.waitFor();
    await shot(page, 'backup-codes-reminder');
    const seen = await user.inboxCodes('Your two-factor authentication code');
    await page.getByRole('button', { name: 'Get new backup codes' }).click();
    // Email users always take the full step-up: the sign-in emails its code.
    await user.stepUp({
      password: DEMO_USER.password,
      code: () => user.codeFromInbox('Your two-factor authentication code', seen),
    });
    await page.getByLabel('Password', { exact: true }).fill(DEMO_USER.password);
    await page.getByRole('button', { name: 'Turn off' }).click();
    await page.getByLabel('Email', { exact: true }).check();
    await pageClock(page, `${demoUrl}/api`)(31); // past the resend cooldown
    await page.getByRole('button', { name: 'Continue' }).click();
    await user.heading('Confirm your email').waitFor();
    await user.typeCode(await user.codeFromInbox('Confirm two-factor authentication', [code]));
    await user.saveBackupCodes();
    expect(await user.waitForStatus('On')).toEqual({
      Status: 'On',
      Method: 'Email',
      'Backup codes remaining': '10',
    });
    expect(await reminder.count()).toBe(0);
    await shot(page, 'security-email-on');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('signs in with an emailed code', async () => {
    await user.signOut();
    await user.signInWithPassword(DEMO_USER.email, DEMO_USER.password);
    await user.heading('Two-factor authentication').waitFor();
    const code = await user.codeFromInbox('Your two-factor authentication code');
    await shot(page, 'email-challenge');
    await user.typeCode(code);
    await user.expectSecurityPage();
    expect((await user.waitForStatus('On')).Method).toBe('Email');
  });

  test('signs in without a password: an emailed sign-in code, then the emailed 2FA code', async () => {
    await user.signOut();
    await page.getByLabel('Email me a code').check();
    await user.heading('Sign in with an email code').waitFor();
    expect(await page.locator('.demo-switch').isVisible()).toBe(true);
    await page.getByLabel('Email', { exact: true }).fill(DEMO_USER.email);
    await page.getByRole('button', { name: 'Email me a code' }).click();
    await user.heading('Check your email').waitFor();
    // The method switch steps aside while the form waits for the code.
    expect(await page.locator('.demo-switch').isVisible()).toBe(false);
    const signInCode = await user.codeFromInbox('Your code to sign in without a password');
    await user.typeCode(signInCode, 'Sign-in code');
    await user.heading('Two-factor authentication').waitFor();
    // The second code is a different email in the same inbox, and the hint says so.
    await page.getByText('We sent a second, different code to', { exact: false }).waitFor();
    const mfaCode = await user.codeFromInbox('Your two-factor authentication code', [signInCode]);
    await shot(page, 'passwordless-email-challenge');
    await user.typeCode(mfaCode);
    await user.expectSecurityPage();
    expect((await user.waitForStatus('On')).Method).toBe('Email');
  });

  test('turns two-factor authentication off with the password', async () => {
    const seen = await user.inboxCodes('Your two-factor authentication code');
    await pageClock(page, `${demoUrl}/api`)(31); // past the resend cooldown of the last email
    await page.getByRole('button', { name: 'Turn off' }).click();
    await user.stepUp({
      password: DEMO_USER.password,
      code: () => user.codeFromInbox('Your two-factor authentication code', seen),
    });
    await page.getByLabel('Password', { exact: true }).fill(DEMO_USER.password);
    await page.getByRole('button', { name: 'Turn off' }).click();
    expect(await user.waitForStatus('Off')).toEqual({ Status: 'Off' });
    await shot(page, 'security-off-again');
  });

  test('has a dark theme that passes the same accessibility checks', async () => {
    await page.getByLabel('Theme').selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await shot(page, 'security-dark');
    expect(await axeViolations(page)).toEqual([]);
    await user.signOut();
    await shot(page, 'sign-in-dark');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('"Reset demo data" starts the mock afresh, and that too survives a reload', async () => {
    const inbox = page.getByRole('list', { name: 'Emails, newest first' }).getByRole('listitem');
    expect(await inbox.count()).toBeGreaterThan(0);
    await user.signInWithPassword(DEMO_USER.email, DEMO_USER.password);
    await user.expectSecurityPage();
    await page.getByRole('button', { name: 'Reset demo data' }).click();
    await user.heading('Sign in').waitFor();
    await page.getByText('No emails yet.').waitFor();
    await page.reload();
    await user.heading('Sign in').waitFor();
    await page.getByText('No emails yet.').waitFor();
    await user.signInWithPassword(DEMO_USER.email, DEMO_USER.password);
    expect(await user.waitForStatus('Off')).toEqual({ Status: 'Off' });
  });
});
