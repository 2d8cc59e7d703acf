// A person's record, opened from their row in the dashboard: what the admin learns about
// them, and that keyboard and screen-reader users get there and back.
import { ADMIN_USER, createMockBackend } from '@authblock/mfa-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  expectNoAxeViolations,
  freshBackend,
  renderWithQueries,
  testAdminClient,
} from '../test/harness.tsx';
import { MfaAdoption } from './MfaAdoption.tsx';
import './styles.css';

/** The default tenant (a member and the admin); the admin turned on email codes. */
let tenant: ReturnType<typeof createMockBackend>;

beforeEach(async () => {
  const mock = await freshBackend();
  tenant = createMockBackend();
  mock.worker.use(...tenant.handlers);
  // Email codes, not the authenticator app the guide advises: the admin is listed.
  await tenant.enableMfaFor(ADMIN_USER.email, 'email');
});

async function openAdminRecord(locale: string, width = 1000) {
  const client = testAdminClient(await tenant.issueToken(ADMIN_USER.email));
  const screen = await renderWithQueries(
    <div style={{ width: `${width}px` }}>
      <MfaAdoption client={client} locale={locale} />
    </div>,
  );
  const opener = screen.getByRole('button', { name: ADMIN_USER.email });
  await expect.element(opener, { timeout: 10_000 }).toBeVisible();
  await expect.element(opener).toHaveAttribute('aria-expanded', 'false');
  (opener.element() as HTMLElement).focus();
  await userEvent.keyboard('{Enter}');
  const record = screen.container.querySelector('[data-user-record]') as HTMLElement;
  expect(record).not.toBeNull();
  return { screen, opener, record };
}

const fact = (record: HTMLElement, name: string) =>
  record.querySelector(`[data-fact="${name}"]`)?.textContent;

describe('a person’s record', () => {
  it('opens from their email with focus on its heading, and says what the admin needs', async () => {
    const { screen, opener, record } = await openAdminRecord('en');
    const heading = screen.getByRole('heading', { name: ADMIN_USER.email, level: 3 });
    await expect.element(heading).toHaveFocus();
    await expect.element(opener).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(() => fact(record, 'mfa')).toBe('On');
    expect(fact(record, 'channel')).toBe('Email codes');
    expect(fact(record, 'role')).toBe('Admin');
    expect(fact(record, 'last-sign-in')).toBe('Never');
    // Their MFA events from the audit log (`actor_id`), in words, not ids.
    await expect
      .element(screen.getByRole('heading', { name: /Recent MFA events/, level: 4 }))
      .toBeVisible();
    const actions = [...record.querySelectorAll('td[data-column="action"]')].map(
      (cell) => cell.textContent,
    );
    expect(actions).toContain('Two-factor turned on');
    const details = [...record.querySelectorAll('td[data-column="details"]')].map(
      (cell) => cell.textContent,
    );
    expect(details).toContain('Method: Email code');
    await expectNoAxeViolations(screen.container);
  });

  it('closes with Escape or Close, focus back on the email that opened it', async () => {
    const { screen, opener } = await openAdminRecord('en');
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => screen.container.querySelector('[data-user-record]')).toBeNull();
    await expect.element(opener).toHaveFocus();
    await expect.element(opener).toHaveAttribute('aria-expanded', 'false');

    await userEvent.click(opener);
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    await expect.poll(() => screen.container.querySelector('[data-user-record]')).toBeNull();
    await expect.element(opener).toHaveFocus();
  });

  it.each([
    ['es', 'Administrador', 'Verificación en dos pasos activada'],
    ['fr', 'Administrateur', 'Double authentification activée'],
    ['de', 'Administrator', 'Zwei-Faktor eingeschaltet'],
    ['pt-BR', 'Administrador', 'Dois fatores ativado'],
    ['ja', '管理者', '2 段階認証をオン'],
    ['ar', 'المسؤول', 'فُعّل التحقق بخطوتين'],
  ])(
    'speaks %s at 375 px: role and events in words, nothing wider than the screen',
    async (locale, role, enabled) => {
      const { record } = await openAdminRecord(locale, 375);
      await expect.poll(() => fact(record, 'role')).toBe(role);
      await expect
        .poll(() =>
          [...record.querySelectorAll('td[data-column="action"]')].map((cell) => cell.textContent),
        )
        .toContain(enabled);
      expect(record.textContent).not.toContain('mfa.');
      // The record fits: only its events table may scroll sideways, inside its own region.
      expect(record.scrollWidth).toBeLessThanOrEqual(record.clientWidth);
    },
  );
});
