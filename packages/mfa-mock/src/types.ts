import type { MfaChannel } from '@authblock/mfa-client/schemas';
import type { RequestHandler } from 'msw';
import type { EmailPurpose } from './factors/email/email-codes.ts';

/** The two wire dialects the backend can speak (see `MockBackendOptions.dialect`). */
export type MockDialect = 'guide' | 'reference';

/** Options for {@link createMockBackend}. Every one has a default; none is required. */
export interface MockBackendOptions {
  /**
   * Which of the vendor's two documents the answers follow: `'guide'` (the 2FA guide) or
   * `'reference'` (the API reference: "MFA required" as a 200 error document, `enabled`
   * instead of `mfa_enabled`, `backup_code` fields, `45365M` / `GW-PL-01x` codes, ...).
   * The rules (TOTP, email codes, backup codes, lockout) are the same in both.
   * @default 'guide'
   */
  dialect?: MockDialect | undefined;
  /**
   * The origin (and optional path prefix) the handlers answer on.
   * @default any origin (`*\/users/...`)
   * @example 'https://auth.api.us.23blocks.com'
   */
  baseUrl?: string | undefined;
  /**
   * Accepted `X-API-Key` values.
   * @default ['pk_test_mock']
   */
  apiKeys?: string[] | undefined;
  /**
   * The users present after creation and after every `reset()`. `roles` become the
   * user's `relationships.roles`; `owner` and `admin` may use the tenant-admin routes.
   * @default [DEMO_USER (member), ADMIN_USER (admin)]: `demo@example.com` and
   * `admin@example.com`, both `Password123!`, MFA off
   */
  users?: MockSeedUser[] | undefined;
  /**
   * A deterministic tenant for the admin dashboard: about 250 users across the roles
   * owner, admin, member and api-only, a mix of MFA off / email / TOTP, sign-ups and last
   * sign-ins over twelve months, and a year of audit history with the patterns the guide
   * warns of (many backup-code sign-ins, repeated failures, setup/disable churn, a burst).
   * `users` counts the whole tenant, the seeded `users` above included.
   * @default false (on in the demo and in `pnpm mock`)
   */
  population?: boolean | { users?: number; seed?: number } | undefined;
  /**
   * Where time comes from, in milliseconds. `advanceClock()` moves on top of it.
   * @default { now: () => Date.now() }
   */
  clock?: { now(): number } | undefined;
  /** Failed second factors in a row before the account is locked, and for how long. */
  lockout?: {
    /** @default 5 */
    maxAttempts?: number | undefined;
    /** @default 900 */
    durationSeconds?: number | undefined;
  };
  /**
   * Wrong passwords in a row for one address (sign-in and disable alike) before it is
   * locked, and for how long. High enough that a person never meets it.
   */
  passwordLockout?: {
    /** @default 10 */
    maxAttempts?: number | undefined;
    /** @default 900 */
    durationSeconds?: number | undefined;
  };
  /**
   * Wrong passwordless sign-in codes in a row for one address, across codes, before
   * passwordless sign-in is locked for it, and for how long.
   */
  passwordlessLockout?: {
    /** @default 10 */
    maxAttempts?: number | undefined;
    /** @default 900 */
    durationSeconds?: number | undefined;
  };
  /** Emailed codes (MFA and passwordless). */
  emailCode?: {
    /** @default 600 */
    ttlSeconds?: number | undefined;
    /** A new code is not sent again within this many seconds of the last one. @default 30 */
    resendCooldownSeconds?: number | undefined;
  };
  /**
   * The name authenticator apps show above the account (the \`issuer\` of the
   * \`otpauth://\` URI): this tenant's product name. Spaces, dashes and any other
   * characters are encoded, so \`23blocks - My Company\` arrives as written.
   * @default 'Auth Block'
   */
  issuer?: string | undefined;
  /**
   * TOTP steps accepted on either side of the current one.
   * @default 1
   */
  totpWindow?: number | undefined;
  /**
   * Artificial delay on every route, in real milliseconds (demo realism).
   * @default 0
   */
  latencyMs?: number | undefined;
  /**
   * How many entries each log keeps, newest first out: older ones are dropped, so a
   * long-running server does not grow with what it is sent.
   * @default { requests: 1000, events: 1000, mailbox: 1000 }
   */
  logSizes?: { requests?: number; events?: number; mailbox?: number } | undefined;
}

/** The roles the seeded tenant uses. Any string is accepted as a role id. */
export type MockRole = 'owner' | 'admin' | 'member' | 'api-only';

/** A user present from the start (and after every reset). */
export interface MockSeedUser {
  email: string;
  password: string;
  id?: string | undefined;
  /** @default ['member'] */
  roles?: readonly string[] | undefined;
  firstName?: string | undefined;
  lastName?: string | undefined;
}

/** An email the backend "sent", as the dev mailbox shows it. */
export interface MockEmail {
  to: string;
  subject: string;
  text: string;
  /** The code in the email: the whole point of a dev mailbox. */
  code: string;
  purpose: EmailPurpose;
  /** Milliseconds on the backend's clock. */
  sentAt: number;
}

export type MockAuditAction =
  | 'setup'
  | 'enabled'
  | 'disabled'
  | 'verified'
  | 'failed'
  | 'backup_code_used'
  | 'replay_rejected'
  | 'locked'
  | 'challenged'
  | 'signed_in'
  | 'sign_in_failed'
  | 'email_sent';

/** One audit log entry. Never carries codes, secrets, passwords, tokens or emails. */
export interface MockAuditEvent {
  id: number;
  action: MockAuditAction;
  /** `null` when the account is unknown (a failed sign-in for an unknown address). */
  userId: string | null;
  /** Milliseconds on the backend's clock. */
  at: number;
  channel?: MfaChannel | undefined;
  method?: 'totp' | 'email' | 'backup_code' | 'password' | 'passwordless' | undefined;
  /** Which route the event came from. */
  context?: 'setup' | 'enable' | 'verify' | 'sign_in' | 'passwordless' | undefined;
  /** For `failed`: why. */
  reason?: 'invalid' | 'expired' | 'replayed' | 'replaced' | 'locked' | undefined;
  purpose?: EmailPurpose | undefined;
  /** For `signed_in`: whether a second factor was asked for. */
  mfaUsed?: boolean | undefined;
  /** Seeded history only: where the request came from (documentation address ranges). */
  ip?: string | undefined;
}

/**
 * The backend's whole state as JSON (`MockBackend.snapshot()`), for keeping it across
 * page reloads; opaque apart from its `format`.
 */
export interface MockStateSnapshot {
  format: string;
  state: unknown;
  keys: unknown;
}

/** A user's state, for assertions. */
export interface MockUserSnapshot {
  id: string;
  email: string;
  mfaEnabled: boolean;
  mfaChannel: MfaChannel | null;
  backupCodesRemaining: number;
  /** A setup was started and not finished. */
  setupPending: MfaChannel | null;
  lockedUntil: number | null;
}

/** What `enableMfaFor` hands back: enough to answer every second factor in a test. */
export interface EnabledMfa {
  userId: string;
  channel: MfaChannel;
  /** Base32 TOTP secret (TOTP channel only). */
  secret?: string | undefined;
  backupCodes: string[];
}

/** The backend `createMockBackend` returns. */
export interface MockBackend {
  /** The dialect the backend answers in. */
  dialect: MockDialect;
  /** msw handlers: every API route and the `/__mock/*` development routes. */
  handlers: RequestHandler[];
  /** Answers one request the way the handlers do, with a JSON 404 for anything else. */
  fetch(request: Request): Promise<Response>;
  /** Back to the seeded state: users, MFA, mailbox, events, sessions, clock offset. */
  reset(): void;
  /**
   * The whole state (users, MFA, codes, mailbox, events, clock offset, token key) as a
   * JSON-safe value; `restore()` on any backend brings it back, so tokens issued before
   * stay valid. The demo keeps it in localStorage across reloads.
   */
  snapshot(): Promise<MockStateSnapshot>;
  /** Replaces the state with a `snapshot()`. Throws, changing nothing, on anything else. */
  restore(snapshot: MockStateSnapshot): Promise<void>;
  /** Moves the backend's clock forward. */
  advanceClock(seconds: number): void;
  /** The backend's current time in milliseconds. */
  now(): number;
  /** Emails sent to `email`, oldest first. */
  mailbox(email: string): MockEmail[];
  /** The code in the newest email to `email` (optionally of one purpose). */
  lastCode(email: string, purpose?: MockEmail['purpose']): string | undefined;
  /**
   * Like `lastCode`, for tests: the code, or an error listing what the mailbox does hold
   * (subjects, purposes and times, never codes).
   * @example const code = backend.expectCode('ada@example.com', 'mfa_sign_in');
   */
  expectCode(email: string, purpose?: MockEmail['purpose']): string;
  /** The audit log, newest last. */
  events(): MockAuditEvent[];
  /** Adds a user (MFA off). Throws if the email is taken. */
  createUser(input: { email: string; password: string }): { id: string };
  /** A user's state, or undefined. */
  user(email: string): MockUserSnapshot | undefined;
  /** Requests the API routes saw, oldest first (no bodies, headers or query strings). */
  requests(): { method: string; path: string }[];
  /** Turns MFA on for a user directly (no HTTP), returning the secret and backup codes. */
  enableMfaFor(email: string, channel: MfaChannel): Promise<EnabledMfa>;
  /**
   * The TOTP code an authenticator app would show now (or `offsetSteps` steps away) for
   * the user's enabled or pending secret.
   */
  totpCode(email: string, options?: { offsetSteps?: number }): string;
  /**
   * A code the backend will accept now: the authenticator's current code, or, when that
   * step was already used (by enable, sign-in or verify), the next step's. When no unused
   * step is within the window, it first moves the backend's clock to the next one, as a
   * person would wait for it. Call it once per code you submit.
   */
  nextTotpCode(email: string): string;
  /** A valid access token for the user, without signing in. */
  issueToken(email: string, options?: { expiresInSeconds?: number }): Promise<string>;
  /**
   * Signs the user in without the HTTP round trips (no password, no second factor): the
   * id and an access token for the `/users/:id/mfa/*` routes.
   */
  signIn(email: string): Promise<{ userId: string; token: string }>;
}
