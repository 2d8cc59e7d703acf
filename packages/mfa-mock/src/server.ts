import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestHandler } from 'msw';
import { createMockBackend } from './backend.ts';
import { errorResponse } from './internal/errors.ts';
import { respondWith } from './router.ts';
import type { MockBackend, MockBackendOptions } from './types.ts';

export interface MockHttpServerOptions extends Omit<MockBackendOptions, 'baseUrl'> {
  /** @default 4010 (0 picks a free port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
}

export interface MockHttpServer {
  /** e.g. `http://127.0.0.1:4010` */
  url: string;
  backend: MockBackend;
  /** Layers handlers (e.g. `scenarios.*`) in front of the backend's, like `server.use`. */
  use(...handlers: RequestHandler[]): void;
  /** Drops the handlers added with `use`. */
  resetHandlers(): void;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024;

const CORS_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Authorization, X-API-Key',
  'Access-Control-Expose-Headers': 'Retry-After',
  'Access-Control-Max-Age': '600',
};

class BodyTooLarge extends Error {}

async function readBody(message: IncomingMessage): Promise<Buffer | undefined> {
  if (message.method === 'GET' || message.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function toRequest(message: IncomingMessage, origin: string, body: Buffer | undefined): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (value === undefined) continue;
    for (const item of [value].flat()) headers.append(name, item);
  }
  return new Request(new URL(message.url ?? '/', origin), {
    method: message.method ?? 'GET',
    headers,
    ...(body ? { body: new Uint8Array(body) } : {}),
  });
}

async function send(
  response: Response,
  message: IncomingMessage,
  reply: ServerResponse,
): Promise<void> {
  // `HttpResponse.error()`: a network failure, so the connection is dropped.
  if (response.type === 'error') {
    reply.destroy();
    return;
  }
  const headers: Record<string, string | string[]> = {
    ...CORS_HEADERS,
    'Access-Control-Allow-Origin': message.headers.origin ?? '*',
    Vary: 'Origin',
  };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = message.method === 'HEAD' ? null : Buffer.from(await response.arrayBuffer());
  reply.writeHead(response.status, headers);
  reply.end(body);
}

/**
 * A real HTTP server serving the backend's msw handlers (msw's own request resolution,
 * not a second router), for clients in any language. Answers CORS preflights, so a
 * browser app on another port can call it.
 *
 * @example
 * const { url, close } = await startMockHttpServer({ port: 0 });
 */
export async function startMockHttpServer(
  options: MockHttpServerOptions = {},
): Promise<MockHttpServer> {
  const { port = 4010, host = '127.0.0.1', ...backendOptions } = options;
  const backend = createMockBackend(backendOptions);
  let extra: RequestHandler[] = [];
  let origin = '';

  const server = createServer(async (message, reply) => {
    try {
      if (message.method === 'OPTIONS' && message.headers['access-control-request-method']) {
        await send(new Response(null, { status: 204 }), message, reply);
        return;
      }
      const request = toRequest(message, origin, await readBody(message));
      await send(await respondWith([...extra, ...backend.handlers], request), message, reply);
    } catch (error) {
      const tooLarge = error instanceof BodyTooLarge;
      if (!tooLarge) console.error('[mfa-mock] request failed');
      const response = tooLarge
        ? errorResponse(413, 'bad_request', 'The request body is too large.')
        : errorResponse(500, 'server_error', 'Something went wrong on the server.');
      if (!reply.headersSent) await send(response, message, reply).catch(() => reply.destroy());
    }
  });
  server.keepAliveTimeout = 5000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  origin = `http://${shownHost}:${address.port}`;

  return {
    url: origin,
    backend,
    use: (...handlers) => {
      extra = [...handlers, ...extra];
    },
    resetHandlers: () => {
      extra = [];
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
