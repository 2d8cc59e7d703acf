import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createMfaClient } from '../client.ts';
import type { MfaClientOptions } from '../types.ts';

export const BASE_URL = 'https://auth.test.example';
export const API_KEY = 'test-api-key-KEY123SECRET';
export const TOKEN = 'header.payload.JWT456SECRET';
export const USER_ID = 'usr_abc123';

/**
 * An msw server with no routes of its own: each test answers with the documented bodies it
 * needs (`server.use(answerJson(...))`, removed after the test); any other request fails
 * the test. The client against the reference backend is tested in @authblock/mfa-mock,
 * which depends on this package (never the other way round).
 */
export const server = setupServer();

/** Starts the msw server for a test file; a request without a handler fails the test. */
export function useTestServer() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}

/** A client pointed at the test server, with a fixed API key and token. */
export function testClient(options: Partial<MfaClientOptions> = {}) {
  return createMfaClient({ baseUrl: BASE_URL, apiKey: API_KEY, token: TOKEN, ...options });
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
      // Read from a clone, so the handler can still read the original.
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

export type Method = 'get' | 'post';

/** Answers a route with a JSON body. */
export const answerJson = (method: Method, path: string, body: unknown, init?: ResponseInit) =>
  http[method](`${BASE_URL}${path}`, () => HttpResponse.json(body as never, init));

/** Answers a route with a JSON:API error document. */
export const answerError = (
  method: Method,
  path: string,
  status: number,
  error: Record<string, unknown>,
  extra: { meta?: Record<string, unknown>; headers?: Record<string, string> } = {},
) =>
  answerJson(
    method,
    path,
    { errors: [{ status: String(status), ...error }], ...(extra.meta ? { meta: extra.meta } : {}) },
    { status, ...(extra.headers ? { headers: extra.headers } : {}) },
  );

/** Answers a route with a raw text body (an HTML page, an empty body, broken JSON). */
export const answerText = (
  method: Method,
  path: string,
  status: number,
  body: string,
  contentType = 'text/html',
) =>
  http[method](
    `${BASE_URL}${path}`,
    () => new HttpResponse(body, { status, headers: { 'content-type': contentType } }),
  );

/** Fails the connection, as a dropped network does. */
export const failNetwork = (method: Method, path: string) =>
  http[method](`${BASE_URL}${path}`, () => HttpResponse.error());

export const HTML_ERROR_PAGE =
  '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';
