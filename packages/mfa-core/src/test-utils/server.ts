// The mock backend on msw's setupServer: the flows run over the real client and real
// HTTP handling; only the network is in-process. The seeded user, the mailbox, the
// authenticator and `scenarios` are the mock's public test helpers, imported from
// `@authblock/mfa-mock` as an app's tests would.
import { createMfaClient, type MfaRequired } from '@authblock/mfa-client';
import { DEFAULT_API_KEY, DEMO_USER } from '@authblock/mfa-mock';
import { setupMockServer } from '@authblock/mfa-mock/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const BASE_URL = 'https://auth.core-test.example';

export const { server, backend } = setupMockServer({ baseUrl: BASE_URL });

/** Starts the server for a test file and resets the backend after each test. */
export function useMockServer() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    backend.reset();
  });
  afterAll(() => server.close());
}

/** A client as an app would create it; signed in as `email` when given. */
export async function testClient(signedInAs?: string) {
  const token = signedInAs ? await backend.issueToken(signedInAs) : undefined;
  return createMfaClient({ baseUrl: BASE_URL, apiKey: DEFAULT_API_KEY, token, retries: 0 });
}

/** Step one of sign-in for the demo user, with MFA on. */
export async function firstStep(): Promise<MfaRequired> {
  const result = await (await testClient()).auth.signIn({
    email: DEMO_USER.email,
    password: DEMO_USER.password,
  });
  if (result.status !== 'mfa_required') throw new Error('The demo user has MFA off.');
  return result;
}

/** Requests the backend saw for one route, e.g. `POST /auth/sign_in`. */
export function requestCount(method: string, path: string): number {
  return backend.requests().filter((request) => request.method === method && request.path === path)
    .length;
}
