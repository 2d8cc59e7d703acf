import type { AdminUser, AuditLogEntry } from '@authblock/mfa-client/admin';

/**
 * The dashboard's figures, computed from user records and audit entries alone: no React,
 * so a test (or a server job) gets the very numbers the dashboard shows.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The guide's per-role advice ("Security Recommendations"). */
export type RoleAdvice = 'totp' | 'email' | 'not_applicable';

/** Roles the guide names; any other role is advised like a regular user. */
export function adviceFor(role: string): RoleAdvice {
  const name = role.toLowerCase();
  if (name === 'owner' || name === 'admin') return 'totp';
  if (name === 'api-only' || name === 'api_only' || name === 'api') return 'not_applicable';
  return 'email';
}

/** Where a user's role is unknown (no `relationships.roles`). */
export const UNKNOWN_ROLE = '(no role)';

export function rolesOf(user: AdminUser): string[] {
  return user.roles && user.roles.length > 0 ? user.roles : [UNKNOWN_ROLE];
}

/** The user's first role: the one the dashboard groups them under. */
export const primaryRole = (user: AdminUser): string => rolesOf(user)[0] as string;

/** API-only accounts do not sign in as people: the guide says MFA does not apply. */
export const isPerson = (user: AdminUser) =>
  !rolesOf(user).some((role) => adviceFor(role) === 'not_applicable');

export interface TimeRange {
  from: number;
  to: number;
}

export interface DashboardFilters {
  /** One role, or all. */
  role: string | null;
  range: TimeRange;
}

export interface ChannelSplit {
  totp: number;
  email: number;
  off: number;
  /** Records without `mfa_enabled`. */
  unknown: number;
}

export interface RoleRow extends ChannelSplit {
  role: string;
  /** Every account of the role; the channel counts are of its people only. */
  total: number;
  /** Enabled / known, 0..1; null when no record of the role says. */
  rate: number | null;
  advice: RoleAdvice;
  /** Users of the role without the advised channel (owners and admins without TOTP). */
  gaps: AdminUser[];
}

export interface BackupUsageRow {
  user: AdminUser | undefined;
  userId: string;
  email: string;
  uses: number;
  lastUse: string;
  /** High enough that the guide's warning applies: the user may be losing their device. */
  isHigh: boolean;
}

export interface FailureRow {
  userId: string;
  email: string;
  failures: number;
  firstAt: string;
  lastAt: string;
  locked: boolean;
}

export interface ChurnRow {
  userId: string;
  email: string;
  disables: number;
  enables: number;
  lastAt: string;
}

export interface BurstRow {
  start: string;
  end: string;
  failures: number;
  emails: string[];
  ipAddresses: string[];
}

export interface AdoptionPoint {
  at: number;
  /** 0..1 among people who existed then; null when nobody did. */
  rate: number | null;
  enabled: number;
  people: number;
}

export interface DashboardData {
  /** False when no user record has an `mfa_enabled` field: figures would be a false 0 %. */
  hasMfaFields: boolean;
  /** People (API-only accounts left out) in the filter. */
  people: number;
  enabled: number;
  /** Enabled / people whose state is known, 0..1; null when none is known. */
  rate: number | null;
  channels: ChannelSplit;
  /**
   * People in the filter whose role the guide advises TOTP (owners, admins): where there
   * are none, "every owner and admin uses an authenticator app" would be an empty claim.
   */
  totpAdvised: number;
  roles: RoleRow[];
  overTime: AdoptionPoint[];
  backupUsage: BackupUsageRow[];
  repeatedFailures: FailureRow[];
  churn: ChurnRow[];
  bursts: BurstRow[];
}

/** Thresholds for the warning signs; each is a rule of thumb, stated in the UI. */
export const THRESHOLDS = {
  /** Backup-code sign-ins in the range that count as "high". */
  backupUses: 3,
  /** Failed second factors by one user within `failureWindowMs`. */
  failures: 5,
  failureWindowMs: HOUR,
  /** MFA turned off this many times in the range. */
  disables: 2,
  /** Failures across the tenant within `burstWindowMs`, from at least `burstUsers` users. */
  burstFailures: 10,
  burstUsers: 5,
  burstWindowMs: HOUR,
};

const time = (entry: AuditLogEntry) => Date.parse(entry.createdAt);

function split(users: readonly AdminUser[]): ChannelSplit {
  const result: ChannelSplit = { totp: 0, email: 0, off: 0, unknown: 0 };
  for (const user of users) {
    if (user.mfaEnabled === undefined) result.unknown++;
    else if (!user.mfaEnabled) result.off++;
    else if (user.mfaChannel === 'totp') result.totp++;
    else if (user.mfaChannel === 'email') result.email++;
    // On, with an unreported channel: count it as on, under email's lighter guarantee.
    else result.email++;
  }
  return result;
}

function rateOf(channels: ChannelSplit): number | null {
  const known = channels.totp + channels.email + channels.off;
  return known === 0 ? null : (channels.totp + channels.email) / known;
}

/** Counts per user of the entries that match, with first and last time. */
function perActor(entries: readonly AuditLogEntry[], match: (entry: AuditLogEntry) => boolean) {
  const result = new Map<
    string,
    { count: number; first: string; last: string; email: string | null }
  >();
  for (const entry of entries) {
    if (!entry.actorId || !match(entry)) continue;
    const row = result.get(entry.actorId);
    if (!row) {
      result.set(entry.actorId, {
        count: 1,
        first: entry.createdAt,
        last: entry.createdAt,
        email: entry.actorEmail,
      });
      continue;
    }
    row.count++;
    if (entry.createdAt < row.first) row.first = entry.createdAt;
    if (entry.createdAt > row.last) row.last = entry.createdAt;
  }
  return result;
}

const isBackupUse = (entry: AuditLogEntry) =>
  entry.action === 'mfa.verified' && entry.metadata.method === 'backup_code';
const isFailure = (entry: AuditLogEntry) => entry.action === 'mfa.failed';

/** The largest number of `times` (sorted) within any window of `windowMs`. */
function densest(times: readonly number[], windowMs: number): { count: number; start: number } {
  let best = { count: 0, start: 0 };
  let left = 0;
  for (let right = 0; right < times.length; right++) {
    while ((times[right] as number) - (times[left] as number) > windowMs) left++;
    if (right - left + 1 > best.count)
      best = { count: right - left + 1, start: times[left] as number };
  }
  return best;
}

/** Whether each user had MFA on at `at`, from their enable/disable history and state now. */
function adoptionAt(
  people: readonly AdminUser[],
  toggles: ReadonlyMap<string, { at: number; on: boolean }[]>,
  at: number,
): AdoptionPoint {
  let enabled = 0;
  let counted = 0;
  for (const user of people) {
    const created = user.createdAt ? Date.parse(user.createdAt) : Number.NEGATIVE_INFINITY;
    if (created > at || user.mfaEnabled === undefined) continue;
    counted++;
    const history = toggles.get(user.id);
    let on: boolean;
    if (!history || history.length === 0) on = user.mfaEnabled;
    else {
      const before = history.filter((toggle) => toggle.at <= at);
      // Before the first toggle the user had the opposite of what it set.
      on =
        before.length > 0
          ? (before.at(-1) as { on: boolean }).on
          : !(history[0] as { on: boolean }).on;
    }
    if (on) enabled++;
  }
  return { at, enabled, people: counted, rate: counted === 0 ? null : enabled / counted };
}

/** Every figure of the dashboard for one filter. */
export function computeDashboard(
  allUsers: readonly AdminUser[],
  allEntries: readonly AuditLogEntry[],
  filters: DashboardFilters,
  points = 12,
): DashboardData {
  const users =
    filters.role === null
      ? allUsers
      : allUsers.filter((user) => rolesOf(user).includes(filters.role as string));
  const people = users.filter(isPerson);
  const byId = new Map(allUsers.map((user) => [user.id, user]));
  const inFilter = new Set(users.map((user) => user.id));
  const { from, to } = filters.range;
  const entries = allEntries.filter((entry) => {
    const at = time(entry);
    return (
      at >= from &&
      at <= to &&
      (filters.role === null || (entry.actorId !== null && inFilter.has(entry.actorId)))
    );
  });
  const emailOf = (id: string, fallback: string | null) => byId.get(id)?.email ?? fallback ?? id;

  const channels = split(people);

  const roleNames = [...new Set(users.flatMap(rolesOf))].sort(
    (a, b) => roleOrder(a) - roleOrder(b) || a.localeCompare(b),
  );
  const roles: RoleRow[] = roleNames.map((role) => {
    const members = users.filter((user) => rolesOf(user).includes(role));
    // Channels count people, as the cards do: an admin who is also API-only is neither.
    const persons = members.filter(isPerson);
    const roleSplit = split(persons);
    const advice = adviceFor(role);
    return {
      role,
      total: members.length,
      ...roleSplit,
      rate: advice === 'not_applicable' ? null : rateOf(roleSplit),
      advice,
      gaps:
        advice === 'totp'
          ? persons.filter((user) => user.mfaEnabled !== undefined && user.mfaChannel !== 'totp')
          : [],
    };
  });

  // Adoption over time: enable/disable history of every user, whatever the range, so the
  // state at each point is right; the points themselves span the range.
  const toggles = new Map<string, { at: number; on: boolean }[]>();
  for (const entry of allEntries) {
    if (!entry.actorId || (entry.action !== 'mfa.enabled' && entry.action !== 'mfa.disabled'))
      continue;
    const list = toggles.get(entry.actorId) ?? [];
    list.push({ at: time(entry), on: entry.action === 'mfa.enabled' });
    toggles.set(entry.actorId, list);
  }
  for (const list of toggles.values()) list.sort((a, b) => a.at - b.at);
  const overTime: AdoptionPoint[] = [];
  for (let i = 0; i < points; i++) {
    overTime.push(adoptionAt(people, toggles, from + ((to - from) * (i + 1)) / points));
  }

  const backupUsage = [...perActor(entries, isBackupUse)]
    .map(([userId, row]) => ({
      user: byId.get(userId),
      userId,
      email: emailOf(userId, row.email),
      uses: row.count,
      lastUse: row.last,
      isHigh: row.count >= THRESHOLDS.backupUses,
    }))
    .sort((a, b) => b.uses - a.uses || a.email.localeCompare(b.email));

  const failureTimes = new Map<string, number[]>();
  const lockedUsers = new Set<string>();
  for (const entry of entries) {
    if (!entry.actorId) continue;
    if (entry.action === 'mfa.locked') lockedUsers.add(entry.actorId);
    if (!isFailure(entry)) continue;
    failureTimes.set(entry.actorId, [...(failureTimes.get(entry.actorId) ?? []), time(entry)]);
  }
  const repeatedFailures: FailureRow[] = [];
  for (const [userId, times] of failureTimes) {
    times.sort((a, b) => a - b);
    const worst = densest(times, THRESHOLDS.failureWindowMs);
    if (worst.count < THRESHOLDS.failures) continue;
    repeatedFailures.push({
      userId,
      email: emailOf(userId, null),
      failures: times.length,
      firstAt: new Date(times[0] as number).toISOString(),
      lastAt: new Date(times.at(-1) as number).toISOString(),
      locked: lockedUsers.has(userId),
    });
  }
  repeatedFailures.sort((a, b) => b.failures - a.failures || a.email.localeCompare(b.email));

  const disables = perActor(entries, (entry) => entry.action === 'mfa.disabled');
  const enables = perActor(entries, (entry) => entry.action === 'mfa.enabled');
  const churn: ChurnRow[] = [...disables]
    .filter(([, row]) => row.count >= THRESHOLDS.disables)
    .map(([userId, row]) => ({
      userId,
      email: emailOf(userId, row.email),
      disables: row.count,
      enables: enables.get(userId)?.count ?? 0,
      lastAt: row.last,
    }))
    .sort((a, b) => b.disables - a.disables || a.email.localeCompare(b.email));

  const bursts = findBursts(entries.filter(isFailure), emailOf);

  return {
    hasMfaFields: allUsers.some((user) => user.mfaEnabled !== undefined),
    people: people.length,
    enabled: channels.totp + channels.email,
    rate: rateOf(channels),
    channels,
    totpAdvised: people.filter((user) => rolesOf(user).some((role) => adviceFor(role) === 'totp'))
      .length,
    roles,
    overTime,
    backupUsage,
    repeatedFailures,
    churn,
    bursts,
  };
}

/** Hours in which many users failed their second factor: one row per non-overlapping window. */
function findBursts(
  failures: readonly AuditLogEntry[],
  emailOf: (id: string, fallback: string | null) => string,
): BurstRow[] {
  const sorted = [...failures].sort((a, b) => time(a) - time(b));
  const bursts: BurstRow[] = [];
  let left = 0;
  for (let right = 0; right < sorted.length; right++) {
    while (
      time(sorted[right] as AuditLogEntry) - time(sorted[left] as AuditLogEntry) >
      THRESHOLDS.burstWindowMs
    )
      left++;
    const window = sorted.slice(left, right + 1);
    const users = new Set(window.map((entry) => entry.actorId ?? ''));
    const next = sorted[right + 1];
    const grows =
      next !== undefined &&
      time(next) - time(sorted[left] as AuditLogEntry) <= THRESHOLDS.burstWindowMs;
    if (
      window.length >= THRESHOLDS.burstFailures &&
      users.size >= THRESHOLDS.burstUsers &&
      !grows
    ) {
      bursts.push({
        start: (window[0] as AuditLogEntry).createdAt,
        end: (window.at(-1) as AuditLogEntry).createdAt,
        failures: window.length,
        emails: [...users].map((id) => emailOf(id, null)).sort(),
        ipAddresses: [
          ...new Set(window.flatMap((entry) => (entry.ipAddress ? [entry.ipAddress] : []))),
        ],
      });
      left = right + 1;
    }
  }
  return bursts;
}

const ROLE_ORDER = ['owner', 'admin', 'member', 'api-only'];
function roleOrder(role: string): number {
  const index = ROLE_ORDER.indexOf(role);
  return index < 0 ? ROLE_ORDER.length : index;
}

/** The ranges the dashboard offers, ending now. */
export const RANGES = { '30d': 30 * DAY, '90d': 90 * DAY, '12m': 365 * DAY } as const;
export type RangeKey = keyof typeof RANGES;

export function rangeEndingAt(now: number, key: RangeKey): TimeRange {
  return { from: now - RANGES[key], to: now };
}
