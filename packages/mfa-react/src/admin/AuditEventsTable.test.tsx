import { ADMIN_USER, createMockBackend } from '@authblock/mfa-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { expectNoAxeViolations, freshBackend, testAdminClient } from '../../test/harness.tsx';
import { AuditEventsTable } from './AuditEventsTable.tsx';
import './admin.css';

let tenant: ReturnType<typeof createMockBackend>;
beforeEach(async () => {
  const mock = await freshBackend();
  tenant = createMockBackend({ population: true });
  mock.worker.use(...tenant.handlers);
});

async function renderTable(locale = 'en-US') {
  const client = testAdminClient(await tenant.issueToken(ADMIN_USER.email));
  return render(<AuditEventsTable client={client} pageSize={10} locale={locale} />);
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
      .toEqual(new Set(['mfa.failed']));
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
