import type { MfaChannel } from '@authblock/mfa-client/schemas';
import { BACKUP_CODE_COUNT, type BackupCodeSet } from '../factors/backup-codes/backup-codes.ts';
import { createTotpCredential, type TotpCredential } from '../factors/totp/totp.ts';
import { randomBytes, uuidFromBytes } from '../internal/crypto.ts';
import type { MockAuditEvent, MockRole } from '../types.ts';
import { randomTools } from './random.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Every generated user signs in with this password (the README says so). */
export const POPULATION_PASSWORD = 'Password123!';

/** The address the seeded burst of failures comes from (RFC 5737 documentation range). */
export const BURST_IP = '198.51.100.23';

/** Which of the guide's warning signs a generated user carries. */
type Pattern = 'backup_heavy' | 'repeated_failures' | 'churn' | 'burst';

interface Plan {
  role: MockRole;
  channel: MfaChannel | null;
  pattern: Pattern | null;
}

const FIRST_NAMES = [
  'Amara',
  'Bruno',
  'Chen',
  'Dana',
  'Emeka',
  'Farah',
  'Goran',
  'Hana',
  'Ivan',
  'Jia',
  'Kofi',
  'Lena',
  'Mateo',
  'Nadia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tariq',
  'Uma',
  'Viktor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoe',
];
const LAST_NAMES = [
  'Adeyemi',
  'Berg',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ito',
  'Jensen',
  'Kowalski',
  'Larsen',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Rossi',
  'Silva',
  'Tanaka',
  'Novak',
];

/** How many generated users carry each warning sign (fewer in a small tenant). */
const PATTERN_COUNTS: Record<Pattern, number> = {
  backup_heavy: 4,
  repeated_failures: 4,
  churn: 3,
  burst: 12,
};

function plans(count: number, random: ReturnType<typeof randomTools>): Plan[] {
  const owners = Math.min(count, Math.max(1, Math.round(count * 0.008)));
  const admins = Math.round(count * 0.045);
  const apiOnly = Math.round(count * 0.04);
  const result: Plan[] = [];
  for (let i = 0; i < count; i++) {
    const role: MockRole =
      i < owners
        ? 'owner'
        : i < owners + admins
          ? 'admin'
          : i < owners + admins + apiOnly
            ? 'api-only'
            : 'member';
    const r = random.next();
    let channel: MfaChannel | null = null;
    // The first owner has TOTP, the second only email: a gap the dashboard must call out.
    if (role === 'owner') channel = i === 0 ? 'totp' : 'email';
    else if (role === 'admin') channel = r < 0.6 ? 'totp' : r < 0.8 ? 'email' : null;
    else if (role === 'member') channel = r < 0.22 ? 'totp' : r < 0.5 ? 'email' : null;
    result.push({ role, channel, pattern: null });
  }
  // Warning signs go to members with MFA on, spread over the list.
  const candidates = result.filter((plan) => plan.role === 'member' && plan.channel !== null);
  const scale = Math.min(1, count / 248);
  for (const [pattern, wanted] of Object.entries(PATTERN_COUNTS) as [Pattern, number][]) {
    let left = Math.round(wanted * scale);
    while (left > 0 && candidates.length > 0) {
      const index = random.int(0, candidates.length - 1);
      const [plan] = candidates.splice(index, 1);
      if (plan) plan.pattern = pattern;
      left--;
    }
  }
  return result;
}

/** One generated account, as it stands now: what the core creates, then sets. */
export interface GeneratedUser {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  roles: [MockRole];
  createdAt: number;
  status: 'active' | 'inactive';
  /** The second factor turned on, with secrets nobody was shown; null when MFA is off. */
  mfa: { channel: MfaChannel; totp: TotpCredential | null; backupCodes: BackupCodeSet } | null;
  lastLoginAt: number | null;
}

/** A generated tenant: its users (who sign in with {@link POPULATION_PASSWORD}) and past. */
export interface Population {
  users: GeneratedUser[];
  /** Oldest first, without ids (the core numbers them). */
  history: Omit<MockAuditEvent, 'id'>[];
}

export interface PopulationOptions {
  /** How many users to generate. */
  count: number;
  seed: number;
  /** The backend's clock at seed time: every date is before it. */
  now: number;
  /** Addresses already taken (the seed users): generated ones avoid them. */
  takenEmails: Iterable<string>;
}

/**
 * Generates a tenant: users with roles and MFA state, and their audit history over the
 * last twelve months, all from `seed` (ids and names and dates alike; only the TOTP
 * secrets and backup-code hashes, which nobody may know, are random). Pure: it reads and
 * changes no backend; the core applies what it returns. Times are relative to `now`, so
 * "the last 30 days" always has data. The history agrees with each user's current state
 * (the last `enabled`/`disabled` of a user says what they have now).
 */
export function generatePopulation(options: PopulationOptions): Population {
  const random = randomTools(options.seed);
  // Ids from a generator of their own, so adding them left every other draw as it was.
  const idRandom = randomTools(options.seed ^ 0x1d5eed);
  const { now, count } = options;
  const users: GeneratedUser[] = [];
  const history: Omit<MockAuditEvent, 'id'>[] = [];
  const burstAt = now - 4 * DAY - 3 * HOUR;
  const taken = new Set<string>(options.takenEmails);

  plans(count, random).forEach((plan, index) => {
    const firstName = random.pick(FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    let email = `${firstName}.${lastName}@example.com`.toLowerCase();
    for (let n = 2; taken.has(email); n++)
      email = `${firstName}.${lastName}${n}@example.com`.toLowerCase();
    taken.add(email);
    // More recent sign-ups than old ones: a growing tenant.
    const ageDays = 2 + Math.floor(362 * random.next() ** 1.4);
    const createdAt = now - ageDays * DAY - random.int(0, DAY - 1);
    const user: GeneratedUser = {
      id: uuidFromBytes(Uint8Array.from({ length: 16 }, () => idRandom.int(0, 255))),
      email,
      firstName,
      lastName,
      roles: [plan.role],
      createdAt,
      status: 'active',
      mfa: null,
      lastLoginAt: null,
    };
    users.push(user);
    if (plan.role !== 'api-only' && random.chance(0.03)) user.status = 'inactive';
    const ip = `203.0.113.${1 + (index % 254)}`;
    const add = (at: number, event: Omit<MockAuditEvent, 'id' | 'at' | 'userId' | 'ip'>) =>
      history.push({ ...event, userId: user.id, at: Math.min(at, now - MINUTE), ip });
    const between = (from: number, to: number) => from + random.next() * Math.max(0, to - from);

    // MFA turned on at some point after sign-up (churners switch it on and off first).
    let enabledAt = Number.POSITIVE_INFINITY;
    if (plan.channel) {
      const channel = plan.channel;
      let at = between(createdAt, createdAt + (now - createdAt) * 0.7);
      if (plan.pattern === 'churn') {
        at = Math.max(createdAt, now - random.int(20, 50) * DAY);
        for (let cycle = 0; cycle < 3; cycle++) {
          add(at, { action: 'setup', channel, context: 'setup' });
          add(at + 2 * MINUTE, { action: 'enabled', channel, context: 'enable' });
          at += random.int(1, 4) * DAY;
          add(at, { action: 'disabled', channel });
          at += random.int(2, 8) * HOUR;
        }
      }
      add(at, { action: 'setup', channel, context: 'setup' });
      enabledAt = at + 2 * MINUTE;
      add(enabledAt, { action: 'enabled', channel, context: 'enable' });
    }

    // Sign-ins: api-only accounts use service tokens, never this route.
    let lastLoginAt: number | null = null;
    let backupUses = 0;
    const signIn = (at: number, method: 'totp' | 'email' | 'backup_code' | null) => {
      const viaPassword = method !== null || random.chance(0.8);
      const context = viaPassword ? 'sign_in' : 'passwordless';
      if (method && plan.channel) {
        add(at, { action: 'challenged', channel: plan.channel, context });
        if (method === 'backup_code') {
          add(at + MINUTE, { action: 'backup_code_used', method, context });
        }
        add(at + MINUTE, { action: 'verified', method, context });
      }
      add(at + MINUTE, {
        action: 'signed_in',
        method: viaPassword ? 'password' : 'passwordless',
        context,
        mfaUsed: method !== null,
      });
      lastLoginAt = Math.max(lastLoginAt ?? 0, Math.min(at + MINUTE, now - MINUTE));
    };
    if (plan.role !== 'api-only') {
      const logins = random.int(0, 7) + (plan.role === 'member' ? 0 : 6);
      for (let i = 0; i < logins; i++) {
        const at = between(createdAt, now);
        if (random.chance(0.08)) {
          add(at - 3 * MINUTE, { action: 'sign_in_failed', method: 'password' });
        }
        const mfaOn = plan.channel !== null && at > enabledAt;
        const usesBackup = mfaOn && random.chance(0.02);
        if (usesBackup) backupUses++;
        signIn(at, mfaOn ? (usesBackup ? 'backup_code' : plan.channel) : null);
      }
    }
    const recentSince = Math.max(enabledAt, now - 45 * DAY);
    if (plan.pattern === 'backup_heavy') {
      const uses = random.int(5, 8);
      for (let i = 0; i < uses; i++) signIn(between(recentSince, now), 'backup_code');
      backupUses += uses;
    }
    if (plan.pattern === 'repeated_failures') {
      const start = between(Math.max(enabledAt, now - 30 * DAY), now - HOUR);
      for (let i = 0; i < 5; i++) {
        add(start + i * MINUTE, { action: 'failed', reason: 'invalid', context: 'sign_in' });
      }
      add(start + 5 * MINUTE, { action: 'locked', context: 'sign_in' });
    }
    if (plan.pattern === 'burst') {
      for (let i = 0; i < 2; i++) {
        history.push({
          action: 'failed',
          reason: 'invalid',
          context: 'sign_in',
          userId: user.id,
          at: burstAt + random.int(0, 15 * MINUTE),
          ip: BURST_IP,
        });
      }
    }

    if (plan.channel) {
      const used = Math.min(BACKUP_CODE_COUNT - 1, backupUses);
      user.mfa = {
        channel: plan.channel,
        totp: plan.channel === 'totp' ? createTotpCredential() : null,
        // Codes nobody was shown: random hashes, of which `used` are spent.
        backupCodes: {
          hashes: Array.from({ length: BACKUP_CODE_COUNT }, () => randomBytes(32)),
          used: Array.from({ length: BACKUP_CODE_COUNT }, (_, i) => i < used),
        },
      };
    }
    user.lastLoginAt = lastLoginAt;
  });

  history.sort((a, b) => a.at - b.at);
  return { users, history };
}
