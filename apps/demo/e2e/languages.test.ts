import { DEMO_USER } from '@authblock/mfa-mock';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { messages as ar } from '../src/locales/ar.ts';
import { messages as de } from '../src/locales/de.ts';
import { type DemoMessages, enDemoMessages as en } from '../src/messages.ts';
import {
  axeViolations,
  horizontalOverflow,
  launchChromium,
  readmeShot,
  skipRestAfterFailure,
  stepShooter,
} from './support.ts';

const demoUrl = inject('mockDemoUrl');

/**
 * The English chrome words still on the page in `translation`'s language: every plain
 * English entry (the text around its `{placeholders}`) that the translation changes,
 * searched as whole words in what the page shows.
 */
async function englishLeft(page: Page, translation: DemoMessages): Promise<string[]> {
  // What the page shows, laid out (textContent would run words of separate elements together).
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point
  const shown = await page.evaluate(() => document.body.innerText);
  const found: string[] = [];
  for (const [key, english] of Object.entries(en)) {
    const translated = translation[key as keyof DemoMessages];
    if (typeof english !== 'string' || english === translated) continue;
    for (const part of english.split(/\{\w+\}/)) {
      const words = part.trim().replace(/^[.,:·]+|[.,:·]+$/g, '');
      if (words.length < 4) continue;
      const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (new RegExp(`(^|\\W)${escaped}(\\W|$)`).test(shown)) found.push(`${key}: "${words}"`);
    }
  }
  return found;
}

// The demo's own chrome (header, pages, the mock's panels) speaks the language picked in
// the header, as the kit's components do: German (long words), then Arabic (right to
// left, mirrored), on a 375 px phone, with nothing sticking out sideways.
describe('the demo in other languages', () => {
  let browser: Browser;
  let page: Page;
  const shot = stepShooter('languages');

  const pageLanguage = () =>
    page.evaluate(() => [document.documentElement.lang, document.dir, document.title]);

  async function fits(step: string): Promise<void> {
    for (const width of [320, 375]) {
      await page.setViewportSize({ width, height: 740 });
      expect(await horizontalOverflow(page), `${step} at ${width} px`).toEqual([]);
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
      locale: 'en-US',
    });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(demoUrl);
  });

  afterAll(async () => {
    await browser?.close();
  });

  skipRestAfterFailure();

  test('German: the sign-in page, header and mock panels', async () => {
    await page.getByRole('heading', { name: en.welcome }).waitFor();
    await page.getByLabel(en.language).selectOption('de');
    await page.getByRole('heading', { name: de.welcome }).waitFor();
    expect(await pageLanguage()).toEqual(['de', 'ltr', de.documentTitle]);
    await page.getByLabel(de.language).waitFor();
    await page.getByLabel(de.theme).waitFor();
    await page.getByRole('button', { name: de.resetDemo }).waitFor();
    await page.getByRole('heading', { name: de.inboxHeading }).waitFor();
    await page.getByRole('complementary', { name: de.demoAccount }).waitFor();
    await page.getByText(de.signInIntro).waitFor();
    expect(await englishLeft(page, de)).toEqual([]);
    await fits('sign-in-german');
  });

  test('German: the security page after signing in', async () => {
    // The kit's own form, in German too.
    await page.getByLabel('E-Mail', { exact: true }).fill(DEMO_USER.email);
    await page.getByLabel('Passwort', { exact: true }).fill(DEMO_USER.password);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.getByRole('heading', { name: de.pageSecurity, exact: true }).waitFor();
    const nav = page.getByRole('navigation', { name: de.pagesNav });
    expect(await nav.getByRole('link').allTextContents()).toEqual([de.pageSecurity, de.pageAdmin]);
    await page.getByRole('button', { name: de.signOut }).waitFor();
    await page.getByText(`Angemeldet als ${DEMO_USER.email}.`, { exact: false }).waitFor();
    expect(await englishLeft(page, de)).toEqual([]);
    await fits('security-german');
  });

  test('Arabic: right to left, mirrored, in Arabic words', async () => {
    await page.getByLabel(de.language).selectOption('ar');
    await page.getByRole('heading', { name: ar.pageSecurity, exact: true }).waitFor();
    await page.getByRole('button', { name: ar.signOut }).waitFor();
    await page.getByRole('navigation', { name: ar.pagesNav }).waitFor();
    await page.getByRole('button', { name: ar.resetDemo }).waitFor();
    expect(await pageLanguage()).toEqual(['ar', 'rtl', ar.documentTitle]);
    expect(await englishLeft(page, ar)).toEqual([]);
    await fits('security-arabic');
    // Mirrored: the brand starts at the right-hand edge, the page's heading too.
    const width = 375;
    const brand = await page.locator('.demo-brand').boundingBox();
    const heading = await page.getByRole('heading', { name: ar.pageSecurity }).boundingBox();
    expect((brand?.x ?? 0) + (brand?.width ?? 0)).toBeGreaterThan(width * 0.8);
    expect((heading?.x ?? 0) + (heading?.width ?? 0)).toBeGreaterThan(width * 0.8);
    expect(await axeViolations(page)).toEqual([]);
    await readmeShot(page, 'arabic');
  });

  test('Arabic is remembered, and a reload paints Arabic from the first frame', async () => {
    await page.reload();
    // The first heading the page shows is already Arabic: the catalogues load before render.
    const firstHeading = await page.waitForSelector('h1');
    expect(await firstHeading.textContent()).toBe(ar.pageSecurity);
    expect(await pageLanguage()).toEqual(['ar', 'rtl', ar.documentTitle]);
    await page.getByLabel(ar.language).selectOption('en');
    await page.getByRole('heading', { name: en.pageSecurity, exact: true }).waitFor();
    expect(await pageLanguage()).toEqual(['en', 'ltr', en.documentTitle]);
    await page.getByRole('button', { name: en.signOut }).click();
    await page.getByRole('heading', { name: en.welcome }).waitFor();
  });

  test('Arabic keeps credentials as typed: isolated from the right-to-left sentence', async () => {
    await page.getByLabel(en.language).selectOption('ar');
    await page.getByRole('heading', { name: ar.welcome }).waitFor();
    // Drawn left to right inside right-to-left text, "Password123!" is not "!Password123".
    const password = page.locator('code', { hasText: DEMO_USER.password }).first();
    expect(await password.getAttribute('dir')).toBe('ltr');
    const box = await password.boundingBox();
    const bang = await password.evaluate((code) => {
      const range = document.createRange();
      const text = code.firstChild as Text;
      range.setStart(text, text.length - 1);
      range.setEnd(text, text.length);
      return range.getBoundingClientRect().x;
    });
    // The "!" is the last character drawn, at the right-hand end of the box.
    expect(bang).toBeGreaterThan((box?.x ?? 0) + (box?.width ?? 0) / 2);
    await page.getByLabel(ar.language).selectOption('en');
    await page.getByRole('heading', { name: en.welcome }).waitFor();
  });
});
