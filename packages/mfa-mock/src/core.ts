import type { MfaChannel } from '@authblock/mfa-client/schemas';
import { type BackupCodeSet, backupCodesRemaining } from './factors/backup-codes/backup-codes.ts';
import {
  type EmailCode,
  type EmailPurpose,
  isBurned,
  isLive,
  issueEmailCode,
} from './factors/email/email-codes.ts';
import { createSecondFactors, type SecondFactors } from './factors/index.ts';
import { TOTP_ISSUER, type TotpCredential } from './factors/totp/totp.ts';
import {
  hashPassword,
  type PasswordHash,
  randomBytes,
  randomId,
  randomUuid,
  verifyPassword,
} from './internal/crypto.ts';
import { decodeState, encodeState, type Json } from './internal/persistence.ts';
import { RingBuffer } from './internal/ring-buffer.ts';
import { TokenService } from './internal/tokens.ts';
import { type LockoutPolicy, type LockoutState, newLockoutState } from './lockout.ts';
import { generatePopulation, POPULATION_PASSWORD } from './population/population.ts';
import type {
  MockAuditEvent,
  MockBackendOptions,
  MockDialect,
  MockEmail,
  MockSeedUser,
  MockStateSnapshot,
  MockUserSnapshot,
} from './types.ts';

/** The reference dialect's default issuer: spaces and a dash, percent-encoded in the URI. */
export const REFERENCE_TOTP_ISSUER = '23blocks - Auth Block';

export const DEFAULT_API_KEY = 'pk_test_mock';
/**
 * The demo user. Its id is one fixed UUID (v4), like every id the mock hands out, so docs
 * and tests can name it; import the constant rather than copying the id.
 */
export const DEMO_USER = {
  email: 'demo@example.com',
  password: 'Password123!',
  id: '3f6c2a9e-5b7d-4e1f-8a2c-9d4b6e0f1a37',
  roles: ['member'],
} as const satisfies MockSeedUser;
/** The tenant's seeded administrator: may use `/users` and `/audit_logs`. MFA off. */
export const ADMIN_USER = {
  email: 'admin@example.com',
  password: 'Password123!',
  id: 'b8e4d1f0-2c6a-4f3b-9e7d-5a1c8b2f6e94',
  roles: ['admin'],
  firstName: 'Ada',
  lastName: 'Admin',
} as const satisfies MockSeedUser;
/** Roles that may use the tenant-admin routes. */
export const ADMIN_ROLES: ReadonlySet<string> = new Set(['owner', 'admin']);

/**
 * How many entries each log keeps by default (the newest; older ones are dropped): the
 * mock runs for months as a shared dev server and must not grow with what it is sent.
 * Documented in the README; `logSizes` changes them.
 */
export const LOG_SIZES = { requests: 1000, events: 1000, mailbox: 1000 } as const;

/**
 * How far `advanceClock` may move the clock ahead in total: 100 years. Far more than any
 * expiry or lock needs, and far from the end of `Date`'s range.
 */
export const MAX_CLOCK_OFFSET_SECONDS = 100 * 365 * 24 * 3600;

/**
 * Addresses whose wrong passwords (or passwordless codes) are counted, at most, per kind.
 * When full, the oldest address that is not locked goes first, whether it has an account
 * or not, so neither a lock nor its eviction says which addresses exist.
 */
export const ADDRESS_LOCKS = 10_000;

/** What a person guesses at the front door: a password, or a passwordless code. */
export type GuessKind = 'password' | 'passwordless';

/** Request paths are logged cut to this many characters. */
export const MAX_LOGGED_PATH_LENGTH = 256;

/** One entry of the request log. */
export interface LoggedRequest {
  method: string;
  path: string;
}

/** The second factor a user has turned on. */
export interface ActiveMfa {
  channel: MfaChannel;
  totp: TotpCredential | null;
  backupCodes: BackupCodeSet;
}

/** A setup that was started; it becomes `ActiveMfa` on enable. */
export interface PendingSetup {
  id: string;
  channel: MfaChannel;
  totp: TotpCredential | null;
  backupCodes: BackupCodeSet;
  /** Email channel: the emailed code was accepted by `/verify`. */
  emailVerified: boolean;
}

export interface UserRecord {
  id: string;
  /** Lowercased: addresses are matched case-insensitively. */
  email: string;
  createdAt: number;
  /** Hashing is asynchronous (Web Crypto); creating a user is not. */
  password: Promise<PasswordHash>;
  active: ActiveMfa | null;
  pending: PendingSetup | null;
  /** The MFA code slot: setup verification, sign-in challenge, `/verify`. */
  mfaEmail: EmailCode | null;
  mfaEmailSentAt: number;
  /** The passwordless sign-in code slot. */
  passwordlessEmail: EmailCode | null;
  passwordlessSentAt: number;
  /** Wrong second factors (TOTP, email, backup) in a row. */
  lockout: LockoutState;
  /** Role ids, as `relationships.roles` carries them. */
  roles: readonly string[];
  firstName: string | null;
  lastName: string | null;
  /** Account status as the admin routes show it. */
  status: 'active' | 'inactive' | 'suspended';
  /** The last completed sign-in, on the backend's clock. */
  lastLoginAt: number | null;
  /** When a second factor was last accepted (the reference's status says `last_used_at`). */
  lastVerifiedAt: number | null;
  /**
   * The newest MFA email's code was used (a sign-in, a setup verification): the resend
   * cooldown is over. Clearing the slot (another setup, a disable) does not end it.
   */
  mfaEmailUsed: boolean;
}

/** What `createUser` takes: a seed user, optionally with a precomputed password hash. */
export interface NewUser extends MockSeedUser {
  /** Seeded population: one hash shared by many users, so seeding stays fast. */
  passwordHash?: Promise<PasswordHash> | undefined;
  createdAt?: number | undefined;
}

export interface Config {
  dialect: MockDialect;
  baseUrl: string;
  apiKeys: ReadonlySet<string>;
  seedUsers: readonly MockSeedUser[];
  /** `null` when no population is seeded. */
  population: { users: number; seed: number } | null;
  clock: { now(): number };
  lockout: LockoutPolicy;
  passwordLockout: LockoutPolicy;
  passwordlessLockout: LockoutPolicy;
  emailTtlMs: number;
  resendCooldownMs: number;
  totpWindow: number;
  issuer: string;
  latencyMs: number;
  logSizes: { requests: number; events: number; mailbox: number };
}

interface State {
  users: Map<string, UserRecord>;
  idsByEmail: Map<string, string>;
  mailbox: RingBuffer<MockEmail>;
  events: RingBuffer<MockAuditEvent>;
  /**
   * The seeded tenant's past (population only), oldest first: read-only and of a fixed
   * size, kept apart from the live event log so that log's bound never evicts it.
   */
  history: MockAuditEvent[];
  requests: RingBuffer<LoggedRequest>;
  /**
   * Wrong passwords (sign-in and disable) and wrong passwordless codes in a row, by the
   * address asked for, whether it has an account or not: one table, one code path, so
   * the throttle answers alike for both. Bounded (see {@link ADDRESS_LOCKS}).
   */
  addressLocks: Record<GuessKind, Map<string, LockoutState>>;
  clockOffsetMs: number;
  tokens: TokenService;
}

/** The population's defaults: the whole tenant's size and the generator's seed. */
const POPULATION_DEFAULTS = { users: 250, seed: 20_261_129 };

function resolvePopulation(
  option: MockBackendOptions['population'],
): { users: number; seed: number } | null {
  if (!option) return null;
  const resolved = { ...POPULATION_DEFAULTS, ...(option === true ? {} : option) };
  if (!Number.isInteger(resolved.users) || resolved.users < 0 || resolved.users > 10_000) {
    throw new RangeError('population.users must be an integer from 0 to 10000');
  }
  return resolved;
}

function nonNegative(value: number | undefined, fallback: number, name: string): number {
  const result = value ?? fallback;
  if (!Number.isFinite(result) || result < 0) throw new RangeError(`${name} must be >= 0`);
  return result;
}

function logSize(value: number | undefined, fallback: number, name: string): number {
  const result = value ?? fallback;
  if (!Number.isInteger(result) || result < 1)
    throw new RangeError(`${name} must be an integer >= 1`);
  return result;
}

function lockoutPolicy(
  option: { maxAttempts?: number | undefined; durationSeconds?: number | undefined } | undefined,
  defaults: { maxAttempts: number; durationSeconds: number },
  name: string,
): LockoutPolicy {
  const maxAttempts = nonNegative(option?.maxAttempts, defaults.maxAttempts, `${name}.maxAttempts`);
  const seconds = nonNegative(
    option?.durationSeconds,
    defaults.durationSeconds,
    `${name}.durationSeconds`,
  );
  return { maxAttempts: Math.max(1, maxAttempts), durationMs: seconds * 1000 };
}

export function resolveConfig(options: MockBackendOptions = {}): Config {
  const dialect = options.dialect ?? 'guide';
  if (dialect !== 'guide' && dialect !== 'reference') {
    throw new RangeError(`dialect must be 'guide' or 'reference'`);
  }
  return {
    dialect,
    baseUrl: options.baseUrl ? options.baseUrl.replace(/\/+$/, '') : '*',
    apiKeys: new Set(options.apiKeys ?? [DEFAULT_API_KEY]),
    seedUsers: options.users ?? [DEMO_USER, ADMIN_USER],
    population: resolvePopulation(options.population),
    clock: options.clock ?? { now: () => Date.now() },
    lockout: lockoutPolicy(options.lockout, { maxAttempts: 5, durationSeconds: 900 }, 'lockout'),
    passwordLockout: lockoutPolicy(
      options.passwordLockout,
      { maxAttempts: 10, durationSeconds: 900 },
      'passwordLockout',
    ),
    passwordlessLockout: lockoutPolicy(
      options.passwordlessLockout,
      { maxAttempts: 10, durationSeconds: 900 },
      'passwordlessLockout',
    ),
    emailTtlMs: nonNegative(options.emailCode?.ttlSeconds, 600, 'emailCode.ttlSeconds') * 1000,
    resendCooldownMs:
      nonNegative(options.emailCode?.resendCooldownSeconds, 30, 'emailCode.resendCooldownSeconds') *
      1000,
    totpWindow: Math.floor(nonNegative(options.totpWindow, 1, 'totpWindow')),
    // The reference's example names a tenant with spaces and a dash; so does its default.
    issuer: issuerName(
      options.issuer ?? (dialect === 'reference' ? REFERENCE_TOTP_ISSUER : undefined),
    ),
    latencyMs: nonNegative(options.latencyMs, 0, 'latencyMs'),
    logSizes: {
      requests: logSize(options.logSizes?.requests, LOG_SIZES.requests, 'logSizes.requests'),
      events: logSize(options.logSizes?.events, LOG_SIZES.events, 'logSizes.events'),
      mailbox: logSize(options.logSizes?.mailbox, LOG_SIZES.mailbox, 'logSizes.mailbox'),
    },
  };
}

/** Bumped whenever a saved state could no longer be read by this code. */
const STATE_FORMAT = 'authblock-mfa-mock-state/2';

const SUBJECTS: Record<EmailPurpose, string> = {
  mfa_setup: 'Confirm two-factor authentication',
  // Two emails can sit in one inbox during a passwordless sign-in with email 2FA: their
  // subjects must tell them apart at a glance.
  mfa_sign_in: 'Your two-factor authentication code',
  passwordless: 'Your code to sign in without a password',
};

/**
 * The in-memory backend: users, MFA state, mailbox, audit log, clock. Routes read and
 * change it; every check-then-change on it runs without an `await` in between.
 */
export class BackendCore {
  state: State;
  /** The second factors, each with this backend's settings (and backup-code key). */
  factors: SecondFactors;
  /** Per backend, kept across `reset()`: only this backend can check its backup codes. */
  private backupCodeSecret: Uint8Array<ArrayBuffer>;
  /** Compared against for unknown emails, so "no such user" costs what "wrong password" does. */
  private readonly dummyPassword: Promise<PasswordHash>;

  constructor(readonly config: Config) {
    this.dummyPassword = hashPassword(randomId(24));
    this.backupCodeSecret = randomBytes(32);
    this.factors = this.createFactors();
    this.state = this.seed();
  }

  private createFactors(): SecondFactors {
    return createSecondFactors({
      totpWindow: this.config.totpWindow,
      emailTtlMs: this.config.emailTtlMs,
      backupCodeSecret: this.backupCodeSecret,
    });
  }

  private seed(): State {
    const state: State = {
      users: new Map(),
      idsByEmail: new Map(),
      mailbox: new RingBuffer(this.config.logSizes.mailbox),
      events: new RingBuffer(this.config.logSizes.events),
      history: [],
      requests: new RingBuffer(this.config.logSizes.requests),
      addressLocks: { password: new Map(), passwordless: new Map() },
      clockOffsetMs: 0,
      tokens: new TokenService(() => this.now()),
    };
    this.state = state;
    for (const user of this.config.seedUsers) this.createUser(user);
    if (this.config.population) this.applyPopulation(state, this.config.population);
    return state;
  }

  /**
   * Creates the generated tenant's users (up to `users` in all, seed users included) in
   * the state they are in now, and keeps their history apart from the live log.
   */
  private applyPopulation(state: State, options: { users: number; seed: number }): void {
    const { users, history } = generatePopulation({
      count: Math.max(0, options.users - state.users.size),
      seed: options.seed,
      now: this.now(),
      takenEmails: state.idsByEmail.keys(),
    });
    // One hash shared by every generated user, so seeding 250 of them stays fast.
    const passwordHash = hashPassword(POPULATION_PASSWORD);
    for (const { mfa, status, lastLoginAt, ...account } of users) {
      const user = this.createUser({ ...account, password: POPULATION_PASSWORD, passwordHash });
      user.active = mfa;
      user.status = status;
      user.lastLoginAt = lastLoginAt;
    }
    state.history = history.map((event, index) => ({ id: index + 1, ...event }));
  }

  reset(): void {
    this.state = this.seed();
  }

  /**
   * The whole state as JSON: users, MFA, codes, mailbox, audit log, clock offset, the
   * token signing key (so issued tokens stay valid) and the backup-code key (so saved
   * backup codes still work). Everything in `state` is included
   * without being listed here; the token service is rebuilt around its key.
   */
  async exportState(): Promise<MockStateSnapshot> {
    const { tokens, ...data } = this.state;
    const keys = { signingKey: await tokens.signingKey(), backupCodeSecret: this.backupCodeSecret };
    return {
      format: STATE_FORMAT,
      state: await encodeState(data),
      keys: await encodeState(keys, 'keys'),
    };
  }

  /** Replaces the state with an exported one. Throws, changing nothing, if it is not one. */
  async importState(snapshot: MockStateSnapshot): Promise<void> {
    if (snapshot?.format !== STATE_FORMAT) {
      throw new TypeError(`mfa-mock: not a ${STATE_FORMAT} state`);
    }
    const data = (await decodeState(snapshot.state as Json)) as Omit<State, 'tokens'>;
    const keys = (await decodeState(snapshot.keys as Json)) as {
      signingKey: CryptoKey;
      backupCodeSecret: Uint8Array<ArrayBuffer>;
    };
    this.backupCodeSecret = keys.backupCodeSecret;
    this.factors = this.createFactors();
    this.state = { ...data, tokens: new TokenService(() => this.now(), keys.signingKey) };
  }

  now(): number {
    return this.config.clock.now() + this.state.clockOffsetMs;
  }

  /** Whether the clock may move `seconds` ahead without passing the total cap. */
  canAdvanceClock(seconds: number): boolean {
    const total = this.state.clockOffsetMs + seconds * 1000;
    return Number.isFinite(seconds) && seconds >= 0 && total <= MAX_CLOCK_OFFSET_SECONDS * 1000;
  }

  advanceClock(seconds: number): void {
    if (!this.canAdvanceClock(seconds)) {
      throw new RangeError(
        `advanceClock: seconds must be >= 0, and the clock moves at most ${MAX_CLOCK_OFFSET_SECONDS} seconds (100 years) ahead in total`,
      );
    }
    this.state.clockOffsetMs += seconds * 1000;
  }

  createUser(input: NewUser): UserRecord {
    const email = normalizeEmail(input.email);
    if (this.state.idsByEmail.has(email)) throw new Error('A user with this email already exists');
    const id = input.id ?? randomUuid();
    if (this.state.users.has(id)) throw new Error('A user with this id already exists');
    const user: UserRecord = {
      id,
      email,
      createdAt: input.createdAt ?? this.now(),
      password: input.passwordHash ?? hashPassword(input.password),
      active: null,
      pending: null,
      mfaEmail: null,
      mfaEmailSentAt: Number.NEGATIVE_INFINITY,
      passwordlessEmail: null,
      passwordlessSentAt: Number.NEGATIVE_INFINITY,
      lockout: newLockoutState(),
      roles: [...(input.roles ?? ['member'])],
      firstName: input.firstName ?? null,
      lastName: input.lastName ?? null,
      status: 'active',
      lastLoginAt: null,
      lastVerifiedAt: null,
      mfaEmailUsed: false,
    };
    this.state.users.set(id, user);
    this.state.idsByEmail.set(email, id);
    return user;
  }

  findByEmail(email: string): UserRecord | undefined {
    const id = this.state.idsByEmail.get(normalizeEmail(email));
    return id === undefined ? undefined : this.state.users.get(id);
  }

  /**
   * The lock counting wrong passwords or passwordless codes for an address, looked up by
   * the address alone: an account changes nothing about it. When the table is full, the
   * oldest unlocked entry makes room (the oldest of all when every one is locked).
   */
  lockFor(kind: GuessKind, email: string): LockoutState {
    const table = this.state.addressLocks[kind];
    const key = normalizeEmail(email);
    let lock = table.get(key);
    if (!lock) {
      if (table.size >= ADDRESS_LOCKS) table.delete(this.evictable(table));
      lock = newLockoutState();
      table.set(key, lock);
    }
    return lock;
  }

  private evictable(table: Map<string, LockoutState>): string {
    const now = this.now();
    let oldest: string | undefined;
    for (const [key, lock] of table) {
      oldest ??= key;
      if (lock.lockedUntil <= now) return key;
    }
    return oldest ?? '';
  }

  /** Checks a password; for an unknown user, checks against a dummy so timing matches. */
  async passwordMatches(user: UserRecord | undefined, password: string): Promise<boolean> {
    const stored = await (user?.password ?? this.dummyPassword);
    const matches = await verifyPassword(password, stored);
    return user !== undefined && matches;
  }

  audit(event: Omit<MockAuditEvent, 'id' | 'at'>): void {
    const events = this.state.events;
    // Numbered from 1 by every event ever logged, so ids stay unique once old ones drop.
    events.push({ id: events.pushed + 1, at: this.now(), ...event });
  }

  /** The audit log's newest entries, oldest first (copies). */
  events(): MockAuditEvent[] {
    return this.state.events.toArray().map((event) => ({ ...event }));
  }

  /** The mailbox's newest emails, oldest first (copies). */
  mailbox(): MockEmail[] {
    return this.state.mailbox.toArray().map((mail) => ({ ...mail }));
  }

  /** Logs a request to an API route, its path cut short: a client's junk is not kept. */
  logRequest(method: string, path: string): void {
    const cut =
      path.length > MAX_LOGGED_PATH_LENGTH ? `${path.slice(0, MAX_LOGGED_PATH_LENGTH)}…` : path;
    this.state.requests.push({ method: method.slice(0, 16), path: cut });
  }

  /** The request log's newest entries, oldest first (copies). */
  requests(): LoggedRequest[] {
    return this.state.requests.toArray().map((entry) => ({ ...entry }));
  }

  /**
   * Emails a fresh MFA or passwordless code, replacing the previous one, unless one was
   * sent within the cooldown and is still usable: then nothing is sent.
   * @returns whether an email went out.
   */
  sendCode(user: UserRecord, purpose: EmailPurpose, options: { force?: boolean } = {}): boolean {
    const now = this.now();
    const slot = purpose === 'passwordless' ? 'passwordless' : 'mfa';
    if (!options.force && this.cooldownRemainingMs(user, slot) > 0) return false;
    const code = issueEmailCode(purpose, now);
    if (slot === 'passwordless') {
      user.passwordlessEmail = code;
      user.passwordlessSentAt = now;
    } else {
      const previous = user.mfaEmail;
      if (isLive(previous, now, this.config.emailTtlMs)) code.replaced = previous.code;
      user.mfaEmail = code;
      user.mfaEmailSentAt = now;
      user.mfaEmailUsed = false;
    }
    const minutes = Math.round(this.config.emailTtlMs / 60_000);
    this.state.mailbox.push({
      to: user.email,
      subject: SUBJECTS[purpose],
      text: `Your code is ${code.code}. It expires in ${minutes} minutes. If you did not ask for it, ignore this email.`,
      code: code.code,
      purpose,
      sentAt: now,
    });
    this.audit({ action: 'email_sent', userId: user.id, purpose });
    return true;
  }

  /**
   * Milliseconds until a new code may be sent; 0 when it may. A code used (for a sign-in,
   * a setup verification) or expired frees the slot at once: the next sign-in needs a new
   * one. Nothing else does: not a code burned by wrong guesses (else guessing could go on
   * with a fresh code every time), and not a cleared slot (else switching to TOTP setup
   * and back, or a disable, would send email after email).
   */
  cooldownRemainingMs(user: UserRecord, slot: 'mfa' | 'passwordless'): number {
    const now = this.now();
    const passwordless = user.passwordlessEmail;
    const [sentAt, used] =
      slot === 'mfa'
        ? [user.mfaEmailSentAt, user.mfaEmailUsed]
        : [user.passwordlessSentAt, passwordless?.consumed === true && !isBurned(passwordless)];
    if (used || now - sentAt >= this.config.emailTtlMs) return 0;
    return Math.max(0, sentAt + this.config.resendCooldownMs - now);
  }

  snapshot(user: UserRecord): MockUserSnapshot {
    return {
      id: user.id,
      email: user.email,
      mfaEnabled: user.active !== null,
      mfaChannel: user.active?.channel ?? null,
      backupCodesRemaining: backupCodesRemaining(user.active?.backupCodes ?? null),
      setupPending: user.pending?.channel ?? null,
      lockedUntil: user.lockout.lockedUntil > this.now() ? user.lockout.lockedUntil : null,
    };
  }
}

/** The issuer as given, trimmed; it must say something (an app shows it as the name). */
function issuerName(issuer: string | undefined): string {
  const name = (issuer ?? TOTP_ISSUER).trim();
  if (!name) throw new RangeError('issuer must not be empty');
  return name;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
