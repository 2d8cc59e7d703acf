import { describe, expect, it } from 'vitest';
import { ADMIN_USER } from '../core.ts';
import { createHarness, START } from '../test-utils/harness.ts';
import { BURST_IP, generatePopulation, POPULATION_PASSWORD } from './population.ts';

const DAY = 86_400_000;

async function tenant(options: { users?: number; seed?: number } = {}, historyPages = Infinity) {
  const h = createHarness({ population: options });
  const admin = await h.token(ADMIN_USER.email, ADMIN_USER.password);
  const users = await h.call('GET', '/users?records=100&page=1', { token: admin });
  const all = [...users.body.data];
  for (let page = 2; page <= users.body.meta.totalPages; page++) {
    all.push(
      ...(await h.call('GET', `/users?records=100&page=${page}`, { token: admin })).body.data,
    );
  }
  const logs = await h.call('POST', '/audit_logs/query', {
    token: admin,
    body: { query: { to: new Date(START).toISOString() }, records: 100 },
  });
  const history = [...logs.body.data];
  for (let page = 2; page <= Math.min(historyPages, logs.body.meta.totalPages); page++) {
    const next = await h.call('POST', '/audit_logs/query', {
      token: admin,
      body: { query: { to: new Date(START).toISOString() }, page, records: 100 },
    });
    history.push(...next.body.data);
  }
  return { h, users: all, history };
}

type User = Awaited<ReturnType<typeof tenant>>['users'][number];
const roleOf = (user: User): string => user.relationships.roles.data[0].id;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Record<string, T[]> {
  const groups: Record<string, T[]> = {};
  for (const item of items) {
    const group = key(item);
    groups[group] = [...(groups[group] ?? []), item];
  }
  return groups;
}

/** The default tenant, read once: it is deterministic, so every test may share it. */
let shared: ReturnType<typeof tenant> | undefined;
const defaultTenant = () => {
  shared ??= tenant();
  return shared;
};

describe('the seeded tenant (population)', () => {
  it('is the same on every run for one seed, and different for another seed', async () => {
    const strip = ({ users, history }: Awaited<ReturnType<typeof tenant>>) => ({
      users,
      history: history.map((entry) => entry.attributes),
    });
    // The first 300 audit entries of each: the newest, where every warning sign lives.
    const [a, b, c] = await Promise.all([tenant({}, 3), tenant({}, 3), tenant({ seed: 7 }, 3)]);
    expect(strip(a)).toEqual(strip(b));
    expect(strip(c)).not.toEqual(strip(a));
  });

  it('has 250 users across the four roles, with a realistic MFA mix', async () => {
    const { users } = await defaultTenant();
    expect(users).toHaveLength(250);
    const byRole = groupBy(users, roleOf);
    expect(Object.keys(byRole).sort()).toEqual(['admin', 'api-only', 'member', 'owner']);
    expect(byRole.owner?.length).toBeGreaterThanOrEqual(2);
    expect(byRole.admin?.length).toBeGreaterThanOrEqual(10);
    const admins = [...(byRole.owner ?? []), ...(byRole.admin ?? [])];
    // The guide's gap to call out: owners and admins without TOTP, the seeded admin among them.
    expect(admins.filter((user) => user.attributes.mfa_channel !== 'totp').length).toBeGreaterThan(
      2,
    );
    expect(
      users.find((user) => user.attributes.email === ADMIN_USER.email)?.attributes.mfa_enabled,
    ).toBe(false);
    for (const apiOnly of byRole['api-only'] ?? []) {
      expect(apiOnly.attributes).toMatchObject({ mfa_enabled: false, last_login_at: null });
    }
    const channels = groupBy(users, (user) => String(user.attributes.mfa_channel));
    expect(channels.totp?.length).toBeGreaterThan(40);
    expect(channels.email?.length).toBeGreaterThan(40);
    expect(channels.null?.length).toBeGreaterThan(80);
  });

  it('spreads sign-ups and last sign-ins over twelve months', async () => {
    const { users } = await defaultTenant();
    const ages = users.map((user) => (START - Date.parse(user.attributes.created_at)) / DAY);
    expect(Math.max(...ages)).toBeGreaterThan(300);
    expect(Math.max(...ages)).toBeLessThanOrEqual(366);
    const months = new Set(ages.map((age) => Math.floor(age / 30.5)));
    expect(months.size).toBeGreaterThanOrEqual(12);
    // The admin's own sign-in (to read the list) is now: leave it out.
    const logins = users.flatMap((user) =>
      user.attributes.last_login_at && user.id !== ADMIN_USER.id
        ? [Date.parse(user.attributes.last_login_at)]
        : [],
    );
    expect(logins.length).toBeGreaterThan(150);
    expect(Math.min(...logins)).toBeLessThan(START - 90 * DAY);
    expect(Math.max(...logins)).toBeLessThan(START);
  });

  it("has a history that agrees with each user's MFA state now", async () => {
    const { users, history } = await defaultTenant();
    const last = new Map<string, string>();
    for (const entry of [...history].reverse()) {
      const { action, actor_id } = entry.attributes;
      if (action === 'mfa.enabled' || action === 'mfa.disabled') last.set(actor_id, action);
    }
    for (const user of users) {
      const expected = user.attributes.mfa_enabled ? 'mfa.enabled' : undefined;
      expect(last.get(user.id) === 'mfa.disabled' ? undefined : last.get(user.id)).toBe(expected);
    }
  });

  it('holds the warning signs the guide names, for a dashboard to find', async () => {
    const { history } = await defaultTenant();
    const count = (predicate: (a: (typeof history)[number]['attributes']) => boolean) => {
      const perUser = new Map<string, number>();
      for (const { attributes } of history) {
        if (predicate(attributes))
          perUser.set(attributes.actor_id, (perUser.get(attributes.actor_id) ?? 0) + 1);
      }
      return perUser;
    };
    const backup = count((a) => a.action === 'mfa.verified' && a.metadata.method === 'backup_code');
    expect([...backup.values()].filter((n) => n >= 5).length).toBeGreaterThanOrEqual(4);
    const disables = count((a) => a.action === 'mfa.disabled');
    expect([...disables.values()].filter((n) => n >= 3).length).toBeGreaterThanOrEqual(3);
    const locks = count((a) => a.action === 'mfa.locked');
    expect(locks.size).toBeGreaterThanOrEqual(4);
    const burst = history.filter((entry) => entry.attributes.ip_address === BURST_IP);
    expect(new Set(burst.map((entry) => entry.attributes.actor_id)).size).toBeGreaterThanOrEqual(
      10,
    );
  });

  it('gives every generated user a password that signs in, and keeps roles on reset', async () => {
    const { h, users } = await tenant({ users: 20 });
    expect(users).toHaveLength(20);
    const member = users.find((user) => roleOf(user) === 'member' && !user.attributes.mfa_enabled);
    expect((await h.signIn(member.attributes.email, POPULATION_PASSWORD)).status).toBe(200);
    h.backend.reset();
    expect(h.backend.user(member.attributes.email)).toBeDefined();
  });

  it('gives every user a version 4 UUID, the same ones for the same seed', async () => {
    const { users } = await defaultTenant();
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const user of users) {
      expect(user.id).toMatch(uuid);
      expect(user.attributes.unique_id).toBe(user.id);
    }
    expect(new Set(users.map((user) => user.id)).size).toBe(users.length);
  });
});

describe('generatePopulation', () => {
  const options = { count: 30, seed: 42, now: START, takenEmails: ['amara.adeyemi@example.com'] };
  /** Everything but the secrets, which are random on purpose (nobody may know them). */
  const withoutSecrets = (population: ReturnType<typeof generatePopulation>) => ({
    ...population,
    users: population.users.map(({ mfa, ...user }) => ({ ...user, channel: mfa?.channel })),
  });

  it('is a function of its options: seed in, users and history out, no backend touched', () => {
    const first = generatePopulation(options);
    expect(withoutSecrets(generatePopulation(options))).toEqual(withoutSecrets(first));
    expect(first.users).toHaveLength(30);
    expect(first.users.map((user) => user.email)).not.toContain('amara.adeyemi@example.com');
    const ids = new Set(first.users.map((user) => user.id));
    for (const event of first.history) {
      expect(ids.has(event.userId ?? '')).toBe(true);
      expect(event.at).toBeLessThan(START);
    }
    expect(first.history.map((event) => event.at)).toEqual(
      first.history.map((event) => event.at).sort((a, b) => a - b),
    );
  });
});
