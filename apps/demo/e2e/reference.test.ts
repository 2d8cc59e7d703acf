import { DEMO_USER } from '@authblock/mfa-mock';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
  DemoUser,
  httpClock,
  launchChromium,
  openDemo,
  resetMock,
  skipRestAfterFailure,
  stepShooter,
} from './support.ts';

const demoUrl = inject('referenceDemoUrl');
const mockUrl = inject('referenceMockUrl');

interface AuditDocument {
  data: { attributes: { action: string; method?: string } }[];
}

// The TOTP and backup-code flows once more, against `pnpm mock --dialect reference` over
// real HTTP: "MFA required" arrives as a 200 error document without user or channel, the
// MFA answers carry `enabled` and `{ valid, message }`, and a backup code is only accepted
// in the `backup_code` field. The demo is the same build as against any server.
describe('the demo against the standalone mock in the API reference dialect', () => {
  let browser: Browser;
  let page: Page;
  let user: DemoUser;
  const shot = stepShooter('reference');
  let secret = '';
  let backupCodes: string[] = [];

  beforeAll(async () => {
    await resetMock(mockUrl);
    browser = await launchChromium();
    page = await openDemo(browser, demoUrl);
    user = new DemoUser(page, httpClock(mockUrl));
  });

  afterAll(async () => {
    await browser?.close();
  });

  skipRestAfterFailure();

  test('turns on the authenticator app', async () => {
    await user.signInWithPassword(DEMO_USER.email, DEMO_USER.password);
    await user.expectSecurityPage();
    expect((await user.settingsFacts()).Status).toBe('Off');
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByLabel('Authenticator app').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await user.heading('Set up your authenticator app').waitFor();
    secret = await user.readManualKey();
    await user.typeCode(await user.totpCode(secret));
    backupCodes = await user.saveBackupCodes();
    expect(backupCodes).toHaveLength(10);
    // The reference's enable answers `{ enabled, message }` only: the count comes with the
    // next status read.
    await user.waitForStatus('On');
    await shot(page, 'security-totp-on');
  });

  test('signs in again with a fresh code from the app', async () => {
    await user.signOut();
    await user.signInWithPassword(DEMO_USER.email, DEMO_USER.password);
    await user.heading('Two-factor authentication').waitFor();
    await shot(page, 'challenge');
    await user.typeCode(await user.totpCode(secret, 30));
    await user.expectSecurityPage();
    await user.waitForStatus('On');
  });

  test('signs in with a backup code, which is then spent', async () => {
    await user.signOut();
    await user.signInWithPassword(DEMO_USER.email, DEMO_USER.password);
    await page.getByRole('button', { name: 'Use a backup code instead' }).click();
    await user.typeCode(backupCodes[0] ?? '', 'Backup code');
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await user.expectSecurityPage();
    expect((await user.waitForStatus('On'))['Backup codes remaining']).toBe('9');
    await shot(page, 'signed-in-with-backup-code');

    // The backend agrees: a backup code was used (the reference reads it from
    // `backup_code` only, so the client sent it there).
    const events = (await (await fetch(`${mockUrl}/__mock/events`)).json()) as AuditDocument;
    expect(events.data.map((event) => event.attributes.action)).toContain('backup_code_used');
  });
});
