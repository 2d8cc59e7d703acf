import { createMfaAdminClient } from '@authblock/mfa-client/admin';
import { ADMIN_USER, DEFAULT_API_KEY, DEMO_USER, scenarios } from '@authblock/mfa-mock';
import { type MfaLocale, mfaLocaleDirection } from '@authblock/mfa-react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse, http } from 'msw';
import { type ComponentType, useState } from 'react';
import { expect } from 'storybook/test';
import { type StoryMock, storyMock } from '../../mfa-react/stories/mock.ts';
import { AuditEventsTable } from './AuditEventsTable.tsx';
import { loadAdminMessages } from './i18n.ts';
import { MfaAdoption, type MfaAdoptionProps } from './MfaAdoption.tsx';
import { enAdminMessages as text } from './messages.ts';
import './styles.css';

/** The admin client of the story's backend, signed in as `email` (the seeded admin). */
function AdminDashboard({ mock, email = ADMIN_USER.email }: { mock: StoryMock; email?: string }) {
  const [client] = useState(() =>
    createMfaAdminClient({
      baseUrl: mock.baseUrl,
      apiKey: DEFAULT_API_KEY,
      getToken: () => mock.backend.issueToken(email),
      retries: 0,
    }),
  );
  return <MfaAdoption client={client} />;
}

/**
 * The tenant admin's dashboard on the mock's seeded tenant (250 users, a year of audit
 * history): adoption, channels, roles beside the guide's advice, backup-code use and
 * warning signs, each list exportable as CSV.
 */
const meta = {
  title: 'Admin/MfaAdoption',
  // The client is made per story (it needs the story's backend), so no arg is required.
  component: MfaAdoption as ComponentType<Partial<MfaAdoptionProps>>,
  parameters: { mock: { options: { population: true } } },
  render: (_args, { loaded }) => <AdminDashboard mock={storyMock(loaded)} />,
} satisfies Meta<Partial<MfaAdoptionProps>>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A user record without the MFA fields, as the reference's own list example shows it. */
const bareUser = (n: number) => ({
  id: String(n),
  type: 'user',
  attributes: { unique_id: `usr_${n}`, email: `user${n}@example.com`, status: 'active' },
});

export const Dashboard: Story = {
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('heading', { name: /Adoption by role/ }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    await expect(canvas.getByText(/of 240 people have two-factor/)).toBeInTheDocument();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: (context) => Dashboard.play?.(context),
};

/** At 375 px wide: cards stack, charts shrink, tables scroll sideways inside their frames. */
export const Phone: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 375 }}>
        <Story />
      </div>
    ),
  ],
  play: async (context) => {
    await Dashboard.play?.(context);
    const dashboard = context.canvasElement.querySelector('.abmfa-admin') as HTMLElement;
    await expect(dashboard.getBoundingClientRect().width).toBeLessThanOrEqual(375);
    // Nothing sticks out of the dashboard: only the table frames scroll.
    await expect(dashboard.scrollWidth).toBeLessThanOrEqual(dashboard.clientWidth);
    for (const chart of dashboard.querySelectorAll('svg')) {
      await expect(chart.getBoundingClientRect().width).toBeLessThanOrEqual(375);
    }
  },
};

/**
 * One person's record, opened from their email in a list (here the first owner or admin
 * without an authenticator app): MFA and its method, roles, last sign-in and their latest
 * MFA events. Focus moves to its heading; Escape or Close goes back to the email.
 */
export const UserRecord: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await canvas.findByRole('heading', { name: /Adoption by role/ }, { timeout: 15_000 });
    const list = canvasElement.querySelector(
      '[data-list="owners-and-admins-without-an-authenticator-app"]',
    ) as HTMLElement;
    const opener = list.querySelector('tbody button') as HTMLButtonElement;
    await userEvent.click(opener);
    const heading = await canvas.findByRole('heading', { name: opener.textContent ?? '' });
    await expect(heading).toHaveFocus();
    await expect(
      await canvas.findByRole('heading', { name: /Recent MFA events/ }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  },
};

/** The record at 375 px in the dark theme. */
export const UserRecordPhoneDark: Story = {
  globals: { theme: 'dark' },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 375 }}>
        <Story />
      </div>
    ),
  ],
  play: async (context) => {
    await UserRecord.play?.(context);
    const record = context.canvasElement.querySelector('[data-user-record]') as HTMLElement;
    await expect(record.scrollWidth).toBeLessThanOrEqual(record.clientWidth);
  },
};

/** Progress while the pages stream in (the rest of the pages are held back here). */
export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.get('*/users', async ({ request }) => {
        if (new URL(request.url).searchParams.get('page') !== '1') await delay('infinite');
      }),
    );
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(text.loadingUsers(100, 250))).toBeInTheDocument();
  },
};

export const EmptyTenant: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.get('*/users', () =>
        HttpResponse.json({ data: [], meta: { totalPages: 0, totalRecords: 0 } }),
      ),
    );
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(text.emptyTenant)).toBeInTheDocument();
  },
};

/** The server's records carry no `mfa_enabled`: the dashboard says so rather than show 0 %. */
export const NoMfaFieldsOnUsers: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.get('*/users', () =>
        HttpResponse.json({
          data: [1, 2, 3].map(bareUser),
          meta: { totalPages: 1, totalRecords: 3 },
        }),
      ),
    );
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(text.noMfaFields)).toBeInTheDocument();
  },
};

/** A member (not an owner or admin) gets 403 `forbidden`. */
export const Forbidden: Story = {
  render: (_args, { loaded }) => (
    <AdminDashboard mock={storyMock(loaded)} email={DEMO_USER.email} />
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(text.forbidden)).toBeInTheDocument();
  },
};

export const ServerError: Story = {
  beforeEach({ msw }) {
    msw.use(...scenarios.serverError({ route: 'GET /users' }));
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(text.failed)).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: text.retry })).toBeInTheDocument();
  },
};

/** The audit log's events, with filters and paging. */
export const AuditEvents: Story = {
  render: (_args, { loaded }) => {
    const mock = storyMock(loaded);
    const client = createMfaAdminClient({
      baseUrl: mock.baseUrl,
      apiKey: DEFAULT_API_KEY,
      getToken: () => mock.backend.issueToken(ADMIN_USER.email),
    });
    return <AuditEventsTable client={client} />;
  },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText(/^Page 1 of \d+$/, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
  },
};

/**
 * The dashboard in the language of the enclosing `<MfaProvider locale>` (the toolbar's
 * Language): strings, numbers and dates; Arabic mirrors the layout and the charts.
 */
function inLocale(locale: Exclude<MfaLocale, 'en'>): Story {
  return {
    globals: { locale },
    play: async ({ canvas, canvasElement }) => {
      const messages = await loadAdminMessages(locale);
      // A list's heading ends with its row count: "Adoption by role (5)".
      const byRole = (name: string) => name.startsWith(messages.byRole);
      await expect(
        await canvas.findByRole('heading', { name: byRole }, { timeout: 12_000 }),
      ).toBeInTheDocument();
      await expect(canvas.getByRole('heading', { name: messages.title })).toBeInTheDocument();
      const dashboard = canvasElement.querySelector('.abmfa-admin') as HTMLElement;
      await expect(dashboard.dir).toBe(mfaLocaleDirection(locale));
      await expect(dashboard.lang).toBe(locale);
    },
  };
}

export const Spanish = inLocale('es');
export const French = inLocale('fr');
export const German = inLocale('de');
export const BrazilianPortuguese = inLocale('pt-BR');
export const Japanese = inLocale('ja');
export const Arabic = inLocale('ar');
