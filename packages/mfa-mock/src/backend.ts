import { BackendCore, normalizeEmail, resolveConfig } from './core.ts';
import type { EmailPurpose } from './factors/email/email-codes.ts';
import { totpStep } from './factors/totp/totp.ts';
import { assertSupportedMsw } from './internal/msw-version.ts';
import { createHandlers, respondWith } from './router.ts';
import {
  enableMfaDirectly,
  nextTotpCode,
  requireUser,
  totpCodeAt,
  totpCredentialOf,
} from './shortcuts.ts';
import type { MockBackend, MockBackendOptions, MockEmail } from './types.ts';

/**
 * Creates an in-memory Auth Block backend: users, MFA state, sessions, a mailbox and an
 * audit log, with msw handlers for every route of the contract and the `/__mock/*`
 * development routes.
 *
 * @example
 * const backend = createMockBackend({ clock: { now: () => fakeNow } });
 * const server = setupServer(...backend.handlers);
 */
export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  assertSupportedMsw();
  const core = new BackendCore(resolveConfig(options));
  const handlers = createHandlers(core);

  const mailbox = (email: string): MockEmail[] => {
    const address = normalizeEmail(email);
    return core.mailbox().filter((mail) => mail.to === address);
  };

  const lastCode = (email: string, purpose?: EmailPurpose): string | undefined =>
    mailbox(email)
      .filter((mail) => !purpose || mail.purpose === purpose)
      .at(-1)?.code;

  // Arrow functions only, no `this`: `const { lastCode } = backend` must work.
  return {
    dialect: core.config.dialect,
    handlers,
    fetch: (request) => respondWith(handlers, request),
    reset: () => core.reset(),
    snapshot: () => core.exportState(),
    restore: (snapshot) => core.importState(snapshot),
    advanceClock: (seconds) => core.advanceClock(seconds),
    now: () => core.now(),
    mailbox,
    lastCode,
    expectCode: (email, purpose) => {
      const code = lastCode(email, purpose);
      if (code !== undefined) return code;
      throw new Error(describeMissingCode(normalizeEmail(email), purpose, core.mailbox()));
    },
    events: () => core.events(),
    createUser: (input) => ({ id: core.createUser(input).id }),
    user: (email) => {
      const user = core.findByEmail(email);
      return user ? core.snapshot(user) : undefined;
    },
    requests: () => core.requests(),
    enableMfaFor: (email, channel) => enableMfaDirectly(core, email, channel),
    totpCode: (email, { offsetSteps = 0 } = {}) =>
      totpCodeAt(totpCredentialOf(core, email), totpStep(core.now()) + offsetSteps),
    nextTotpCode: (email) => nextTotpCode(core, email),
    issueToken: (email, { expiresInSeconds } = {}) =>
      core.state.tokens.issue(requireUser(core, email).id, expiresInSeconds),
    signIn: async (email) => {
      const user = requireUser(core, email);
      return { userId: user.id, token: await core.state.tokens.issue(user.id) };
    },
  };
}

/** What `expectCode` says when the mailbox has no code: everything it does have. */
function describeMissingCode(
  address: string,
  purpose: EmailPurpose | undefined,
  sent: readonly MockEmail[],
): string {
  const wanted = purpose ? `a ${purpose} code` : 'a code';
  const theirs = sent.filter((mail) => mail.to === address);
  const others = new Set(sent.filter((mail) => mail.to !== address).map((mail) => mail.to));
  const lines = theirs.map(
    (mail) => `  - ${new Date(mail.sentAt).toISOString()} ${mail.purpose}: "${mail.subject}"`,
  );
  return [
    `mfa-mock: no email with ${wanted} was sent to ${address}.`,
    lines.length > 0
      ? `Its mailbox holds ${lines.length} email(s), oldest first:\n${lines.join('\n')}`
      : 'Its mailbox is empty.',
    others.size > 0 ? `Other mailboxes with mail: ${[...others].join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join('\n');
}
