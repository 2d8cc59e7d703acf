// Test support for the browser tests: the reference backend in the page (msw's service
// worker, so only the network is fake), a real client, and helpers a person would use:
// the mailbox, an authenticator app, axe.
import { createMfaClient, type MfaRequired } from '@authblock/mfa-client';
import {
  DEFAULT_API_KEY,
  DEMO_USER,
  type MockBackend,
  type MockDialect,
  scenarios,
} from '@authblock/mfa-mock';
import { startMockWorker } from '@authblock/mfa-mock/browser';
import { QueryClient } from '@tanstack/react-query';
import axe from 'axe-core';
import * as OTPAuth from 'otpauth';
import { type ReactNode, StrictMode } from 'react';
import { expect, inject } from 'vitest';
import { render } from 'vitest-browser-react';
import { MfaProvider } from '../src/context.tsx';
import { inMemoryMfaMemory, type MfaMemoryStore } from '../src/memory-store.ts';
// The optional stylesheet, so axe (contrast) and the focus checks see what users see.
import '../src/styles.css';

export { DEMO_USER, scenarios };

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
}

/** Renders `ui` inside an `MfaProvider` wired to the mock backend. */
export async function renderWithMfa(
  backend: MockBackend,
  ui: ReactNode,
  { signedInAs, strict = false, memory = inMemoryMfaMemory() }: RenderOptions = {},
) {
  const user = signedInAs ? backend.user(signedInAs) : undefined;
  const token = signedInAs ? await backend.issueToken(signedInAs) : undefined;
  const client = testClient(token);
  const queryClient = new QueryClient();
  const tree = (
    <MfaProvider client={client} userId={user?.id} queryClient={queryClient} memory={memory}>
      {ui}
    </MfaProvider>
  );
  return { screen: await render(strict ? <StrictMode>{tree}</StrictMode> : tree), queryClient };
}

/** A client on the mock backend, as an app would create it. */
export function testClient(token?: string) {
  return createMfaClient({
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

/** What an authenticator app shows for `secret` at the backend's current time. */
export function authenticatorCode(backend: MockBackend, secret: string): string {
  const totp = new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret.replace(/\s/g, '')),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });
  return totp.generate({ timestamp: backend.now() });
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
