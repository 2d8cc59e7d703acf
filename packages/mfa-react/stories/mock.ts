// Per-story reference backend for Storybook. Each story gets a fresh `createMockBackend()`
// (so no story sees another's users, codes or lockouts), seeded from `parameters.mock`
// before it renders. Stories read it back in `play` through `storyMock(context.loaded)`.

import { createMfaClient, type MfaClient, type MfaRequired } from '@authblock/mfa-client';
import type { MfaChannel } from '@authblock/mfa-client/schemas';
import {
  createMockBackend,
  DEFAULT_API_KEY,
  DEMO_USER,
  type EnabledMfa,
  type MockBackend,
  type MockDialect,
} from '@authblock/mfa-mock';
import type {} from 'msw-storybook-addon/csf3';

/** Same origin as the preview, so the requests show plainly in the network panel. */
export const mockBaseUrl = (): string => `${window.location.origin}/mock-api`;

/** What a story asks of the backend before it renders (`parameters.mock`). */
export interface MockStoryParameters {
  /** Give the provider the seeded user's id and a valid token. @default true */
  signedIn?: boolean;
  /** Turn MFA on for the seeded user on this channel first. */
  mfa?: MfaChannel;
  /** Spend this many backup codes first (e.g. 8 leaves 2: the low-codes warning). */
  spendBackupCodes?: number;
  /** Sign in with the password so the story has an `mfa_required` result (needs `mfa`). */
  challenge?: boolean;
  /** Backend options, e.g. a lower lockout threshold. */
  options?: Parameters<typeof createMockBackend>[0];
}

/** The per-story backend and what was seeded, as `play` functions read it. */
export interface StoryMock {
  backend: MockBackend;
  baseUrl: string;
  /** The provider's user and token; absent when `signedIn: false`. */
  session?: { userId: string; token: string };
  /** Secret and backup codes when `mfa` was set. */
  enabled?: EnabledMfa;
  /** The `mfa_required` result when `challenge` was set. */
  challenge?: MfaRequired;
}

/** A client that calls the backend directly, without the service worker. */
function directClient(backend: MockBackend, baseUrl: string, token?: string): MfaClient {
  return createMfaClient({
    baseUrl,
    apiKey: DEFAULT_API_KEY,
    token,
    dialect: backend.dialect,
    fetch: (input, init) => backend.fetch(new Request(input, init)),
  });
}

/** Set by a vitest project's `define` to run every story on one dialect; else undefined. */
declare const __AUTHBLOCK_MOCK_DIALECT__: string | undefined;

/**
 * The wire dialect every story's backend speaks: the toolbar's "Dialect" (the global
 * `mockDialect`), whose default is the build's `__AUTHBLOCK_MOCK_DIALECT__` (the
 * `storybook-reference` vitest project sets it), else the guide.
 */
export const DEFAULT_MOCK_DIALECT: MockDialect =
  typeof __AUTHBLOCK_MOCK_DIALECT__ !== 'undefined' && __AUTHBLOCK_MOCK_DIALECT__ === 'reference'
    ? 'reference'
    : 'guide';

const dialectOf = (globals: Record<string, unknown> | undefined): MockDialect =>
  globals?.mockDialect === 'reference' || globals?.mockDialect === 'guide'
    ? globals.mockDialect
    : DEFAULT_MOCK_DIALECT;

/** Loader: a fresh backend per story, seeded as `parameters.mock` says. */
export async function loadStoryMock({
  parameters,
  globals,
}: {
  parameters: { mock?: MockStoryParameters };
  globals?: Record<string, unknown>;
}): Promise<{ mock: StoryMock }> {
  const wanted = parameters.mock ?? {};
  const baseUrl = mockBaseUrl();
  const backend = createMockBackend({ dialect: dialectOf(globals), ...wanted.options, baseUrl });
  const mock: StoryMock = { backend, baseUrl };
  if (wanted.mfa) mock.enabled = await backend.enableMfaFor(DEMO_USER.email, wanted.mfa);
  const token = await backend.issueToken(DEMO_USER.email);
  if (wanted.signedIn !== false) mock.session = { userId: DEMO_USER.id, token };
  const client = directClient(backend, baseUrl, token);
  for (const code of mock.enabled?.backupCodes.slice(0, wanted.spendBackupCodes ?? 0) ?? []) {
    await client.mfa.verify(DEMO_USER.id, { backupCode: code });
  }
  if (wanted.challenge) {
    const result = await client.auth.signIn({
      email: DEMO_USER.email,
      password: DEMO_USER.password,
    });
    if (result.status !== 'mfa_required') throw new Error('The story asked for a challenge.');
    mock.challenge = result;
  }
  return { mock };
}

/** The story's backend, from `context.loaded`. */
export function storyMock(loaded: Record<string, unknown>): StoryMock {
  const mock = loaded.mock as StoryMock | undefined;
  if (!mock)
    throw new Error(
      'No mock backend: is loadStoryMock among the loaders in .storybook/preview.tsx?',
    );
  return mock;
}

/** Matches a message with a countdown, e.g. `messages.resendIn`, at any `m:ss`. */
export function countdownPattern(message: (time: string) => string): RegExp {
  const [before = '', after = ''] = message('\u0000').split('\u0000');
  const literal = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${literal(before)}\\d+:\\d{2}${literal(after)}$`);
}
