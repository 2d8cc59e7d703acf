// The dashboard's figures agree with each other whatever the filter: the cards, the role
// table and the people lists count the same people, and no list claims what the filter
// cannot show.
import type { AdminUser, AuditLogEntry } from '@authblock/mfa-client/admin';
import { describe, expect, it } from 'vitest';
import { computeDashboard, rangeEndingAt, rolesOf } from './metrics.ts';

const NOW = Date.parse('2026-12-05T12:00:00Z');

let next = 0;
function user(roles: string[], mfa: 'totp' | 'email' | 'off'): AdminUser {
  next++;
  return {
    id: `usr_${next}`,
    email: `user${next}@example.com`,
    firstName: null,
    lastName: null,
    status: 'active',
    emailVerified: true,
    lastLoginAt: null,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: null,
    mfaEnabled: mfa !== 'off',
    mfaChannel: mfa === 'off' ? null : mfa,
    roles,
  };
}

// A tenant with every kind: API-only accounts with MFA off (as they should be), and an
// admin who also holds an API-only role.
const users: AdminUser[] = [
  user(['owner'], 'totp'),
  user(['admin'], 'email'),
  user(['admin'], 'off'),
  user(['admin', 'api-only'], 'off'),
  user(['member'], 'email'),
  user(['member'], 'off'),
  user(['member'], 'totp'),
  ...Array.from({ length: 10 }, () => user(['api-only'], 'off')),
];
const entries: AuditLogEntry[] = [];
const filters = [null, ...new Set(users.flatMap(rolesOf))];

const figuresFor = (role: string | null) =>
  computeDashboard(users, entries, { role, range: rangeEndingAt(NOW, '12m') });

describe('computeDashboard under every role filter', () => {
  it.each(filters)('the cards add up (role %s)', (role) => {
    const figures = figuresFor(role);
    const { totp, email, off, unknown } = figures.channels;
    expect(figures.enabled).toBe(totp + email);
    expect(figures.people).toBe(totp + email + off + unknown);
  });

  it.each(filters.filter((role) => role !== null))(
    'the cards and the role’s row count the same people (role %s)',
    (role) => {
      const figures = figuresFor(role);
      const row = figures.roles.find((candidate) => candidate.role === role);
      const { totp, email, off, unknown } = figures.channels;
      expect(
        row && { totp: row.totp, email: row.email, off: row.off, unknown: row.unknown },
      ).toEqual({ totp, email, off, unknown });
    },
  );

  it('counts API-only accounts as accounts of their role, never as people with MFA off', () => {
    const figures = figuresFor('api-only');
    expect(figures.people).toBe(0);
    const row = figures.roles.find((candidate) => candidate.role === 'api-only');
    expect(row).toMatchObject({ total: 11, off: 0, rate: null, advice: 'not_applicable' });
  });

  it('lists owners and admins without TOTP among people only, and none where the filter has none', () => {
    const gaps = (role: string | null) => figuresFor(role).roles.flatMap((row) => row.gaps);
    expect(gaps('admin').map((gap) => gap.email)).toEqual([
      'user2@example.com',
      'user3@example.com',
    ]);
    expect(figuresFor('admin').totpAdvised).toBe(2);
    expect(figuresFor(null).totpAdvised).toBe(3);
    expect(figuresFor('member').totpAdvised).toBe(0);
    // The admin who is also API-only is not a person: the filter holds no owner or admin.
    expect(figuresFor('api-only').totpAdvised).toBe(0);
  });
});
