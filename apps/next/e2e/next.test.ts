// The Next.js example, built and served in mock mode, driven in Chromium: what a team
// copying it gets. The sign-in form is safe before hydration (JavaScript off), the first
// byte is in the server's chosen language, a person signs in, and the admin data is
// served only after the server-side check.
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/chromium.ts';

const url = inject('nextUrl');
const DEMO = { email: 'demo@example.com', password: 'Password123!' };
const ADMIN = { email: 'admin@example.com', password: 'Password123!' };

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions);
});
afterAll(() => browser?.close());
beforeEach(async () => {
  const reset = await fetch(`${url}/mock-api/__mock/reset`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  expect(reset.status).toBe(200);
});

/** Signs in over the API and hands the token to the app, as the sign-in page does. */
async function sessionCookie(user: { email: string; password: string }): Promise<string> {
  const signIn = await fetch(`${url}/mock-api/auth/sign_in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-API-Key': 'pk_test_mock' },
    body: JSON.stringify(user),
  });
  const body = (await signIn.json()) as {
    data: { id: string };
    meta: { auth: { access_token: string } };
  };
  const session = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId: body.data.id, accessToken: body.meta.auth.access_token }),
  });
  expect(session.status).toBe(204);
  const cookie = session.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

/** The code the admin's authenticator app shows now (the mock's development route). */
async function totpCode(email: string): Promise<string> {
  const response = await fetch(`${url}/mock-api/__mock/totp_code`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  const body = (await response.json()) as { data: { attributes: { code: string } } };
  return body.data.attributes.code;
}

describe('the Next.js example', () => {
  it('with JavaScript off, submitting the sign-in form puts no secret in a URL and sends it nowhere', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const sent: string[] = [];
    page.on('request', (request) => sent.push(`${request.url()} ${request.postData() ?? ''}`));
    await page.goto(`${url}/sign-in`);
    await page.getByLabel('Email').fill(DEMO.email);
    await page.getByLabel('Password').fill(DEMO.password);
    await page.getByLabel('Password').press('Enter');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForTimeout(500);
    expect(page.url()).toBe(`${url}/sign-in`);
    expect(sent.filter((line) => line.includes('Password123'))).toEqual([]);
    expect(sent.filter((line) => line.includes('password='))).toEqual([]);
    await context.close();
  });

  it('renders the language the server chose in the first byte', async () => {
    const german = await (
      await fetch(`${url}/sign-in`, { headers: { cookie: 'locale=de' } })
    ).text();
    expect(german).toContain('<html lang="de" dir="ltr"');
    expect(german).toContain('Passwort');
    const arabic = await (
      await fetch(`${url}/sign-in`, { headers: { 'accept-language': 'ar-EG,ar;q=0.9' } })
    ).text();
    expect(arabic).toContain('<html lang="ar" dir="rtl"');
    expect(arabic).toContain('كلمة المرور');
  });

  it('signs in with the kit and shows the security page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/sign-in`);
    await page.getByLabel('Email').fill(DEMO.email);
    await page.getByLabel('Password').fill(DEMO.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${url}/security`);
    await page.locator('.abmfa-settings').waitFor();
    expect(page.url()).not.toContain('?');
    await context.close();
  });

  it('serves the admin data only once the server-side check passes', async () => {
    const cookie = await sessionCookie(ADMIN);
    // MFA off: the server sends the screen gate and none of the data.
    const refused = await (await fetch(`${url}/admin`, { headers: { cookie } })).text();
    // (The page's HTML and React's payload of it: the table would be in either.)
    expect(refused).not.toContain('admin-users');
    expect(refused).not.toContain('demo@example.com');
    // An authenticator app on (the mock's dev route), the same token now gets the data.
    await fetch(`${url}/mock-api/__mock/mfa`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: ADMIN.email, channel: 'totp' }),
    });
    // The client in Next's edge runtime reads the same status (api/edge-status).
    const edge = await fetch(`${url}/api/edge-status`, { headers: { cookie } });
    expect(await edge.json()).toEqual({ runtime: 'edge', enabled: true });
    const served = await (await fetch(`${url}/admin`, { headers: { cookie } })).text();
    expect(served).toContain('admin-users');
    expect(served).toContain('demo@example.com');
    // And in the browser the screen gate lets the page through.
    const context = await browser.newContext();
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url }]);
    const page = await context.newPage();
    await page.goto(`${url}/admin`);
    await page.getByTestId('admin-users').waitFor();
    await context.close();
  });

  it('reads the audit log in a server action only behind a step-up the server checked', async () => {
    const cookie = await sessionCookie(ADMIN);
    await fetch(`${url}/mock-api/__mock/mfa`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: ADMIN.email, channel: 'totp' }),
    });
    const context = await browser.newContext();
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url }]);
    const page = await context.newPage();
    // Every call of a server action is a POST carrying its id in `Next-Action`.
    const actionCalls: { headers: Record<string, string>; body: string }[] = [];
    page.on('request', (request) => {
      const headers = request.headers();
      if (headers['next-action']) actionCalls.push({ headers, body: request.postData() ?? '' });
    });
    await page.goto(`${url}/admin`);
    await page.getByTestId('admin-users').waitFor();
    const dialog = page.getByRole('dialog', { name: 'Confirm it’s you' });
    const log = page.getByTestId('admin-audit-log');

    // Cancelled: the action is never called, and nothing of the log reaches the page.
    await page.getByRole('button', { name: 'Show the audit log' }).click();
    await dialog.getByLabel('Verification code', { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForTimeout(300);
    expect(actionCalls).toEqual([]);
    expect(await log.count()).toBe(0);

    // The code from the authenticator app: the server checks it, then reads the log.
    await page.getByRole('button', { name: 'Show the audit log' }).click();
    const code = await totpCode(ADMIN.email);
    await dialog.getByLabel('Verification code', { exact: true }).fill(code);
    await dialog.waitFor({ state: 'hidden' });
    await log.waitFor();
    expect(await log.getByText('user.login').count()).toBeGreaterThan(0);
    expect(actionCalls).toHaveLength(1);
    await context.close();

    // The same action called directly with the session cookie alone (no step-up record):
    // without a proof, or with the code already spent, the server refuses and reads nothing.
    const [call] = actionCalls;
    if (!call) throw new Error('no action call');
    const direct = (proof: unknown) =>
      fetch(`${url}/admin`, {
        method: 'POST',
        headers: { ...call.headers, cookie },
        body: JSON.stringify([proof]),
      }).then((response) => response.text());
    expect(call.body).toContain(code);
    for (const proof of [null, { kind: 'recent' }, { kind: 'code', code }]) {
      const answer = await direct(proof);
      expect(answer).toContain('"ok":false');
      expect(answer).not.toContain('user.login');
    }
    expect(await direct({ kind: 'recent' })).toContain('step_up_required');
  });
});
