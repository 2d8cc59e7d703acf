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

const demoUrl = inject('httpDemoUrl');
const mockUrl = inject('standaloneMockUrl');

// The demo built with AUTHBLOCK_API_URL pointing at the standalone mock (`pnpm mock`):
// every request crosses real HTTP (and CORS) between two local ports.
describe('the demo against the standalone mock over real HTTP', () => {
  let browser: Browser;
  let page: Page;
  let user: DemoUser;
  const shot = stepShooter('http');
  let secret = '';
  const apiRequests: string[] = [];

  beforeAll(async () => {
    await resetMock(mockUrl);
    browser = await launchChromium();
    page = await openDemo(browser, demoUrl);
    page.on('request', (request) => {
      if (request.url().startsWith(mockUrl)) apiRequests.push(request.url());
    });
    user = new DemoUser(page, httpClock(mockUrl));
  });

  afterAll(async () => {
    await browser?.close();
  });

  skipRestAfterFailure();

  test('shows no mock panels and signs in over HTTP', async () => {
    await user.heading('Sign in').waitFor();
    expect(await page.getByRole('heading', { name: 'Mock inbox' }).count()).toBe(0);
    expect(await page.getByRole('complementary', { name: 'Demo account' }).count()).toBe(0);
    await user.signInWithPassword(DEMO_USER.email, DEMO_USER.password);
    await user.expectSecurityPage();
    expect(await user.settingsFacts()).toEqual({ Status: 'Off' });
    expect(apiRequests.some((url) => url.endsWith('/auth/sign_in'))).toBe(true);
    await shot(page, 'security-off');
  });

  test('turns on the authenticator app and signs in again with a fresh code', async () => {
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByLabel('Authenticator app').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await user.heading('Set up your authenticator app').waitFor();
    secret = await user.readManualKey();
    await user.typeCode(await user.totpCode(secret));
    expect(await user.saveBackupCodes()).toHaveLength(10);
    expect((await user.waitForStatus('On')).Method).toBe('Authenticator app');
    await shot(page, 'security-totp-on');

    await user.signOut();
    await user.signInWithPassword(DEMO_USER.email, DEMO_USER.password);
    await user.heading('Two-factor authentication').waitFor();
    await user.typeCode(await user.totpCode(secret, 30));
    await user.expectSecurityPage();
    expect((await user.waitForStatus('On')).Method).toBe('Authenticator app');
    await shot(page, 'signed-in-with-totp');

    // The backend itself agrees: the user's MFA is on, with TOTP.
    const events = (await (await fetch(`${mockUrl}/__mock/events`)).json()) as {
      data: { attributes: { action: string; method?: string } }[];
    };
    const actions = events.data.map((event) => event.attributes.action);
    expect(actions).toContain('enabled');
    expect(actions.filter((action) => action === 'signed_in').length).toBeGreaterThanOrEqual(2);
  });
});
