import { createAuthRoutes } from './auth/routes.ts';
import { createDialectMemory, learningFromErrors } from './dialect.ts';
import { createMfaRoutes } from './mfa/routes.ts';
import { createRequester } from './transport/http.ts';
import type { MfaClient, MfaClientOptions } from './types.ts';

/**
 * Creates a client for the Auth Block MFA and sign-in routes. Methods resolve to camelCase
 * results checked against the wire schemas, and throw `MfaApiError`, `MfaNetworkError` or
 * `MfaResponseError`.
 *
 * @example
 * ```ts
 * const client = createMfaClient({
 *   baseUrl: 'https://auth.api.us.23blocks.com',
 *   apiKey: 'your-api-key',
 *   getToken: () => session.accessToken,
 * });
 *
 * const result = await client.auth.signIn({ email, password });
 * if (result.status === 'mfa_required') {
 *   // `result.channel` is 'totp', 'email', or 'unknown' when the server does not say.
 *   await client.auth.signIn({ email, password, mfaCode: await askForCode(result.channel) });
 * }
 * ```
 */
export function createMfaClient(options: MfaClientOptions): MfaClient {
  const dialect = createDialectMemory(options.dialect);
  const request = learningFromErrors(createRequester(options), dialect);
  return {
    mfa: createMfaRoutes(request, dialect),
    auth: createAuthRoutes(request, dialect, options),
  };
}

/**
 * The sign-in routes alone (`client.auth`), for a page that needs nothing else: an app's
 * bundler then leaves the `/users/:id/mfa/*` routes and their schemas out of it.
 * Same options as `createMfaClient`.
 *
 * @example
 * ```ts
 * const { auth } = createAuthClient({ baseUrl, apiKey });
 * const result = await auth.signIn({ email, password });
 * ```
 */
export function createAuthClient(options: MfaClientOptions): Pick<MfaClient, 'auth'> {
  const dialect = createDialectMemory(options.dialect);
  const request = learningFromErrors(createRequester(options), dialect);
  return { auth: createAuthRoutes(request, dialect, options) };
}
