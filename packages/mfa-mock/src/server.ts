import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type AddressInfo, isIP } from 'node:net';
import type { RequestHandler } from 'msw';
import { createMockBackend } from './backend.ts';
import { errorResponse } from './internal/errors.ts';
import { respondWith } from './router.ts';
import type { MockBackend, MockBackendOptions } from './types.ts';

export interface MockHttpServerOptions extends Omit<MockBackendOptions, 'baseUrl'> {
  /** @default 4010 (0 picks a free port) */
  port?: number | undefined;
  /** @default '127.0.0.1' */
  host?: string | undefined;
  /**
   * Browser origins that may call the server (CORS), besides `localhost`, `127.0.0.1`
   * and `[::1]` on any port, which always may. Others get no CORS headers, so a page
   * elsewhere cannot read the dev routes (which hold every emailed code).
   * @default []
   * @example ['http://192.168.1.20:5173']
   */
  allowedOrigins?: string[] | undefined;
  /**
   * Milliseconds a client has to send its request headers, and its whole request: a
   * client that trickles or stalls is answered 408 and dropped, instead of holding a
   * connection for Node's default five minutes.
   * @default { headersMs: 5000, requestMs: 10000 }
   */
  timeouts?: { headersMs?: number; requestMs?: number } | undefined;
  /**
   * Open connections at most; more are closed at once.
   * @default 256
   */
  maxConnections?: number | undefined;
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

/** Request bodies larger than this are refused (413); every real request is far smaller. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * How long a refused client has to read its 413 before the socket is destroyed. Generous:
 * a client still sending when the socket goes gets a reset, which can throw away the
 * answer it has not read yet (seen with 1 s on a loaded 2-core machine). The timer does
 * not keep the process alive.
 */
const CLOSE_GRACE_MS = 5000;

/**
 * Every request header a browser app may send here, so its preflight passes: the kit's
 * (`X-API-Key`, `Authorization`, `Content-Type`, `X-OAuth-Mode`, `X-Device-ID`) and the
 * vendor SDK's (`@23blocks/transport-http`: `Accept`, `X-Request-ID` on every request,
 * `tenant-id` when a tenant is configured).
 */
export const CORS_ALLOWED_HEADERS = [
  'Accept',
  'Authorization',
  'Content-Type',
  'Tenant-ID',
  'X-API-Key',
  'X-Device-ID',
  'X-OAuth-Mode',
  'X-Request-ID',
] as const;

const CORS_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': CORS_ALLOWED_HEADERS.join(', '),
  'Access-Control-Expose-Headers': 'Retry-After, Date',
  'Access-Control-Max-Age': '600',
};

/** What `Request` can carry; others (TRACE, CONNECT, ...) are refused before it is built. */
const SUPPORTED_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * Whether a host name or address means this machine: `localhost`, 127.0.0.0/8, `::1`, and
 * IPv4-mapped loopback (`::ffff:127.0.0.1`), with or without IPv6 brackets, in any of the
 * ways an IPv6 address may be written.
 */
export function isLoopback(host: string): boolean {
  const name = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (name === 'localhost') return true;
  if (isIP(name) === 4) return name.startsWith('127.');
  if (isIP(name) !== 6) return false;
  let canonical: string;
  try {
    canonical = new URL(`http://[${name}]`).hostname.slice(1, -1);
  } catch {
    return false; // e.g. a zone id (`fe80::1%lo0`), which URLs do not take
  }
  return canonical === '::1' || /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(canonical);
}

function hostnameOf(authority: string | undefined): string | null {
  if (!authority) return null;
  try {
    return new URL(`http://${authority}`).hostname;
  } catch {
    return null;
  }
}

/** Whether a request target is under `/__mock/` (raw, before any parsing that may fail). */
function isDevPath(target: string | undefined): boolean {
  const path = (target ?? '/').replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  return /^\/+__mock(?:[/?#]|$)/i.test(path);
}

class BodyTooLarge extends Error {}

/** The client went away before its body was whole. */
class BodyAborted extends Error {}

/** Whether a request declares a body over the cap: it is refused before a byte is read. */
function declaresTooLarge(message: IncomingMessage): boolean {
  return Number(message.headers['content-length']) > MAX_BODY_BYTES;
}

/**
 * The body, read as it comes: past the cap it stops reading and rejects at once (a chunked
 * body says its size only at the end), leaving the rest unread for {@link refuseTooLarge}.
 */
function readBody(message: IncomingMessage): Promise<Buffer | undefined> {
  if (message.method === 'GET' || message.method === 'HEAD') return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      message.off('data', onData).off('end', onEnd).off('error', onFail).off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        stop();
        message.pause();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    const onFail = () => {
      stop();
      reject(new BodyAborted());
    };
    const onClose = onFail;
    message.on('data', onData).once('end', onEnd).once('error', onFail).once('close', onClose);
  });
}

/**
 * 413 at once, and the connection closed once the answer is out: the rest of the body is
 * never read. Closing a socket with unread data can reset it before the client reads the
 * answer, so the server stops sending first and gives the client a moment to read.
 */
async function refuseTooLarge(
  message: IncomingMessage,
  reply: ServerResponse,
  answer: (response: Response) => Promise<void>,
): Promise<void> {
  reply.shouldKeepAlive = false;
  const socket = message.socket;
  // Node destroys a connection that is not kept alive as soon as the last answer is
  // flushed (`destroySoon`). With the client still sending, that resets it, and the reset
  // can overtake the 413 the client has not read yet. Only end it here; the grace below
  // destroys it.
  socket.destroySoon = () => socket.end();
  reply.once('finish', () => {
    socket.end();
    // Whatever the client still sends is dropped unread; the socket goes after a grace.
    message.resume();
    setTimeout(() => socket.destroy(), CLOSE_GRACE_MS).unref();
  });
  await answer(
    errorResponse(413, 'bad_request', 'The request body is too large.', {
      headers: { Connection: 'close' },
    }),
  );
}

/** The request target as a URL, or null when it is not one (`http://[::1/x`, `http://%zz/`). */
function targetUrl(message: IncomingMessage, origin: string): URL | null {
  try {
    return new URL(message.url ?? '/', origin);
  } catch {
    return null;
  }
}

function toRequest(message: IncomingMessage, url: URL, body: Buffer | undefined): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (value === undefined) continue;
    for (const item of [value].flat()) headers.append(name, item);
  }
  return new Request(url, {
    method: message.method ?? 'GET',
    headers,
    ...(body ? { body: new Uint8Array(body) } : {}),
  });
}

async function send(
  response: Response,
  message: IncomingMessage,
  reply: ServerResponse,
  isAllowedOrigin: (origin: string) => boolean,
): Promise<void> {
  // `HttpResponse.error()`: a network failure, so the connection is dropped.
  if (response.type === 'error') {
    reply.destroy();
    return;
  }
  const origin = message.headers.origin;
  const headers: Record<string, string | string[]> = {
    ...(origin && isAllowedOrigin(origin)
      ? { ...CORS_HEADERS, 'Access-Control-Allow-Origin': origin }
      : {}),
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
  const {
    port = 4010,
    host = '127.0.0.1',
    allowedOrigins = [],
    timeouts = {},
    maxConnections = 256,
    ...backendOptions
  } = options;
  const backend = createMockBackend(backendOptions);
  let extra: RequestHandler[] = [];
  let origin = '';
  const extraOrigins = new Set(allowedOrigins.map((allowed) => new URL(allowed).origin));
  const isAllowedOrigin = (candidate: string) => {
    try {
      const url = new URL(candidate);
      return extraOrigins.has(url.origin) || isLoopback(url.hostname);
    } catch {
      return false; // `null` (sandboxed frames, file://) and garbage
    }
  };
  // Bound to loopback, the server answers only to loopback names: a DNS-rebinding page
  // (attacker.example resolving to 127.0.0.1) cannot use it either.
  const onlyLoopback = isLoopback(hostnameOf(host) ?? host);
  const requestTimeout = timeouts.requestMs ?? 10_000;
  const headersTimeout = Math.min(timeouts.headersMs ?? 5_000, requestTimeout);

  // Node answers 408 and closes the connection when a client's headers or whole request
  // take longer than these; it looks every `connectionsCheckingInterval`.
  const serverOptions = {
    requestTimeout,
    headersTimeout,
    connectionsCheckingInterval: Math.max(100, Math.min(1000, headersTimeout / 2)),
    keepAliveTimeout: 5000,
  };
  const server = createServer(serverOptions, async (message, reply) => {
    const answer = (response: Response) => send(response, message, reply, isAllowedOrigin);
    try {
      const hostname = hostnameOf(message.headers.host);
      if (onlyLoopback && !(hostname && isLoopback(hostname))) {
        await answer(errorResponse(403, 'forbidden', 'This server answers to localhost only.'));
        return;
      }
      if (!SUPPORTED_METHODS.has(message.method ?? '')) {
        await answer(
          errorResponse(405, 'method_not_allowed', 'This server does not accept this method.', {
            headers: { Allow: 'GET, POST, OPTIONS' },
          }),
        );
        return;
      }
      // A page elsewhere must not move the clock, plant an account or wipe the state: the
      // development routes refuse any Origin CORS would refuse.
      const requestOrigin = message.headers.origin;
      if (
        requestOrigin !== undefined &&
        !isAllowedOrigin(requestOrigin) &&
        isDevPath(message.url)
      ) {
        await answer(
          errorResponse(403, 'forbidden', 'Development routes answer only to allowed origins.'),
        );
        return;
      }
      if (message.method === 'OPTIONS' && message.headers['access-control-request-method']) {
        await answer(new Response(null, { status: 204 }));
        return;
      }
      const url = targetUrl(message, origin);
      if (url === null) {
        await answer(errorResponse(400, 'bad_request', 'The request target is not a valid URL.'));
        return;
      }
      if (declaresTooLarge(message)) {
        await refuseTooLarge(message, reply, answer);
        return;
      }
      const request = toRequest(message, url, await readBody(message));
      await answer(await respondWith([...extra, ...backend.handlers], request));
    } catch (error) {
      // The client went away or timed out mid-body (Node has answered 408 and closed).
      if (error instanceof BodyAborted || message.destroyed || reply.destroyed) return;
      if (reply.headersSent) return;
      if (error instanceof BodyTooLarge) {
        await refuseTooLarge(message, reply, answer).catch(() => reply.destroy());
        return;
      }
      console.error('[mfa-mock] request failed');
      await answer(errorResponse(500, 'server_error', 'Something went wrong on the server.')).catch(
        () => reply.destroy(),
      );
    }
  });
  // `Expect: 100-continue` (curl's habit for large bodies): an oversized body is refused
  // before the client is told to send it; any other goes on as a normal request.
  server.on('checkContinue', (message, reply) => {
    if (declaresTooLarge(message)) {
      const answer = (response: Response) => send(response, message, reply, isAllowedOrigin);
      refuseTooLarge(message, reply, answer).catch(() => reply.destroy());
      return;
    }
    reply.writeContinue();
    server.emit('request', message, reply);
  });
  server.maxConnections = maxConnections;

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
