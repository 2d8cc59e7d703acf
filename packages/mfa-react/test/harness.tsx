// React-side test support for the browser tests: the mock backend in the page (msw's
// service worker, so only the network is fake), the provider wrapper, a real client, axe.
// Everything else comes from the mock's public test helpers, as an app's tests use them:
// the seeded user (`DEMO_USER`), the mailbox (`expectCode`), the authenticator
// (`nextTotpCode`, `authenticatorCode`) and `scenarios`, imported from `@authblock/mfa-mock`.
import { createMfaClient, type MfaRequired } from '@authblock/mfa-client';
import { createMfaAdminClient } from '@authblock/mfa-client/admin';
import { type Clock, inMemoryMfaMemory, type MfaMemoryStore } from '@authblock/mfa-core';
import {
  DEFAULT_API_KEY,
  DEMO_USER,
  type MockBackend,
  type MockDialect,
} from '@authblock/mfa-mock';
import { startMockWorker } from '@authblock/mfa-mock/browser';
import { QueryClient } from '@tanstack/react-query';
import axe from 'axe-core';
import { type ReactNode, StrictMode } from 'react';
import { expect, inject, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { MfaProvider } from '../src/provider/MfaProvider.tsx';
import { enMessages } from '../src/provider/messages.ts';
import { MfaChallenge } from '../src/sign-in/MfaChallenge.tsx';
// The optional stylesheet, so axe (contrast) and the focus checks see what users see.
import '../src/styles.css';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The wire dialect the mock speaks in this project (vitest.config.ts `provide`). */
    mockDialect: MockDialect;
  }
}

/**
 * The dialect of this run: the `react` project runs the suite on the guide's wire, the
 * `react18` project on the API reference's, so both reach the components.
 */
export const MOCK_DIALECT: MockDialect = inject('mockDialect');

type Started = Awaited<ReturnType<typeof startMockWorker>>;
let started: Promise<Started> | undefined;

/**
 * The mock backend, started once per test file and reset to its seeded state (the demo
 * user, MFA off, empty mailbox, no scenario layered on top).
 */
export async function freshBackend(): Promise<Started> {
  started ??= startMockWorker({
    quiet: true,
    dialect: MOCK_DIALECT,
    baseUrl: window.location.origin,
  });
  const mock = await started;
  mock.worker.resetHandlers();
  mock.backend.reset();
  return mock;
}

export interface RenderOptions {
  /** Signed in as this user: the provider gets its id and the client a real token. */
  signedInAs?: string;
  /** Render inside React StrictMode (double mount, double effects). */
  strict?: boolean;
  /** The provider's memory (reminders, nudges); a fresh one per render by default. */
  memory?: MfaMemoryStore;
  /** The provider's `locale`. @default English */
  locale?: string;
  /** The provider's `clock` (the flows' countdowns). @default the system clock */
  clock?: Clock;
  /** The provider's `appName` and `account` (named in the backup-codes file). */
  appName?: string;
  account?: string;
}

/** Renders `ui` inside an `MfaProvider` wired to the mock backend. */
export async function renderWithMfa(
  backend: MockBackend,
  ui: ReactNode,
  {
    signedInAs,
    strict = false,
    memory = inMemoryMfaMemory(),
    locale,
    clock,
    appName,
    account,
  }: RenderOptions = {},
) {
  const user = signedInAs ? backend.user(signedInAs) : undefined;
  const token = signedInAs ? await backend.issueToken(signedInAs) : undefined;
  const client = testClient(token);
  const queryClient = new QueryClient();
  const tree = (
    <MfaProvider
      client={client}
      userId={user?.id}
      queryClient={queryClient}
      memory={memory}
      locale={locale}
      clock={clock}
      appName={appName}
      account={account}
    >
      {ui}
    </MfaProvider>
  );
  return { screen: await render(strict ? <StrictMode>{tree}</StrictMode> : tree), queryClient };
}

/**
 * A client on the mock backend, as an app would create it, told which dialect its server
 * speaks. (Left to learn it, a client that did not make step one itself, like the
 * provider's beside `firstStep`'s, would send a backup code where a reference server does
 * not read it: the client's documented `dialect` option is for exactly that.)
 */
export function testClient(token?: string) {
  return createMfaClient({
    baseUrl: window.location.origin,
    apiKey: DEFAULT_API_KEY,
    token,
    retries: 0,
    dialect: MOCK_DIALECT,
  });
}

/** An admin client on the mock backend (the `/users` and `/audit_logs` routes). */
export function testAdminClient(token: string) {
  return createMfaAdminClient({
    baseUrl: window.location.origin,
    apiKey: DEFAULT_API_KEY,
    token,
    retries: 0,
  });
}

/** Step one of sign-in over the network; the result an app would hand to `MfaChallenge`. */
export async function firstStep(email: string, password: string): Promise<MfaRequired> {
  const result = await testClient().auth.signIn({ email, password });
  if (result.status !== 'mfa_required') throw new Error(`${email} has MFA off`);
  return result;
}

/** Requests the backend saw for one route, e.g. `POST /auth/sign_in`. */
export function requestCount(backend: MockBackend, method: string, path: string): number {
  return backend.requests().filter((request) => request.method === method && request.path === path)
    .length;
}

/** Runs axe on what is rendered and fails with a readable list of violations. */
export async function expectNoAxeViolations(root: Element = document.body) {
  const results = await axe.run(root, { resultTypes: ['violations'] });
  const found = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(found).toEqual([]);
}

/**
 * The system clock, counting the timers it has scheduled that have neither run nor been
 * cleared (`pending()`); `skip(ms)` moves its time on without waiting.
 */
export function countingClock() {
  const live = new Set<ReturnType<typeof setTimeout>>();
  let skipped = 0;
  return {
    now: () => Date.now() + skipped,
    setTimeout(callback: () => void, ms: number) {
      const handle = setTimeout(() => {
        live.delete(handle);
        callback();
      }, ms);
      live.add(handle);
      return handle;
    },
    clearTimeout(handle: unknown) {
      live.delete(handle as ReturnType<typeof setTimeout>);
      clearTimeout(handle as ReturnType<typeof setTimeout>);
    },
    pending: () => live.size,
    skip(ms: number) {
      skipped += ms;
    },
  } satisfies Clock & Record<string, unknown>;
}

/** Waits until `check` passes (for backend state that changes after a click). */
export async function eventually(check: () => void, timeout = 3000) {
  await expect
    .poll(
      () => {
        try {
          check();
          return true;
        } catch {
          return false;
        }
      },
      { timeout },
    )
    .toBe(true);
}

/**
 * Catches what the page downloads (a blob link clicked) instead of saving it: each file's
 * name and its blob. Restored by `vi.restoreAllMocks()`.
 */
export function captureDownloads() {
  const blobs = new Map<string, Blob>();
  const files: { name: string; blob: Blob }[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:download-${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ name: this.download, blob });
  });
  return files;
}

/** The demo user's first step, as `MfaChallenge` takes it to resend and sign in. */
export const demoCredentials = {
  method: 'password',
  email: DEMO_USER.email,
  password: DEMO_USER.password,
} as const;

/**
 * Signs the demo user in as a person who lost their phone would: the password, then "Use a
 * backup code" in the challenge. The kit remembers that sign-in in `memory` (for the nudge).
 */
export async function signInWithBackupCode(
  backend: MockBackend,
  backupCode: string,
  memory: MfaMemoryStore,
) {
  const challenge = await firstStep(DEMO_USER.email, DEMO_USER.password);
  const onSuccess = vi.fn();
  const { screen } = await renderWithMfa(
    backend,
    <MfaChallenge challenge={challenge} credentials={demoCredentials} onSuccess={onSuccess} />,
    { memory },
  );
  await userEvent.click(screen.getByRole('button', { name: enMessages.switchToBackupCode }));
  await userEvent.fill(screen.getByLabelText(enMessages.backupCodeLabel), backupCode);
  await userEvent.keyboard('{Enter}');
  await vi.waitFor(() => expect(onSuccess).toHaveBeenCalled());
  await screen.unmount();
}
