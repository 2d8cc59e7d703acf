import type { AdminUser } from '@authblock/mfa-client/admin';
import type { AdminMessages } from '../messages.ts';
import { roleName } from './admin-words.ts';
import { type Column, isoWithOffset } from './csv.ts';
import type { DashboardFormat } from './dashboard-format.ts';
import {
  type BackupUsageRow,
  type BurstRow,
  type ChurnRow,
  type FailureRow,
  primaryRole,
  type RoleRow,
  rolesOf,
} from './metrics.ts';

/** The columns of the dashboard's lists, shared by their tables and their CSV exports. */
export function dashboardColumns(text: AdminMessages, format: DashboardFormat) {
  const users: Column<AdminUser>[] = [
    { key: 'email', header: text.columns.email, text: (user) => user.email },
    {
      key: 'role',
      header: text.columns.role,
      text: (user) =>
        rolesOf(user)
          .map((role) => roleName(text, role))
          .join(', '),
    },
    {
      key: 'channel',
      header: text.columns.channel,
      text: (user) =>
        user.mfaEnabled ? text.channels[user.mfaChannel ?? 'email'] : text.channels.off,
    },
  ];
  const peopleCount = (row: RoleRow, count: number) =>
    row.advice === 'not_applicable' ? text.notApplicable : format.count(count);
  const roles: Column<RoleRow>[] = [
    { key: 'role', header: text.columns.role, text: (row) => roleName(text, row.role) },
    { key: 'users', header: text.columns.users, text: (row) => format.count(row.total) },
    { key: 'rate', header: text.columns.rate, text: (row) => format.rate(row.rate) },
    // API-only accounts are not people: "Off" for them would contradict the cards.
    { key: 'totp', header: text.channels.totp, text: (row) => peopleCount(row, row.totp) },
    { key: 'email', header: text.channels.email, text: (row) => peopleCount(row, row.email) },
    { key: 'off', header: text.channels.off, text: (row) => peopleCount(row, row.off) },
    { key: 'advice', header: text.recommendation, text: (row) => text.advice[row.advice] },
  ];
  const backupUsage: Column<BackupUsageRow>[] = [
    { key: 'email', header: text.columns.email, text: (row) => row.email },
    {
      key: 'role',
      header: text.columns.role,
      text: (row) => (row.user ? roleName(text, primaryRole(row.user)) : ''),
    },
    { key: 'uses', header: text.columns.uses, text: (row) => format.count(row.uses) },
    {
      key: 'last',
      header: text.columns.lastUse,
      text: (row) => format.time(row.lastUse),
      csv: (row) => isoWithOffset(row.lastUse),
    },
  ];
  const failures: Column<FailureRow>[] = [
    { key: 'email', header: text.columns.email, text: (row) => row.email },
    { key: 'failures', header: text.columns.failures, text: (row) => format.count(row.failures) },
    {
      key: 'first',
      header: text.columns.first,
      text: (row) => format.time(row.firstAt),
      csv: (row) => isoWithOffset(row.firstAt),
    },
    {
      key: 'last',
      header: text.columns.last,
      text: (row) => format.time(row.lastAt),
      csv: (row) => isoWithOffset(row.lastAt),
    },
    {
      key: 'locked',
      header: text.columns.locked,
      text: (row) => (row.locked ? text.yes : text.no),
    },
  ];
  const churn: Column<ChurnRow>[] = [
    { key: 'email', header: text.columns.email, text: (row) => row.email },
    { key: 'disables', header: text.columns.disables, text: (row) => format.count(row.disables) },
    { key: 'enables', header: text.columns.enables, text: (row) => format.count(row.enables) },
    {
      key: 'last',
      header: text.columns.last,
      text: (row) => format.time(row.lastAt),
      csv: (row) => isoWithOffset(row.lastAt),
    },
  ];
  const bursts: Column<BurstRow>[] = [
    {
      key: 'start',
      header: text.columns.start,
      text: (row) => format.time(row.start),
      csv: (row) => isoWithOffset(row.start),
    },
    { key: 'failures', header: text.columns.failures, text: (row) => format.count(row.failures) },
    { key: 'people', header: text.columns.people, text: (row) => row.emails.join(' ') },
    { key: 'ip', header: text.columns.addresses, text: (row) => row.ipAddresses.join(' ') },
  ];
  return { users, roles, backupUsage, failures, churn, bursts };
}
