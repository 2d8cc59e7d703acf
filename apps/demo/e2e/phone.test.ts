import { DEMO_USER } from '@authblock/mfa-mock';
import jsQR from 'jsqr';
import { URI } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
  axeViolations,
  DemoUser,
  horizontalOverflow,
  launchChromium,
  pageClock,
  readmeShot,
  skipRestAfterFailure,
  smallTargets,
  stepShooter,
} from './support.ts';

const demoUrl = inject('mockDemoUrl');

/** The QR code in a screenshot of `element`, decoded as a phone's camera would (jsQR). */
async function decodeQr(page: Page, selector: string): Promise<string | undefined> {
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

// Every screen of the demo on a phone: 375 px wide, and 320 px (a small phone, or a
// 1280 px window at 400 % zoom). Nothing may scroll sideways; every radio and checkbox is
// at least 24 × 24 px. Then forced colours (Windows contrast themes): the QR code still
// decodes and the chosen option still shows.
describe('the demo on a phone', () => {
  let browser: Browser;
  let page: Page;
  let user: DemoUser;
  let secret = '';
  const shot = stepShooter('phone');

  /** Checks the screen at both widths, then leaves it at 375 px. */
  async function fitsOnPhones(step: string): Promise<void> {
    for (const width of [320, 375]) {
      await page.setViewportSize({ width, height: 740 });
      expect(await horizontalOverflow(page), `${step} at ${width} px`).toEqual([]);
      expect(await smallTargets(page), `${step} at ${width} px`).toEqual([]);
    }
    await shot(page, step);
  }

  beforeAll(async () => {
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 375, height: 740 },
      colorScheme: 'light',
      isMobile: true,
      hasTouch: true,
    });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(demoUrl);
    user = new DemoUser(page, pageClock(page, `${demoUrl}/api`));
  });

  afterAll(async () => {
    await browser?.close();
  });

  skipRestAfterFailure();

  test('sign-in: password, then an emailed code, fit; the header takes at most two rows', async () => {
    await user.heading('Sign in').waitFor();
    await fitsOnPhones('sign-in');
    const header = await page.locator('.demo-header').boundingBox();
    const row = await page.getByLabel('Theme').boundingBox();
    expect(header?.height ?? 0).toBeLessThanOrEqual(2 * (row?.height ?? 0) + 40);

    await page.getByLabel('Email me a code').check();
    await page.getByLabel('Email', { exact: true }).fill(DEMO_USER.email);
    await page.getByRole('button', { name: 'Email me a code' }).click();
    await user.heading('Check your email').waitFor();
    await fitsOnPhones('passwordless-code');
    await page.getByRole('button', { name: 'Use a different email' }).click();
    await page.getByLabel('Use a password').check();
  });

  test('in forced colours the chosen sign-in method still shows', async () => {
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    const background = (label: string) =>
      page
        .locator('.demo-switch-option', { hasText: label })
        .evaluate((option) => getComputedStyle(option).backgroundColor);
    expect(await background('Use a password')).not.toBe(await background('Email me a code'));
    await shot(page, 'sign-in-forced-colours');
    await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
  });

  test('security, channel choice and authenticator setup fit; the QR code decodes in forced colours', async () => {
    await user.signInWithPassword(DEMO_USER.email, DEMO_USER.password);
    await user.expectSecurityPage();
    await fitsOnPhones('security-off');
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByLabel('Authenticator app').check();
    await fitsOnPhones('channel-choice');
    await page.getByRole('button', { name: 'Continue' }).click();
    await user.heading('Set up your authenticator app').waitFor();
    secret = await user.readManualKey();
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    await fitsOnPhones('totp-setup');
    await readmeShot(page, 'phone');

    const qr = '.abmfa-totp-setup__qr';
    const light = await decodeQr(page, qr);
    expect(light).toMatch(/^otpauth:\/\/totp\//);
    expect(light).toContain(`secret=${secret}`);
    // The authenticator app files it under the app's name, with the account beside it.
    const entry = URI.parse(light ?? '');
    expect([entry.issuer, entry.label]).toEqual(['Northwind', DEMO_USER.email]);
    for (const colorScheme of ['dark', 'light'] as const) {
      await page.emulateMedia({ forcedColors: 'active', colorScheme });
      expect(await decodeQr(page, qr), `forced colours, ${colorScheme}`).toBe(light);
    }
    await shot(page, 'totp-setup-forced-colours');
    await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });

    await user.typeCode(await user.totpCode(secret));
    await user.heading('Save your backup codes').waitFor();
    await fitsOnPhones('backup-codes');
    await user.saveBackupCodes();
    await user.waitForStatus('On');
    await fitsOnPhones('security-on');
  });

  test('switching to email codes fits, with the expiry whole', async () => {
    await page.getByRole('button', { name: 'Switch method' }).click();
    await user.stepUp({ password: DEMO_USER.password, code: () => user.totpCode(secret, 30) });
    await page.getByLabel('Password', { exact: true }).waitFor();
    await fitsOnPhones('switch-method');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_USER.password);
    await page.getByRole('button', { name: 'Turn off' }).click();
    await page.getByLabel('Email', { exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await user.heading('Confirm your email').waitFor();
    await page.getByText('The code expires in 10 minutes.').waitFor();
    await fitsOnPhones('email-setup');
    await user.typeCode(await user.codeFromInbox('Confirm two-factor authentication'));
    await user.saveBackupCodes();
    await user.waitForStatus('On');
  });

  test('the sign-in challenge fits and passes axe at 320 px', async () => {
    await user.signOut();
    await user.signInWithPassword(DEMO_USER.email, DEMO_USER.password);
    await user.heading('Two-factor authentication').waitFor();
    await fitsOnPhones('email-challenge');
    await page.setViewportSize({ width: 320, height: 740 });
    expect(await axeViolations(page)).toEqual([]);
  });
});
