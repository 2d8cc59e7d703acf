import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { createMfaClient } from '../client.ts';
import { isMfaApiError, isMfaNetworkError, isMfaResponseError } from '../errors/guards.ts';
import { statusBody, verificationBody } from '../test-utils/fixtures.ts';
import type { MfaClientOptions, MfaDebugEvent } from '../types.ts';
import { MAX_BODY_BYTES } from './body.ts';

// Real HTTP on loopback: the time and size limits are about how bytes arrive on a socket,
// which an in-process mock cannot imitate.

type Handler = (request: IncomingMessage, reply: ServerResponse) => void;
const servers: { close(): void; closeAllConnections(): void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

async function serve(handler: Handler) {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function clientFor(handler: Handler, options: Partial<MfaClientOptions> = {}) {
  const baseUrl = await serve(handler);
  return createMfaClient({ baseUrl, apiKey: 'key', token: 'jwt', ...options });
}

const json = (reply: ServerResponse, body: unknown, status = 200) => {
  reply.writeHead(status, { 'content-type': 'application/json' });
  reply.end(JSON.stringify(body));
};

/** Headers at once, then the body one byte every `every` ms: never done within a timeout. */
const trickle =
  (status: number, body: string, every = 200): Handler =>
  (_request, reply) => {
    reply.writeHead(status, { 'content-type': 'application/json' });
    let sent = 0;
    const timer = setInterval(() => {
      if (reply.destroyed || sent === body.length) {
        clearInterval(timer);
        reply.end();
        return;
      }
      reply.write(body[sent]);
      sent += 1;
    }, every);
    reply.on('close', () => clearInterval(timer));
  };

const settled = async (promise: Promise<unknown>) => {
  const started = Date.now();
  const outcome = await promise.catch((error: unknown) => error);
  return { outcome, ms: Date.now() - started };
};

describe('the timeout covers the whole exchange, body included', () => {
  test('a server trickling the body one byte every 200 ms cannot keep verify pending', async () => {
    const padded = JSON.stringify({ ...verificationBody, pad: 'x'.repeat(200) });
    const client = await clientFor(trickle(200, padded), { timeout: 1_000 });

    const { outcome, ms } = await settled(client.mfa.verify('usr_1', { code: '123456' }));

    expect(isMfaNetworkError(outcome) && outcome.toJSON()).toEqual({
      name: 'MfaNetworkError',
      message: 'POST /users/:id/mfa/verify timed out',
      route: 'POST /users/:id/mfa/verify',
      isTimeout: true,
    });
    expect(ms).toBeGreaterThanOrEqual(950);
    expect(ms).toBeLessThan(1_800);
  });

  test('the same for an error answer: a trickled 429 body is not waited for', async () => {
    const body = JSON.stringify({ errors: [{ code: 'too_many_attempts' }], pad: 'x'.repeat(200) });
    const client = await clientFor(trickle(429, body), { timeout: 600 });

    const { outcome, ms } = await settled(client.auth.signIn({ email: 'a@b.c', password: 'pw' }));

    expect(isMfaNetworkError(outcome) && outcome.isTimeout).toBe(true);
    expect(ms).toBeLessThan(1_400);
  });

  test('the status read and its retries share one deadline', async () => {
    let attempts = 0;
    const client = await clientFor(
      (request, reply) => {
        attempts += 1;
        // Headers come at once, the body never: each attempt hangs until the deadline.
        if (request.url?.endsWith('/status')) reply.writeHead(503).write('{');
      },
      { timeout: 500, retries: 5 },
    );

    const { outcome, ms } = await settled(client.mfa.status('usr_1'));

    expect(isMfaNetworkError(outcome) && outcome.isTimeout).toBe(true);
    expect(attempts).toBe(1);
    expect(ms).toBeLessThan(1_200);
  });

  test("a caller's abort during the body read stays an AbortError", async () => {
    const client = await clientFor(trickle(200, JSON.stringify(verificationBody)));
    const controller = new AbortController();

    const pending = settled(
      client.mfa.verify('usr_1', { code: '123456' }, { signal: controller.signal }),
    );
    setTimeout(() => controller.abort(), 300);
    const { outcome, ms } = await pending;

    expect(isMfaNetworkError(outcome)).toBe(false);
    expect((outcome as Error).name).toBe('AbortError');
    expect(ms).toBeLessThan(1_000);
  });

  test('an already aborted signal sends nothing', async () => {
    let requests = 0;
    const client = await clientFor((_request, reply) => {
      requests += 1;
      json(reply, statusBody());
    });

    const outcome = await client.mfa
      .status('usr_1', { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);

    expect((outcome as Error).name).toBe('AbortError');
    expect(requests).toBe(0);
  });

  test('a fast answer is not cut short by a short timeout', async () => {
    // Short next to the 10 s default, yet long enough for a cold first request (ky, zod
    // and the socket warming up) on a loaded 2-core machine.
    const client = await clientFor((_request, reply) => json(reply, statusBody()), {
      timeout: 1_000,
    });

    await expect(client.mfa.status('usr_1')).resolves.toMatchObject({ enabled: true });
  });
});

describe('the body is capped at 1 MB', () => {
  const pad = (bytes: number) => 'x'.repeat(bytes);

  test('a body growing past 1 MB (no Content-Length) fails as soon as it does', async () => {
    let written = 0;
    const events: MfaDebugEvent[] = [];
    const client = await clientFor(
      (_request, reply) => {
        reply.writeHead(200, { 'content-type': 'application/json' });
        const chunk = pad(64 * 1024);
        const pump = () => {
          // 8 MB at most, in 64 kB chunks, for as long as the client keeps reading.
          while (written < 8 * MAX_BODY_BYTES && !reply.destroyed) {
            written += chunk.length;
            if (!reply.write(chunk)) return reply.once('drain', pump);
          }
          reply.end();
        };
        pump();
      },
      { onDebug: (event) => events.push(event) },
    );

    const outcome = await client.mfa.verify('usr_1', { code: '123456' }).catch((e: unknown) => e);

    expect(isMfaResponseError(outcome) && outcome.toJSON()).toEqual({
      name: 'MfaResponseError',
      message: 'POST /users/:id/mfa/verify answered 200 with an unexpected body: body over 1 MB',
      route: 'POST /users/:id/mfa/verify',
      status: 200,
      path: '',
      reason: 'body over 1 MB',
    });
    // The client stopped reading: the server never got to write all 8 MB.
    expect(written).toBeLessThan(8 * MAX_BODY_BYTES);
    expect(events).toMatchObject([{ status: 200, error: 'MfaResponseError' }]);
  });

  test('a declared Content-Length over 1 MB fails before reading', async () => {
    const client = await clientFor((_request, reply) => {
      reply.writeHead(502, { 'content-length': String(50 * MAX_BODY_BYTES) });
      reply.write(pad(1024));
    });

    const { outcome, ms } = await settled(client.auth.signIn({ email: 'a@b.c', password: 'pw' }));

    expect(isMfaResponseError(outcome) && [outcome.route, outcome.status, outcome.reason]).toEqual([
      'POST /auth/sign_in',
      502,
      'body over 1 MB',
    ]);
    expect(ms).toBeLessThan(1_000);
  });

  test('a body just under 1 MB is read whole', async () => {
    const body = statusBody();
    const overhead = JSON.stringify({ ...body, pad: '' }).length;
    const client = await clientFor((_request, reply) =>
      json(reply, { ...body, pad: pad(MAX_BODY_BYTES - overhead) }),
    );

    await expect(client.mfa.status('usr_1')).resolves.toMatchObject({ enabled: true });
  });

  test('multi-byte characters split across chunks are decoded whole', async () => {
    const body = { ...statusBody(), note: 'Zwei-Faktor-Authentifizierung ✓ 二要素認証' };
    const bytes = Buffer.from(JSON.stringify(body));
    const client = await clientFor((_request, reply) => {
      reply.writeHead(200, { 'content-type': 'application/json' });
      // One byte per write, so every multi-byte character is split.
      for (const byte of bytes) reply.write(Buffer.from([byte]));
      reply.end();
    });

    await expect(client.mfa.status('usr_1')).resolves.toMatchObject({ enabled: true });
  });
});

describe('retries of the status read', () => {
  test('a 503 then a 200: retried after a backoff, the 503 body drained', async () => {
    const times: number[] = [];
    const client = await clientFor((_request, reply) => {
      times.push(Date.now());
      if (times.length === 1) json(reply, { errors: [{ code: 'server_error' }] }, 503);
      else json(reply, statusBody());
    });

    await expect(client.mfa.status('usr_1')).resolves.toMatchObject({ enabled: true });
    expect(times).toHaveLength(2);
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(250);
  });

  test("a 503's Retry-After sets the wait (ky's, not our backoff)", async () => {
    const times: number[] = [];
    const client = await clientFor((_request, reply) => {
      times.push(Date.now());
      if (times.length > 1) return json(reply, statusBody());
      reply.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' });
      reply.end(JSON.stringify({ errors: [{ code: 'server_error' }] }));
    });

    await expect(client.mfa.status('usr_1')).resolves.toMatchObject({ enabled: true });
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(950);
  });

  test('a Retry-After past the deadline is not waited out: the 503 comes back at once', async () => {
    let requests = 0;
    const client = await clientFor(
      (_request, reply) => {
        requests += 1;
        reply.writeHead(503, { 'content-type': 'application/json', 'retry-after': '120' });
        reply.end(JSON.stringify({ errors: [{ code: 'server_error' }] }));
      },
      { timeout: 3_000 },
    );

    const { outcome, ms } = await settled(client.mfa.status('usr_1'));

    expect(isMfaApiError(outcome) && [outcome.status, outcome.retryAfter]).toEqual([503, 120]);
    expect(requests).toBe(1);
    expect(ms).toBeLessThan(1_000);
  });

  test('a dropped connection on a POST is not retried', async () => {
    let requests = 0;
    const client = await clientFor((request) => {
      requests += 1;
      request.socket.destroy();
    });

    const outcome = await client.mfa.verify('usr_1', { code: '123456' }).catch((e: unknown) => e);

    expect(isMfaNetworkError(outcome) && outcome.isTimeout).toBe(false);
    expect(requests).toBe(1);
  });

  test('a caller abort during the backoff stops the retries', async () => {
    let requests = 0;
    const client = await clientFor((_request, reply) => {
      requests += 1;
      json(reply, { errors: [{ code: 'server_error' }] }, 500);
    });
    const controller = new AbortController();

    const pending = client.mfa
      .status('usr_1', { signal: controller.signal })
      .catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 100);

    expect(((await pending) as Error).name).toBe('AbortError');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(requests).toBe(1);
  });
});

describe('with a custom fetch', () => {
  const client = (fetch: typeof globalThis.fetch, options: Partial<MfaClientOptions> = {}) =>
    createMfaClient({ baseUrl: 'https://auth.test.example', apiKey: 'key', fetch, ...options });

  test('one that ignores its signal still cannot outlive the timeout', async () => {
    const never = () => new Promise<Response>(() => undefined);

    const { outcome, ms } = await settled(client(never, { timeout: 300 }).mfa.status('usr_1'));

    expect(isMfaNetworkError(outcome) && outcome.isTimeout).toBe(true);
    expect(ms).toBeLessThan(1_000);
  });

  test('one whose responses have no body stream (React Native) is read through text()', async () => {
    const withoutStream = (body: string) => async () => {
      const response = new Response(body, { headers: { 'content-type': 'application/json' } });
      Object.defineProperty(response, 'body', { value: null });
      return response;
    };

    await expect(
      client(withoutStream(JSON.stringify(statusBody()))).mfa.status('usr_1'),
    ).resolves.toMatchObject({ enabled: true });
    const tooLarge = await client(withoutStream(`"${'x'.repeat(MAX_BODY_BYTES)}"`))
      .mfa.status('usr_1')
      .catch((e: unknown) => e);
    expect(isMfaResponseError(tooLarge) && tooLarge.reason).toBe('body over 1 MB');
  });

  test('it is asked not to follow redirects and is given the deadline signal', async () => {
    // ky calls fetch with a Request that carries the options.
    let seen: Request | undefined;
    const spy = async (input: RequestInfo | URL) => {
      seen = input as Request;
      return Response.json(statusBody());
    };

    await client(spy).mfa.status('usr_1');

    expect(seen?.redirect).toBe('manual');
    expect(seen?.signal).toBeInstanceOf(AbortSignal);
  });
});
