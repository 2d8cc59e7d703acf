import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { authenticatorCode } from '@authblock/mfa-mock';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterEach, beforeEach } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/chromium.ts';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
/** Every step's screenshot, git-ignored. */
const stepShotsDir = join(repoRoot, '.e2e-screenshots');
/** The README's pictures, rewritten only on request so CI leaves the tree clean. */
const readmeShotsDir = join(repoRoot, 'docs', 'screenshots');
const updateReadmeShots = process.env.UPDATE_SCREENSHOTS === '1';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...chromiumLaunchOptions });
}

/** A fresh page at a size that fits the demo's two columns. */
export async function openDemo(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    colorScheme: 'light',
    // The backup-codes step copies to the clipboard.
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  // A step that cannot happen fails in seconds, not at the 30 s default.
  page.setDefaultTimeout(10_000);
  await page.goto(url);
  return page;
}

/** Saves the step's screenshot as `<suite>/<nn>-<step>.png`. */
export function stepShooter(suite: string) {
  let index = 0;
  return async (page: Page, step: string) => {
    index += 1;
    const dir = join(stepShotsDir, suite);
    await mkdir(dir, { recursive: true });
    const name = `${String(index).padStart(2, '0')}-${step}.png`;
    await page.screenshot({ path: join(dir, name), fullPage: true });
  };
}

/** Writes `docs/screenshots/<name>.png` when `UPDATE_SCREENSHOTS=1`. */
export async function readmeShot(
  page: Page,
  name: 'setup' | 'challenge' | 'admin' | 'phone' | 'language' | 'arabic',
): Promise<void> {
  if (!updateReadmeShots) return;
  await mkdir(readmeShotsDir, { recursive: true });
  await writeFile(join(readmeShotsDir, `${name}.png`), await page.screenshot({ fullPage: true }));
}

/** Moves the mock's clock on by `seconds` and answers with its new time (ms). */
export type MockClock = (seconds: number) => Promise<number>;

interface ClockDocument {
  data: { attributes: { now_ms: number } };
}

/** The in-page mock's clock, reached from the page as the demo's own requests are. */
export function pageClock(page: Page, apiBaseUrl: string): MockClock {
  return (seconds) =>
    page.evaluate(
      async ({ url, advance }) => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ advance_seconds: advance }),
        });
        const body = (await response.json()) as ClockDocument;
        return body.data.attributes.now_ms;
      },
      { url: `${apiBaseUrl}/__mock/clock`, advance: seconds },
    );
}

/** Puts the standalone mock back to its seeded state (a suite starts from a known tenant). */
export async function resetMock(mockUrl: string): Promise<void> {
  const response = await fetch(`${mockUrl}/__mock/reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  if (!response.ok) throw new Error(`the mock did not reset: HTTP ${response.status}`);
}

/** The standalone mock's clock over HTTP. */
export function httpClock(mockUrl: string): MockClock {
  return async (seconds) => {
    const response = await fetch(`${mockUrl}/__mock/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advance_seconds: seconds }),
    });
    const body = (await response.json()) as ClockDocument;
    return body.data.attributes.now_ms;
  };
}

/** What a person does in the demo, step by step, through visible labels and roles. */
export class DemoUser {
  constructor(
    readonly page: Page,
    private readonly clock: MockClock,
  ) {}

  heading(name: string) {
    return this.page.getByRole('heading', { name, exact: true });
  }

  async signInWithPassword(email: string, password: string): Promise<void> {
    const page = this.page;
    await this.heading('Sign in').waitFor();
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  async expectSecurityPage(): Promise<void> {
    await this.heading('Security').waitFor();
    await this.heading('Two-factor authentication').waitFor();
  }

  /** The settings card's facts as label → value (`Status`, `Method`, ...). */
  async settingsFacts(): Promise<Record<string, string>> {
    const facts = this.page.locator('.abmfa-settings__fact');
    await facts.first().waitFor();
    const entries: Record<string, string> = {};
    for (const fact of await facts.all()) {
      const label = (await fact.locator('dt').textContent())?.trim() ?? '';
      entries[label] = (await fact.locator('dd').textContent())?.trim() ?? '';
    }
    return entries;
  }

  async waitForStatus(status: 'On' | 'Off'): Promise<Record<string, string>> {
    await this.page
      .locator('.abmfa-settings__fact')
      .filter({ hasText: 'Status' })
      .filter({ hasText: status })
      .waitFor();
    return this.settingsFacts();
  }

  /** Reads the manual-entry key as a person would copy it: the text on the page. */
  async readManualKey(): Promise<string> {
    const page = this.page;
    await page.getByText("Can't scan? Enter the key manually").click();
    const key = page.locator('.abmfa-totp-setup__secret');
    await key.waitFor();
    return ((await key.textContent()) ?? '').replace(/\s+/g, '');
  }

  /** The authenticator app's code now, on the mock's clock, `advance` seconds later. */
  async totpCode(secret: string, advance = 0): Promise<string> {
    return authenticatorCode(secret, await this.clock(advance));
  }

  async typeCode(code: string, label = 'Verification code'): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).fill(code);
  }

  /** Reads the 10 codes, ticks "I have saved these codes" and finishes. */
  async saveBackupCodes(): Promise<string[]> {
    const page = this.page;
    await this.heading('Save your backup codes').waitFor();
    const codes = await page
      .getByRole('list', { name: 'Backup codes' })
      .getByRole('listitem')
      .allTextContents();
    await page.getByLabel('I have saved these codes').check();
    await page.getByRole('button', { name: 'Done' }).click();
    return codes.map((code) => code.trim());
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign out' }).click();
    await this.heading('Sign in').waitFor();
  }

  /**
   * Passes the step-up dialog in front of a sensitive change: the full step-up when
   * `password` is given (the password, then sign-in's second step), else the code alone.
   * `code` is asked for once the code field shows (an emailed code has been sent by then).
   */
  async stepUp({ password, code }: { password?: string; code: () => Promise<string> }) {
    const dialog = this.page.getByRole('dialog', { name: 'Confirm it’s you' });
    await dialog.waitFor();
    if (password) {
      await dialog.getByLabel('Password', { exact: true }).fill(password);
      await dialog.getByRole('button', { name: 'Confirm' }).click();
    }
    const field = dialog.getByLabel('Verification code', { exact: true });
    await field.waitFor();
    await field.fill(await code());
    await dialog.waitFor({ state: 'hidden' });
  }

  /** Every code in the mock inbox panel with this subject, newest first. */
  async inboxCodes(subject: string): Promise<string[]> {
    const codes = await this.page
      .getByRole('list', { name: 'Emails, newest first' })
      .getByRole('listitem')
      .filter({ hasText: subject })
      .locator('.demo-inbox-code-value')
      .allTextContents();
    return codes.map((code) => code.trim());
  }

  /** The code in the newest email of the mock inbox panel with this subject. */
  async codeFromInbox(subject: string, notIn: readonly string[] = []): Promise<string> {
    const newest = this.page
      .getByRole('list', { name: 'Emails, newest first' })
      .getByRole('listitem')
      .first();
    for (;;) {
      await newest.filter({ hasText: subject }).waitFor();
      const code = ((await newest.locator('.demo-inbox-code-value').textContent()) ?? '').trim();
      if (!notIn.includes(code)) return code;
      await this.page.waitForTimeout(200);
    }
  }
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

// Injected into the page as a script, so it is the file's path that is needed.
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe on the page as it is now; answers each violation as `rule: help (targets)`. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ path: axeSource });
  }
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return (violations as AxeViolation[]).map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

/**
 * The steps of a flow build on each other (each starts where the last one ended), so
 * after a failure the rest are skipped instead of failing for the same reason.
 */
export function skipRestAfterFailure(): void {
  let isBroken = false;
  beforeEach((context) => {
    if (isBroken) context.skip('an earlier step failed');
  });
  afterEach((context) => {
    if (context.task.result?.state === 'fail') isBroken = true;
  });
}

/**
 * Elements that stick out of the viewport sideways, and whether the page scrolls
 * horizontally at all. Visually hidden text (1 px, clipped) does not count, nor what sits
 * in a box that scrolls sideways on its own (a wide data table): the box itself counts.
 * (Clipped content, `overflow: hidden`, still counts: nobody can scroll to it.)
 */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width) {
      found.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    }
    const insideScroller = (element: Element) => {
      for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
        const overflow = getComputedStyle(box).overflowX;
        if (overflow === 'auto' || overflow === 'scroll') return true;
      }
      return false;
    };
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      if (getComputedStyle(element).visibility === 'hidden') continue;
      if (insideScroller(element)) continue;
      if (box.right > width + 0.5 || box.left < -0.5) {
        const name = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
        found.push(`${name} spans ${Math.round(box.left)}–${Math.round(box.right)} of ${width}`);
      }
    }
    return found;
  });
}

/** Visible radios and checkboxes smaller than 24 × 24 px (WCAG 2.5.8), as `label: w×h`. */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')]
      .map((input) => ({ input, box: input.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
      .map(
        ({ input, box }) =>
          `${input.labels?.[0]?.textContent?.trim() ?? input.name}: ${box.width}×${box.height}`,
      ),
  );
}
