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

async function renderTable() {
  const client = testAdminClient(await tenant.issueToken(ADMIN_USER.email));
  return render(<AuditEventsTable client={client} pageSize={10} locale="en-US" />);
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
});
