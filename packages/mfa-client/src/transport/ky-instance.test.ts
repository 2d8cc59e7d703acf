import ky from 'ky';
import { describe, expect, test } from 'vitest';
import { createMfaClient } from '../client.ts';
import { isMfaApiError } from '../errors/guards.ts';
import { statusBody } from '../test-utils/fixtures.ts';
import {
  API_KEY,
  answerError,
  answerJson,
  BASE_URL,
  recordRequests,
  server,
  settle,
  TOKEN,
  USER_ID,
  useTestServer,
} from '../test-utils/server.ts';

// An app that already ships ky hands the client its own instance: its hooks and prefix
// apply to the kit's requests, and the kit layers its own settings on top with `.extend`.
useTestServer();
const seen = recordRequests();

describe('createMfaClient({ ky }): the app’s own ky instance', () => {
  test('its hooks and prefix apply; the kit’s headers and routes stay', async () => {
    server.use(answerJson('get', '/v2/users/:id/mfa/status', statusBody()));
    const traced: string[] = [];
    const api = ky.create({
      prefix: 'v2',
      headers: { 'x-app': 'demo' },
      hooks: {
        beforeRequest: [
          ({ request }) => {
            request.headers.set('x-request-id', 'trace-1');
            traced.push(new URL(request.url).pathname);
          },
        ],
      },
    });

    const client = createMfaClient({ baseUrl: BASE_URL, apiKey: API_KEY, token: TOKEN, ky: api });
    await expect(client.mfa.status(USER_ID)).resolves.toMatchObject({ enabled: true });

    await settle();
    expect(traced).toEqual([`/v2/users/${USER_ID}/mfa/status`]);
    expect(seen[0]?.headers.get('x-request-id')).toBe('trace-1');
    expect(seen[0]?.headers.get('x-app')).toBe('demo');
    expect(seen[0]?.headers.get('x-api-key')).toBe(API_KEY);
    expect(seen[0]?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });

  test('its retry settings do not reach a code submission: a 503 on verify is sent once', async () => {
    server.use(answerError('post', '/users/:id/mfa/verify', 503, { code: 'server_error' }));
    const eager = ky.create({ retry: { limit: 5, methods: ['get', 'post'] } });

    const error = await createMfaClient({ baseUrl: BASE_URL, apiKey: API_KEY, ky: eager })
      .mfa.verify(USER_ID, { code: '123456' })
      .catch((e: unknown) => e);

    expect(isMfaApiError(error) && error.status).toBe(503);
    expect(seen).toHaveLength(1);
  });

  test('an app hook that turns errors into its own HTTPError handling still sees ours', async () => {
    server.use(answerError('post', '/auth/sign_in', 401, { code: 'invalid_credentials' }));
    const statuses: number[] = [];
    const api = ky.create({
      hooks: {
        afterResponse: [
          ({ response }) => {
            statuses.push(response.status);
          },
        ],
      },
    });

    const error = await createMfaClient({ baseUrl: BASE_URL, apiKey: API_KEY, ky: api })
      .auth.signIn({ email: 'a@b.co', password: 'pw' })
      .catch((e: unknown) => e);

    expect(statuses).toEqual([401]);
    expect(isMfaApiError(error) && error.code).toBe('invalid_credentials');
  });
});
