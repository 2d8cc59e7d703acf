import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createMockBackend } from '../backend.ts';
import { DEMO_USER } from '../core.ts';

/**
 * The published client's tests that need this backend (they live here: the mock depends
 * on the client, never the other way round). msw serves the backend; a test may put its
 * own answer in front with `server.use(...)`, removed after the test.
 */
export const BASE_URL = 'https://auth.test.example';
export const API_KEY = 'test-api-key-KEY123SECRET';
export const DEMO = DEMO_USER;

export const backend = createMockBackend({ baseUrl: BASE_URL, apiKeys: [API_KEY] });
export const server = setupServer(...backend.handlers);

/** Starts the msw server for a test file; a request without a handler fails the test. */
export function useTestServer() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    backend.reset();
  });
  afterAll(() => server.close());
}

export interface SeenRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

/** Records every request the server receives (method, URL, headers, JSON body). */
export function recordRequests(): SeenRequest[] {
  const seen: SeenRequest[] = [];
  beforeEach(() => {
    server.events.on('request:start', ({ request }) => {
      const entry: SeenRequest = {
        method: request.method,
        url: new URL(request.url),
        headers: request.headers,
        body: undefined,
      };
      seen.push(entry);
      void request
        .clone()
        .text()
        .then((text) => {
          entry.body = text ? JSON.parse(text) : undefined;
        });
    });
  });
  afterEach(() => {
    server.events.removeAllListeners();
    seen.length = 0;
  });
  return seen;
}

/** Lets pending body reads in `recordRequests` settle. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Answers a route with a JSON body. */
export const answerJson = (method: 'get' | 'post', path: string, body: unknown) =>
  http[method](`${BASE_URL}${path}`, () => HttpResponse.json(body as never));
