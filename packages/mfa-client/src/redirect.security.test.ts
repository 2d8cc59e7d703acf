import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createMfaClient } from './client.ts';
import { isMfaResponseError } from './errors/guards.ts';

// Real HTTP on loopback: msw does not follow redirects the way fetch does.
async function listen(handle: (request: IncomingMessage) => [number, Record<string, string>]) {
  const server = createServer((request, reply) => {
    const [status, headers] = handle(request);
    reply.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    reply.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const elsewhereSaw: IncomingMessage[] = [];
let elsewhere: { server: Server; url: string };
let api: { server: Server; url: string };
let apiRequests = 0;

beforeAll(async () => {
  elsewhere = await listen((request) => {
    elsewhereSaw.push(request);
    return [200, {}];
  });
  api = await listen(() => {
    apiRequests += 1;
    return [307, { Location: `${elsewhere.url}/collect` }];
  });
});
afterAll(() => {
  api.server.close();
  elsewhere.server.close();
});

test('a redirect is refused, so the API key and the password never reach another address', async () => {
  const client = createMfaClient({ baseUrl: api.url, apiKey: 'pk_live_SECRET' });

  const failure = await client.auth
    .signIn({ email: 'user@example.com', password: 'Hunter2-SECRET' })
    .catch((error: unknown) => error);

  // Not "network error": the server answered, with something the API never sends.
  expect(isMfaResponseError(failure) && [failure.status, failure.reason]).toEqual([
    307,
    'redirect refused',
  ]);
  expect(elsewhereSaw).toHaveLength(0);
});

test('a refused redirect on the status read is not retried (it would only be refused again)', async () => {
  apiRequests = 0;
  const client = createMfaClient({ baseUrl: api.url, apiKey: 'pk_live_SECRET', token: 'jwt' });

  const failure = await client.mfa.status('usr_1').catch((error: unknown) => error);

  expect(isMfaResponseError(failure) && failure.reason).toBe('redirect refused');
  expect(apiRequests).toBe(1);
  expect(elsewhereSaw).toHaveLength(0);
});
