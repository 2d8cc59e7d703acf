import { formatNumber, plural } from '@authblock/mfa-react';
import type { RoleAdvice } from './model/metrics.ts';

const n = (count: number) => formatNumber('en', count);

/**
 * Every string of the admin entry, in English. The other languages live in
 * `admin/locales/`, one catalogue per locale with the same keys, loaded when the
 * component's `locale` (or the enclosing `<MfaProvider locale>`) asks. Override any of
 * them with a component's `messages` prop; entries that need a value are functions, and
 * format their numbers with `Intl` in their own language.
 */
export const enAdminMessages = {
  title: 'MFA adoption',
  roleFilter: 'Role',
  allRoles: 'All roles',
  rangeFilter: 'Time range',
  ranges: { '30d': 'Last 30 days', '90d': 'Last 90 days', '12m': 'Last 12 months' },
  loadingUsers: (loaded: number, total: number | null) =>
    total === null ? 'Loading users…' : `Loaded ${n(loaded)} of ${n(total)} users`,
  loadingEvents: (loaded: number, total: number | null) =>
    total === null ? 'Loading audit events…' : `Loaded ${n(loaded)} of ${n(total)} audit events`,
  forbidden: 'Only tenant administrators can see this. Sign in with an owner or admin account.',
  failed: 'The tenant data could not be loaded.',
  retry: 'Try again',
  emptyTenant: 'This tenant has no users yet.',
  noMfaFields:
    'The user records from this server carry no mfa_enabled field, so adoption cannot be measured (this is not 0 %). Ask Auth Block to include mfa_enabled and mfa_channel in user records.',
  adoption: 'Adoption',
  adoptionDetail: (enabled: number, people: number) =>
    plural('en', people, {
      one: `${n(enabled)} of # person has two-factor authentication on`,
      other: `${n(enabled)} of # people have two-factor authentication on`,
    }),
  peopleNote: 'API-only accounts are left out: the guide says MFA does not apply to them.',
  channels: { totp: 'Authenticator app', email: 'Email codes', off: 'Off', unknown: 'Unknown' },
  overTime: 'Adoption over time',
  /** `from`/`to` are dates and `first`/`last` rates, already formatted. */
  overTimeSummary: (from: string, to: string, first: string, last: string) =>
    `Adoption went from ${first} on ${from} to ${last} on ${to}.`,
  channelSplit: 'Channels',
  channelSummary: (totp: number, email: number, off: number) =>
    `Authenticator app: ${n(totp)}. Email codes: ${n(email)}. MFA off: ${n(off)}.`,
  byRole: 'Adoption by role',
  recommendation: 'Guide’s advice',
  advice: {
    totp: 'Strongly encourage TOTP (authenticator app)',
    email: 'Encourage email codes as a low-friction start',
    not_applicable: 'MFA not applicable: use service tokens',
  } satisfies Record<RoleAdvice, string>,
  gapsTitle: 'Owners and admins without an authenticator app',
  gapsEmpty: 'Every owner and admin uses an authenticator app.',
  backupTitle: 'Backup-code sign-ins',
  /** The counts are `THRESHOLDS` from `metrics.ts`: the sentences state the rules. */
  backupIntro: (uses: number) =>
    `High use (${n(uses)} or more times) may mean someone lost the device with their authenticator app.`,
  backupEmpty: 'Nobody signed in with a backup code in this range.',
  failuresTitle: 'Repeated failures',
  failuresIntro: (failures: number) => `${n(failures)} or more wrong codes within an hour.`,
  failuresEmpty: 'No repeated failures in this range.',
  churnTitle: 'Setup and disable churn',
  churnIntro: (disables: number) =>
    `Two-factor authentication turned off ${n(disables)} or more times.`,
  churnEmpty: 'No churn in this range.',
  burstsTitle: 'Bursts of failures',
  burstsIntro: (failures: number, people: number) =>
    `${n(failures)} or more failed codes from ${n(people)} or more people within an hour.`,
  burstsEmpty: 'No bursts in this range.',
  exportCsv: 'Export CSV',
  showTable: 'Show as table',
  showChart: 'Show as chart',
  columns: {
    role: 'Role',
    users: 'Users',
    rate: 'Adoption',
    email: 'Email',
    name: 'Name',
    channel: 'Channel',
    uses: 'Uses',
    lastUse: 'Last use',
    failures: 'Failures',
    first: 'First',
    last: 'Last',
    locked: 'Locked',
    disables: 'Turned off',
    enables: 'Turned on',
    start: 'Start',
    people: 'People',
    addresses: 'IP addresses',
    date: 'Date',
    count: 'Count',
    time: 'Time',
    action: 'Action',
    actor: 'User',
    status: 'Status',
    details: 'Details',
    ip: 'IP address',
  },
  yes: 'Yes',
  no: 'No',
  notApplicable: '—',
  // Audit events table
  eventsTitle: 'Audit events',
  eventsListTitle: 'Events on this page',
  actionFilter: 'Action',
  allActions: 'All MFA and sign-in events',
  statusFilter: 'Status',
  anyStatus: 'Any',
  success: 'Success',
  failure: 'Failure',
  actorFilter: 'User email',
  fromFilter: 'From',
  toFilter: 'To',
  apply: 'Apply filters',
  previous: 'Previous',
  next: 'Next',
  pageOf: (page: number, pages: number) => `Page ${n(page)} of ${n(Math.max(1, pages))}`,
  eventsCount: (total: number) => plural('en', total, { one: '# event', other: '# events' }),
  eventsEmpty: 'No events match these filters.',
  /** Exports every event that matches the filters, not only the page shown. */
  exportAllEvents: (total: number) =>
    plural('en', total, { one: 'Export # event as CSV', other: 'Export all # events as CSV' }),
  exportingEvents: (loaded: number, total: number | null) =>
    total === null
      ? 'Exporting audit events…'
      : `Exporting: ${n(loaded)} of ${n(total)} audit events read`,
  exportFailed: 'The export stopped: the audit events could not be read.',
  cancel: 'Cancel',
  loading: 'Loading…',
  // One person's record (a row's email opens it)
  recordMfa: 'Two-factor authentication',
  mfaOn: 'On',
  recordChannel: 'Method',
  recordLastSignIn: 'Last sign-in',
  recordNever: 'Never',
  recordEvents: 'Recent MFA events',
  recordEventsEmpty: 'No MFA events for this person yet.',
  recordFailed: 'This person’s record could not be loaded.',
  close: 'Close',
  /** Role ids the kit knows; any other shows as the server sends it. */
  roleNames: {
    owner: 'Owner',
    admin: 'Admin',
    member: 'Member',
    'api-only': 'API only',
    '(no role)': 'No role',
  } as Record<string, string>,
  /** Audit actions; any other shows as the server sends it. */
  actionNames: {
    'user.login': 'Signed in',
    'session.revoked': 'Session ended',
    'mfa.setup': 'Setup started',
    'mfa.enabled': 'Two-factor turned on',
    'mfa.disabled': 'Two-factor turned off',
    'mfa.challenge': 'Code asked for',
    'mfa.email_sent': 'Code emailed',
    'mfa.verified': 'Code accepted',
    'mfa.failed': 'Code refused',
    'mfa.replay_rejected': 'Used code refused',
    'mfa.backup_code_used': 'Backup code used',
    'mfa.locked': 'Locked after wrong codes',
    'passwordless.code_sent': 'Sign-in code emailed',
  } as Record<string, string>,
  /** The names in an audit entry's details; any other shows as the server sends it. */
  detailNames: {
    channel: 'Method',
    method: 'Used',
    context: 'Step',
    reason: 'Reason',
    purpose: 'For',
    mfa_used: 'Two-factor used',
  } as Record<string, string>,
  /** The values in an audit entry's details; any other shows as the server sends it. */
  detailValues: {
    totp: 'Authenticator app',
    email: 'Email code',
    backup_code: 'Backup code',
    password: 'Password',
    passwordless: 'Emailed sign-in code',
    setup: 'Setup',
    enable: 'Turning on',
    verify: 'Confirming',
    sign_in: 'Sign-in',
    mfa: 'Two-factor code',
    invalid: 'Wrong code',
    expired: 'Expired code',
    replayed: 'Code used before',
    locked: 'Locked',
    true: 'Yes',
    false: 'No',
  } as Record<string, string>,
};

export type AdminMessages = typeof enAdminMessages;
/** Any subset of the strings; nested groups may be given in part. */
export type AdminMessageOverrides = {
  [Key in keyof AdminMessages]?: AdminMessages[Key] extends Record<string, string>
    ? Partial<AdminMessages[Key]>
    : AdminMessages[Key];
};

/** `base` (a whole catalogue) with `overrides` on top; nested groups merge key by key. */
export function mergeAdminMessages(
  base: AdminMessages,
  overrides: AdminMessageOverrides | undefined,
): AdminMessages {
  if (!overrides) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const inner = (base as Record<string, unknown>)[key];
    merged[key] =
      inner && typeof inner === 'object' && value && typeof value === 'object'
        ? { ...inner, ...value }
        : value;
  }
  return merged as AdminMessages;
}
