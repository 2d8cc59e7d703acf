import type { AdminUser } from '@authblock/mfa-client/admin';
import { ADMIN_USER, DEMO_USER } from '@authblock/mfa-mock';
import { MfaProvider } from '@authblock/mfa-react';
import { delay, HttpResponse, http } from 'msw';
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
import { MfaAdoption } from './MfaAdoption.tsx';
import { THRESHOLDS } from './model/metrics.ts';
import './styles.css';

let mock: SeededTenant['mock'];
let adminClient: SeededTenant['adminClient'];
beforeEach(async () => {
  ({ mock, adminClient } = await seededTenant());
});
afterEach(() => vi.restoreAllMocks());

/** Every user, read by the test itself, to check the dashboard's sums against. */
async function allUsers(): Promise<AdminUser[]> {
  const users: AdminUser[] = [];
  for await (const page of (await adminClient()).users.pages()) users.push(...page.items);
  return users;
}

const cells = (table: Element) =>
  [...table.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''),
  );

function listTable(container: Element, list: string): Element {
  const table = container.querySelector(`[data-list="${list}"] table`);
  if (!table) throw new Error(`no table for ${list}`);
  return table;
}

/** Parses the CSV the export produced (quoted cells and all). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.trimEnd().split('\r\n')) {
    const row: string[] = [];
    for (const match of line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) {
      row.push(match[1] !== undefined ? match[1].replaceAll('""', '"') : (match[2] ?? ''));
    }
    rows.push(row);
  }
  return rows;
}

describe('MfaAdoption', () => {
  it('shows progress while pages arrive, then figures equal to a count over the same users', async () => {
    const client = await adminClient();
    const screen = await renderWithQueries(<MfaAdoption client={client} locale="en-US" />);
    await expect.element(screen.getByText(/Loaded \d+ of 250 users|Loading users/)).toBeVisible();
    await expect
      .element(screen.getByRole('heading', { name: /Adoption by role/ }), { timeout: 15_000 })
      .toBeVisible();

    const users = await allUsers();
    const people = users.filter((user) => !user.roles?.includes('api-only'));
    const enabled = people.filter((user) => user.mfaEnabled);
    const rate = `${Math.round((enabled.length / people.length) * 100)}%`;
    const adoption = screen.container.querySelector('[data-figure="adoption"]');
    expect(adoption?.textContent).toContain(rate);
    expect(adoption?.textContent).toContain(`${enabled.length} of ${people.length} people`);
    const totp = people.filter((user) => user.mfaEnabled && user.mfaChannel === 'totp').length;
    expect(screen.container.querySelector('[data-figure="totp"]')?.textContent).toContain(
      String(totp),
    );

    // Owners and admins without TOTP: exactly those, the seeded admin among them.
    const gaps = users
      .filter((user) => user.roles?.some((role) => role === 'owner' || role === 'admin'))
      .filter((user) => user.mfaChannel !== 'totp')
      .map((user) => user.email)
      .sort();
    const gapRows = cells(
      listTable(screen.container, 'owners-and-admins-without-an-authenticator-app'),
    );
    expect(gapRows.map((row) => row[0]).sort()).toEqual(gaps);
    expect(gaps).toContain(ADMIN_USER.email);

    // By role, with the guide's advice beside each role.
    const roleRows = cells(listTable(screen.container, 'adoption-by-role'));
    const admins = users.filter((user) => user.roles?.includes('admin'));
    const adminRate = admins.filter((user) => user.mfaEnabled).length / admins.length;
    expect(roleRows.find((row) => row[0] === 'Admin')).toEqual([
      'Admin',
      String(admins.length),
      `${Math.round(adminRate * 100)}%`,
      expect.any(String),
      expect.any(String),
      expect.any(String),
      'Strongly encourage TOTP (authenticator app)',
    ]);
    expect(roleRows.find((row) => row[0] === 'API only')?.[6]).toBe(
      'MFA not applicable: use service tokens',
    );

    // Each warning sign states the rule it applies, with the counts of THRESHOLDS.
    await expect
      .element(screen.getByText(`${THRESHOLDS.failures} or more wrong codes within an hour.`))
      .toBeVisible();
    await expect
      .element(
        screen.getByText(
          `${THRESHOLDS.burstFailures} or more failed codes from ${THRESHOLDS.burstUsers} or more people within an hour.`,
        ),
      )
      .toBeVisible();

    // The warning signs the seeded history holds are found.
    expect(
      cells(listTable(screen.container, 'backup-code-sign-ins')).length,
    ).toBeGreaterThanOrEqual(4);
    expect(cells(listTable(screen.container, 'repeated-failures')).length).toBeGreaterThanOrEqual(
      4,
    );
    expect(
      cells(listTable(screen.container, 'setup-and-disable-churn')).length,
    ).toBeGreaterThanOrEqual(3);
    expect(cells(listTable(screen.container, 'bursts-of-failures')).length).toBeGreaterThanOrEqual(
      1,
    );
    await expectNoAxeViolations();
  });

  it('filters by role and time range', async () => {
    const screen = await renderWithQueries(
      <MfaAdoption client={await adminClient()} locale="en-US" />,
    );
    const roleSelect = screen.getByRole('combobox', { name: 'Role' });
    await expect.element(roleSelect, { timeout: 15_000 }).toBeVisible();
    await userEvent.selectOptions(roleSelect, 'owner');
    const roleRows = cells(listTable(screen.container, 'adoption-by-role'));
    expect(roleRows.map((row) => row[0])).toEqual(['Owner']);
    const users = await allUsers();
    const owners = users.filter((user) => user.roles?.includes('owner'));
    expect(screen.container.querySelector('[data-figure="adoption"]')?.textContent).toContain(
      `of ${owners.length} people`,
    );

    await userEvent.selectOptions(roleSelect, '');
    const twelveMonths = cells(listTable(screen.container, 'backup-code-sign-ins')).length;
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Time range' }), '30d');
    const thirtyDays = screen.container.querySelector('[data-list="backup-code-sign-ins"] table');
    expect(thirtyDays ? cells(thirtyDays).length : 0).toBeLessThanOrEqual(twelveMonths);
  });

  it('exports a list as CSV with exactly the rows of its table, for Excel: BOM, ISO times', async () => {
    const saved = captureDownloads();
    const screen = await renderWithQueries(
      <MfaAdoption client={await adminClient()} locale="en-US" />,
    );
    await expect
      .element(screen.getByRole('heading', { name: /Adoption by role/ }), { timeout: 15_000 })
      .toBeVisible();
    const list = screen.container.querySelector('[data-list="repeated-failures"]') as HTMLElement;
    (list.querySelector('button') as HTMLButtonElement).click();

    // The UTF-8 byte-order mark comes first: Excel then reads ’, — and every script right.
    const blob = saved[0]?.blob ?? new Blob();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = parseCsv(await blob.text());
    const table = listTable(screen.container, 'repeated-failures');
    const headers = [...table.querySelectorAll('th')].map((th) => th.textContent);
    expect(csv[0]).toEqual(headers);
    const shown = cells(table);
    expect(csv.slice(1).map((row) => [row[0], row[1], row[4]])).toEqual(
      shown.map((row) => [row[0], row[1], row[4]]),
    );
    // First and last failure: the table's moments, as ISO 8601 with the offset.
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
    const minute = (text: string) => Math.floor(Date.parse(text) / 60_000);
    for (const [index, row] of csv.slice(1).entries()) {
      for (const column of [2, 3]) {
        expect(row[column]).toMatch(iso);
        expect(minute(row[column] as string)).toBe(minute(shown[index]?.[column] as string));
      }
    }
  });

  it('shows the same figures in cards and table under every role filter', async () => {
    const screen = await renderWithQueries(
      <MfaAdoption client={await adminClient()} locale="en-US" />,
    );
    const roleSelect = screen.getByRole('combobox', { name: 'Role' });
    await expect.element(roleSelect, { timeout: 15_000 }).toBeVisible();
    const roles = [...(roleSelect.element() as HTMLSelectElement).options]
      .map((option) => option.value)
      .filter(Boolean);
    expect(roles).toContain('api-only');
    for (const role of roles) {
      await userEvent.selectOptions(roleSelect, role);
      const [row] = cells(listTable(screen.container, 'adoption-by-role'));
      const card = (kind: string) =>
        screen.container.querySelector(`[data-figure="${kind}"] .abmfa-admin-card-value`)
          ?.textContent;
      if (role === 'api-only') {
        // Not people: no "0 % adoption, 0 off" beside a table listing them, no claim about
        // owners and admins the filter does not hold.
        expect(row?.slice(3, 6)).toEqual(['—', '—', '—']);
        expect(screen.container.querySelector('[data-figure]')).toBeNull();
        await expect
          .element(screen.getByRole('note'))
          .toHaveTextContent('MFA not applicable: use service tokens');
        expect(screen.container.textContent).not.toContain('Every owner and admin uses');
      } else {
        expect([card('totp'), card('email'), card('off')]).toEqual(row?.slice(3, 6));
      }
    }
  });

  it('shows each chart as a table on request', async () => {
    const screen = await renderWithQueries(
      <MfaAdoption client={await adminClient()} locale="en-US" />,
    );
    const toggle = screen.getByRole('button', { name: 'Show as table Adoption over time' });
    await expect.element(toggle, { timeout: 15_000 }).toBeVisible();
    await toggle.click();
    const figure = screen.container.querySelector('figure[data-view="table"]') as Element;
    expect(figure.querySelectorAll('tbody tr')).toHaveLength(12);
    // Its words say what it does next; "pressed" beside them would say it twice, differently.
    const back = screen.getByRole('button', { name: 'Show as chart Adoption over time' });
    await expect.element(back).toBeVisible();
    await expect.element(back).not.toHaveAttribute('aria-pressed');
    await expectNoAxeViolations();
  });

  it('names every button for what it acts on: no two alike', async () => {
    const screen = await renderWithQueries(
      <MfaAdoption client={await adminClient()} locale="en-US" />,
    );
    await expect
      .element(screen.getByRole('heading', { name: /Adoption by role/ }), { timeout: 15_000 })
      .toBeVisible();
    // The accessible name as our markup builds it: aria-labelledby's texts, else the text.
    const nameOf = (button: Element) => {
      const ids = button.getAttribute('aria-labelledby')?.split(' ') ?? [];
      const parts = ids.map((id) => document.getElementById(id)?.textContent ?? '');
      return (ids.length ? parts.join(' ') : (button.textContent ?? '')).trim();
    };
    const names = [...screen.container.querySelectorAll('button')]
      // A person's email may stand in several lists: it opens the same record from each.
      .filter((button) => !button.hasAttribute('aria-expanded'))
      .map(nameOf);
    expect(names).toContainEqual(expect.stringMatching(/^Export CSV Adoption by role \(\d+\)$/));
    expect(names.filter((name) => name.startsWith('Show as table'))).toHaveLength(2);
    expect(new Set(names).size).toBe(names.length);
  });

  it('cancels the request in flight when the page is left', async () => {
    // Page 1 answers; the others never do, as on a slow network.
    mock.worker.use(
      http.get('*/users', async ({ request }) => {
        if (new URL(request.url).searchParams.get('page') !== '1') await delay('infinite');
      }),
    );
    const client = await adminClient();
    const signals: AbortSignal[] = [];
    const list = client.users.list;
    client.users.list = (request) => {
      if (request?.signal) signals.push(request.signal);
      return list(request);
    };
    const screen = await renderWithQueries(<MfaAdoption client={client} locale="en-US" />);
    await expect.element(screen.getByText('Loaded 100 of 250 users')).toBeVisible();
    // Page 1, then pages 2 and 3 at once (at most 4 in flight).
    await expect.poll(() => signals.length).toBe(3);
    expect(signals.map((signal) => signal.aborted)).toEqual([false, false, false]);
    screen.unmount();
    await expect.poll(() => signals.slice(1).every((signal) => signal.aborted)).toBe(true);
  });

  it('tells a member the dashboard is for administrators (403)', async () => {
    const screen = await renderWithQueries(
      <MfaAdoption client={await adminClient(DEMO_USER.email)} />,
    );
    await expect.element(screen.getByRole('alert')).toHaveTextContent(/Only tenant administrators/);
  });

  it('says adoption cannot be measured when user records have no MFA fields, not 0 %', async () => {
    mock.worker.use(
      http.get('*/users', () =>
        HttpResponse.json({
          data: [
            {
              id: '1',
              type: 'user',
              attributes: { unique_id: 'usr_1', email: 'a@example.com', status: 'active' },
            },
          ],
          meta: { totalPages: 1, totalRecords: 1 },
        }),
      ),
    );
    const screen = await renderWithQueries(<MfaAdoption client={await adminClient()} />);
    await expect
      .element(screen.getByText(/carry no mfa_enabled field/), { timeout: 15_000 })
      .toBeVisible();
    expect(screen.container.textContent).not.toContain('0%');
  });
});

describe('MfaAdoption in other languages', () => {
  it('speaks the provider’s language, numbers and dates included (German)', async () => {
    const client = await adminClient();
    const screen = await renderWithQueries(
      <MfaProvider client={testClient()} locale="de">
        <MfaAdoption client={client} />
      </MfaProvider>,
    );
    await expect.element(screen.getByRole('heading', { name: 'MFA-Nutzung' })).toBeVisible();
    await expect
      .element(screen.getByRole('heading', { name: /Nutzung nach Rolle/ }), { timeout: 15_000 })
      .toBeVisible();
    const people = (await allUsers()).filter((user) => !user.roles?.includes('api-only'));
    const enabled = people.filter((user) => user.mfaEnabled).length;
    const adoption = screen.container.querySelector('[data-figure="adoption"]');
    const percent = new Intl.NumberFormat('de', { style: 'percent', maximumFractionDigits: 0 });
    expect(adoption?.textContent).toContain(percent.format(enabled / people.length));
    expect(adoption?.textContent).toContain(
      `${enabled} von ${people.length} Personen nutzen die Zwei-Faktor-Authentifizierung`,
    );
    expect(screen.container.querySelector('section')?.getAttribute('lang')).toBe('de');
    // Not a word of the English catalogue is left on screen.
    expect(screen.container.textContent).not.toMatch(/Adoption|Show as table|Export CSV/);
    await expect
      .element(screen.getByRole('button', { name: 'Als Tabelle zeigen' }).first())
      .toBeVisible();
  });

  it('keeps each list’s data-list name in every language, and names its CSV in the language', async () => {
    const saved = captureDownloads();
    const screen = await renderWithQueries(
      <MfaAdoption client={await adminClient()} locale="ja" />,
    );
    await expect
      .element(screen.getByRole('heading', { name: /ロール別の利用率/ }), { timeout: 15_000 })
      .toBeVisible();
    const lists = [...screen.container.querySelectorAll<HTMLElement>('[data-list]')];
    expect(lists.map((list) => list.dataset.list)).toEqual(
      expect.arrayContaining(['adoption-by-role', 'repeated-failures', 'bursts-of-failures']),
    );
    const byRole = screen.container.querySelector('[data-list="adoption-by-role"]') as HTMLElement;
    (byRole.querySelector('button') as HTMLButtonElement).click();
    expect(saved.map((file) => file.name)).toEqual(['ロール別の利用率.csv']);
  });

  it('lays the dashboard and its charts out right to left in Arabic', async () => {
    const screen = await renderWithQueries(
      <MfaAdoption client={await adminClient()} locale="ar" />,
    );
    await expect
      .element(screen.getByRole('heading', { name: /الاعتماد حسب الدور/ }), { timeout: 15_000 })
      .toBeVisible();
    const section = screen.container.querySelector('section.abmfa-admin') as HTMLElement;
    expect(section.dir).toBe('rtl');
    const [lineChart, barChart] = [...section.querySelectorAll('svg.abmfa-admin-chart')];
    if (!lineChart || !barChart) throw new Error('two charts expected');
    // Time runs right to left: the first date is drawn right of the last.
    const dates = [...lineChart.querySelectorAll('text.abmfa-admin-axis')].filter(
      (text) => !text.textContent?.includes('٪') && !text.textContent?.includes('%'),
    );
    const box = (element: Element) => element.getBoundingClientRect();
    expect(box(dates[0] as Element).left).toBeGreaterThan(box(dates.at(-1) as Element).left);
    // The rate axis sits right of the plot, its labels outside the grid lines.
    const grid = box(lineChart.querySelector('line.abmfa-admin-grid') as Element);
    const rateLabel = box(lineChart.querySelector('text.abmfa-admin-axis') as Element);
    expect(rateLabel.left).toBeGreaterThanOrEqual(grid.right);
    expect(rateLabel.right).toBeLessThanOrEqual(box(lineChart).right + 1);
    // Labels start at the right edge, bars under them grow leftwards from it.
    const label = box(barChart.querySelector('text.abmfa-admin-axis') as Element);
    const bar = box(barChart.querySelector('rect') as Element);
    expect(label.right).toBeLessThanOrEqual(box(barChart).right + 1);
    expect(label.right).toBeGreaterThan(box(barChart).right - 4);
    expect(bar.right).toBeGreaterThan(box(barChart).right - 4);
    expect(bar.top).toBeGreaterThanOrEqual(label.bottom - 2);
    await expectNoAxeViolations();
  });
});
