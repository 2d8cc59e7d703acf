import { readFile, writeFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { messages as ar } from '../src/locales/ar.ts';
import { messages as de } from '../src/locales/de.ts';
import { messages as es } from '../src/locales/es.ts';
import { messages as fr } from '../src/locales/fr.ts';
import { messages as ja } from '../src/locales/ja.ts';
import { messages as ptBR } from '../src/locales/pt-BR.ts';
import { enDemoMessages as en } from '../src/messages.ts';
import {
  axeViolations,
  DemoUser,
  horizontalOverflow,
  launchChromium,
  openDemo,
  pageClock,
  readmeShot,
  skipRestAfterFailure,
  stepShooter,
} from './support.ts';

const demoUrl = inject('mockDemoUrl');
const admin = { email: 'admin@example.com', password: 'Password123!' };

/** Parses RFC 4180 CSV (quoted cells, doubled quotes, CRLF) after its UTF-8 byte-order mark. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((line) =>
      [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((match) =>
        match[1] !== undefined ? match[1].replaceAll('""', '"') : (match[2] ?? ''),
      ),
    );
}

// The tenant admin's story, on the demo's in-page mock with its seeded 250-user tenant.
describe('the Admin page', () => {
  let browser: Browser;
  let page: Page;
  let user: DemoUser;
  const shot = stepShooter('admin');

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openDemo(browser, demoUrl);
    user = new DemoUser(page, pageClock(page, `${demoUrl}/api`));
  });

  afterAll(async () => {
    await browser?.close();
  });

  skipRestAfterFailure();

  test('the admin signs in and is made to set up an authenticator app first', async () => {
    await user.signInWithPassword(admin.email, admin.password);
    await user.expectSecurityPage();
    await page.getByRole('link', { name: 'Admin' }).click();
    await user.heading('Admin').waitFor();
    await page.getByText('This page needs an authenticator app. Set it up to continue.').waitFor();
    // Only the authenticator app, named: no radio group of one.
    expect(await page.getByRole('radio').count()).toBe(0);
    await page.getByText('Authenticator app', { exact: true }).waitFor();
    await shot(page, 'require-totp');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Continue' }).click();
    const secret = await user.readManualKey();
    await user.typeCode(await user.totpCode(secret));
    await user.saveBackupCodes();
    // "Done" leaves the setup: focus goes to the page's first heading, not the body.
    await page.getByRole('heading', { name: 'MFA adoption' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('MFA adoption');
  });

  test('sees the dashboard on the tenant: adoption, roles, warning signs', async () => {
    await page
      .getByText(/Loaded \d+ of 250 users|Loaded \d+ of \d+ audit events/)
      .first()
      .waitFor();
    await page.getByRole('heading', { name: /Adoption by role/ }).waitFor({ timeout: 30_000 });
    const adoption = await page.locator('[data-figure="adoption"]').textContent();
    expect(adoption).toMatch(/\d+%/);
    expect(adoption).toMatch(/of 240 people/);
    // The admin's own TOTP counts now: they are not among the owners and admins without it.
    const gaps = page.locator('[data-list="owners-and-admins-without-an-authenticator-app"] tbody');
    expect(await gaps.textContent()).not.toContain(admin.email);
    for (const list of ['backup-code-sign-ins', 'repeated-failures', 'setup-and-disable-churn']) {
      expect(await page.locator(`[data-list="${list}"] tbody tr`).count()).toBeGreaterThan(0);
    }
    await shot(page, 'dashboard');
    expect(await axeViolations(page)).toEqual([]);
    await readmeShot(page, 'admin');
    // For a report: `DASHBOARD_SHOT=/path/to.png pnpm e2e` saves the whole dashboard.
    if (process.env.DASHBOARD_SHOT) {
      const dashboard = page.getByRole('region', { name: 'MFA adoption' });
      await writeFile(process.env.DASHBOARD_SHOT, await dashboard.screenshot());
    }
  });

  test('filters by role and exports a CSV whose rows match the table', async () => {
    await page.getByRole('combobox', { name: 'Role' }).selectOption('admin');
    const byRole = page.locator('[data-list="adoption-by-role"]');
    await byRole.locator('tbody tr').first().waitFor();
    expect(await byRole.locator('tbody tr td:first-child').allTextContents()).toEqual(['Admin']);

    const list = page.locator('[data-list="owners-and-admins-without-an-authenticator-app"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      list.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('owners-and-admins-without-an-authenticator-app.csv');
    const csv = parseCsv(await readFile(await download.path(), 'utf8'));
    const headers = await list.locator('thead th').allTextContents();
    const rows = await list
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      );
    expect(csv[0]).toEqual(headers);
    expect(csv.slice(1)).toEqual(rows);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row[1]).toContain('Admin');
  });

  test('opens one admin’s record from the list and comes back to it by keyboard', async () => {
    const list = page.locator('[data-list="owners-and-admins-without-an-authenticator-app"]');
    const opener = list.locator('tbody tr').first().getByRole('button');
    const email = (await opener.textContent()) ?? '';
    await opener.focus();
    await page.keyboard.press('Enter');
    const record = page.getByRole('region', { name: email });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(email);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    await record.locator('[data-fact="role"]').filter({ hasText: 'Admin' }).waitFor();
    expect(await record.locator('[data-fact="mfa"]').textContent()).toMatch(/^(On|Off)$/);
    await record.getByRole('heading', { name: /Recent MFA events/ }).waitFor();
    await shot(page, 'user-record');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await record.waitFor({ state: 'detached' });
    expect(await opener.evaluate((button) => button === document.activeElement)).toBe(true);
  });

  test('the audit events table filters by action', async () => {
    const events = page.getByRole('region', { name: 'Audit events' });
    await events.getByRole('combobox', { name: 'Action' }).selectOption('mfa.enabled');
    await events.getByRole('button', { name: 'Apply filters' }).click();
    await events.locator('tbody td[data-column="action"]').first().waitFor();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('tbody td[data-column="action"]')].every(
        (cell) => cell.textContent === 'Two-factor turned on',
      ),
    );
    // The admin's own setup a moment ago is the newest entry.
    expect(await events.locator('tbody td[data-column="actor"]').first().textContent()).toBe(
      admin.email,
    );
    await shot(page, 'audit-events');
  });

  test('the Action filter offers what the log holds; the export covers every matching event', async () => {
    const events = page.getByRole('region', { name: 'Audit events' });
    const actions = await events
      .getByRole('combobox', { name: 'Action' })
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(actions).toEqual(expect.arrayContaining(['mfa.email_sent', 'passwordless.code_sent']));

    await events.getByRole('combobox', { name: 'Action' }).selectOption('mfa.failed');
    await events.getByRole('button', { name: 'Apply filters' }).click();
    const count = events.getByText(/^[\d,]+ events$/);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('tbody td[data-column="action"]')].every(
        (cell) => cell.textContent === 'Code refused',
      ),
    );
    const total = Number(((await count.textContent()) ?? '').replace(/\D/g, ''));
    // More than one page of the table: the export is not "events on this page".
    expect(total).toBeGreaterThan(20);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      events.getByRole('button', { name: /^Export all [\d,]+ events as CSV$/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('audit-events.csv');
    const csv = parseCsv(await readFile(await download.path(), 'utf8'));
    expect(csv).toHaveLength(total + 1);
    for (const row of csv.slice(1)) {
      expect(row[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      expect(row[1]).toBe('mfa.failed');
    }
  });

  test('fits a 320 px phone in all seven languages, light, dark and forced colours', async () => {
    const language = page.locator('.demo-header select').first();
    const pages = { en, es, fr, de, 'pt-BR': ptBR, ja, ar };
    /** Nothing scrolls sideways at 320 or 375 px; then a picture of the whole page. */
    const fits = async (step: string) => {
      for (const width of [320, 375]) {
        await page.setViewportSize({ width, height: 740 });
        expect(await horizontalOverflow(page), `${step} at ${width} px`).toEqual([]);
      }
      await shot(page, step);
    };
    for (const [locale, text] of Object.entries(pages)) {
      await language.selectOption(locale);
      await page.locator(`html[lang="${locale}"]`).waitFor();
      await page.getByRole('heading', { name: text.pageAdmin, exact: true }).waitFor();
      await page.locator('[data-list="adoption-by-role"] tbody tr').first().waitFor();
      await fits(`phone-${locale}`);
    }
    // Arabic (right to left) is on: dark, then a Windows contrast theme.
    await page.emulateMedia({ colorScheme: 'dark' });
    await fits('phone-ar-dark');
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
    await fits('phone-ar-forced-colours');
    await page.emulateMedia({ forcedColors: 'none' });
    await language.selectOption('en');
    await page.setViewportSize({ width: 1280, height: 860 });
  });
});
