import { DEMO_USER } from '@authblock/mfa-mock';
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  captureDownloads,
  expectNoAxeViolations,
  renderWithQueries,
  type SeededTenant,
  seededTenant,
  testClient,
} from '../test/harness.tsx';
import { AuditEventsTable } from './AuditEventsTable.tsx';
import './styles.css';

let mock: SeededTenant['mock'];
let tenant: SeededTenant['tenant'];
let adminClient: SeededTenant['adminClient'];
beforeEach(async () => {
  ({ mock, tenant, adminClient } = await seededTenant());
});
afterEach(() => vi.restoreAllMocks());

async function renderTable(locale = 'en-US') {
  const client = await adminClient();
  return renderWithQueries(<AuditEventsTable client={client} pageSize={10} locale={locale} />);
}

const column = (container: Element, name: string) =>
  [...container.querySelectorAll(`tbody td[data-column="${name}"]`)].map(
    (cell) => cell.textContent,
  );

describe('AuditEventsTable', () => {
  it('pages through the audit log, newest first', async () => {
    const screen = await renderTable();
    await expect.element(screen.getByText(/^Page 1 of \d+$/), { timeout: 10_000 }).toBeVisible();
    expect(screen.container.querySelectorAll('tbody tr')).toHaveLength(10);
    const firstPage = column(screen.container, 'time');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await expect.element(screen.getByText(/^Page 2 of \d+$/)).toBeVisible();
    expect(column(screen.container, 'time')).not.toEqual(firstPage);
    await expectNoAxeViolations();
  });

  it('filters by action and status', async () => {
    const screen = await renderTable();
    await expect.element(screen.getByText(/^Page 1 of/), { timeout: 10_000 }).toBeVisible();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Action' }), 'mfa.failed');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'failure');
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await expect
      .poll(() => new Set(column(screen.container, 'action')))
      .toEqual(new Set(['Code refused']));
    expect(new Set(column(screen.container, 'status'))).toEqual(new Set(['Failure']));
  });

  it('speaks its locale: words, counts and dates (French)', async () => {
    const screen = await renderTable('fr-CA');
    await expect.element(screen.getByText(/^Page 1 sur \d+$/), { timeout: 10_000 }).toBeVisible();
    await expect.element(screen.getByRole('heading', { name: 'Événements d’audit' })).toBeVisible();
    expect(screen.getByText(/^\d[\d\s\u202f]* événements$/).elements()).toHaveLength(1);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Statut' }), 'failure');
    await userEvent.click(screen.getByRole('button', { name: 'Appliquer les filtres' }));
    await expect
      .poll(() => new Set(column(screen.container, 'status')))
      .toEqual(new Set(['Échoué']));
    // Dates in French, from Intl: a French month name, no English one.
    const times = column(screen.container, 'time').join(' ');
    expect(times).toMatch(/janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\./);
    expect(times).not.toMatch(/Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/);
  });
});

describe('AuditEventsTable: what the log holds', () => {
  it('offers in the Action filter every action the log holds', async () => {
    // An emailed sign-in code and a passwordless code: actions beyond the reference's.
    await tenant.enableMfaFor(DEMO_USER.email, 'email');
    const signIn = await testClient().auth.signIn({
      email: DEMO_USER.email,
      password: DEMO_USER.password,
    });
    expect(signIn.status).toBe('mfa_required');
    await testClient().auth.requestPasswordless({ email: DEMO_USER.email });

    const admin = await adminClient();
    const logged = new Set<string>();
    for await (const page of admin.auditLogs.pages()) {
      for (const entry of page.items) logged.add(entry.action);
    }
    expect(logged).toContain('mfa.email_sent');
    expect(logged).toContain('passwordless.code_sent');

    const screen = await renderTable();
    await expect.element(screen.getByText(/^Page 1 of/), { timeout: 10_000 }).toBeVisible();
    const select = screen.getByRole('combobox', { name: 'Action' }).element() as HTMLSelectElement;
    const offered = new Set([...select.options].map((option) => option.value));
    for (const action of logged) expect(offered).toContain(action);
  });

  it('exports every matching event, not only the page shown, with its progress', async () => {
    const saved = captureDownloads();
    // Pages after the first wait until the test has seen the progress, so a slow
    // machine cannot let the export finish before anyone looks.
    let release: () => void = () => {};
    const progressSeen = new Promise<void>((resolve) => (release = resolve));
    mock.worker.use(
      http.post('*/audit_logs/query', async ({ request }) => {
        const body = (await request.clone().json()) as { page?: number };
        if (body.page !== 1) await progressSeen;
      }),
    );
    const screen = await renderTable();
    await expect.element(screen.getByText(/^Page 1 of/), { timeout: 10_000 }).toBeVisible();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'failure');
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    const count = screen.getByText(/^[\d,]+ events$/);
    await expect
      .poll(() => new Set(column(screen.container, 'status')))
      .toEqual(new Set(['Failure']));
    const total = Number((count.element().textContent ?? '').replace(/\D/g, ''));
    expect(total).toBeGreaterThan(100);

    await userEvent.click(
      screen.getByRole('button', {
        name: `Export all ${total.toLocaleString('en-US')} events as CSV`,
      }),
    );
    await expect
      .element(
        screen.getByText(
          new RegExp(`^Exporting: [\\d,]+ of ${total.toLocaleString('en-US')} audit events read$`),
        ),
      )
      .toBeVisible();
    expect(saved).toHaveLength(0);
    release();
    await expect.poll(() => saved.length, { timeout: 15_000 }).toBe(1);

    const text = (await saved[0]?.blob.text()) ?? '';
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(total + 1);
    expect(lines[0]).toBe('Time,Action,User,Status,Details,IP address');
    for (const line of lines.slice(1)) {
      expect(line).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2},/);
      expect(line).toContain(',Failure,');
    }
  }, 30_000);
});
