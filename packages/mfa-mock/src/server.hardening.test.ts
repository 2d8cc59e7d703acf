import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, type MockHttpServer, startMockHttpServer } from './server.ts';

/** Writes `payload` as is on a fresh connection; resolves with all it got back when it closes. */
function rawExchange(url: string, payload: string): Promise<{ text: string; ms: number }> {
  const { hostname, port } = new URL(url);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname.replace(/^\[|\]$/g, ''), () =>
      socket.write(payload),
    );
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      text += chunk;
    });
    socket.on('close', () => resolve({ text, ms: performance.now() - started }));
    socket.on('error', reject);
  });
}

const statusOf = (text: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);

function getWithHost(url: string, path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(`${url}${path}`, { headers: { Host: host } });
    outgoing.on('response', (incoming) => {
      incoming.resume();
      resolve(incoming.statusCode ?? 0);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('the standalone server, hardened', () => {
  let server: MockHttpServer;
  beforeAll(async () => {
    server = await startMockHttpServer({
      port: 0,
      timeouts: { headersMs: 300, requestMs: 600 },
    });
  });
  afterAll(() => server.close());

  it('answers malformed request targets 400, not 500', async () => {
    for (const target of ['http://[::1/x', 'http://127.0.0.1:70000/', 'http://%zz/', 'http:///']) {
      const { text } = await rawExchange(
        server.url,
        `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
      );
      expect({ target, status: statusOf(text) }).toEqual({ target, status: 400 });
    }
  });

  it('answers a stalled body 408 and drops the connection', async () => {
    const { text, ms } = await rawExchange(
      server.url,
      'POST /auth/sign_in HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"email":',
    );
    expect(statusOf(text)).toBe(408);
    expect(ms).toBeLessThan(5000);
  });

  it('answers headers that never finish 408 and drops the connection', async () => {
    const { text, ms } = await rawExchange(server.url, 'GET /__mock/events HTTP/1.1\r\nHost: 1');
    expect(statusOf(text)).toBe(408);
    expect(ms).toBeLessThan(5000);
  });

  it('defaults to timeouts of seconds, not the five minutes of Node', async () => {
    const defaults = await startMockHttpServer({ port: 0 });
    try {
      const { text, ms } = await rawExchange(defaults.url, 'GET /__mock/events HTTP/1.1\r\n');
      expect(statusOf(text)).toBe(408);
      expect(ms).toBeLessThan(8000);
    } finally {
      await defaults.close();
    }
  }, 15_000);

  it('closes connections over the cap at once', async () => {
    const capped = await startMockHttpServer({ port: 0, maxConnections: 2 });
    const { hostname, port } = new URL(capped.url);
    const held = [connect(Number(port), hostname), connect(Number(port), hostname)];
    try {
      await Promise.all(held.map((socket) => new Promise((r) => socket.once('connect', r))));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const extra = await rawExchange(
        capped.url,
        'GET /__mock/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
      );
      expect(extra.text).toBe('');
    } finally {
      for (const socket of held) socket.destroy();
      await capped.close();
    }
  });

  it('answers a declared Content-Length over the cap 413 at once, before any body, and closes', async () => {
    // Only the head is sent: an answer can only come from the declared length.
    const { text, ms } = await rawExchange(
      server.url,
      `POST /auth/sign_in HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: pk_test_mock\r\nContent-Type: application/json\r\nContent-Length: ${20 * 1024 * 1024}\r\n\r\n`,
    );
    expect(statusOf(text)).toBe(413);
    expect(text).toMatch(/\r\nconnection: close\r\n/i);
    expect(text).toContain('"code":"bad_request"');
    // Well inside the 600 ms request timeout here, which would otherwise answer 408.
    expect(ms).toBeLessThan(400);
  });

  it('refuses an oversized Expect: 100-continue body without asking for it', async () => {
    const { text } = await rawExchange(
      server.url,
      `POST /auth/sign_in HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: ${MAX_BODY_BYTES + 1}\r\n\r\n`,
    );
    expect(statusOf(text)).toBe(413);
    expect(text).not.toContain('100 Continue');
  });

  it('answers a chunked body 413 as it crosses the cap, and closes the connection', async () => {
    const { hostname, port } = new URL(server.url);
    const socket = connect(Number(port), hostname);
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      'POST /auth/sign_in HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
    );
    const piece = Buffer.alloc(8 * 1024, 'a');
    let sent = 0;
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1');
    });
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.on('error', () => {}); // a reset after the answer is an acceptable close
    // 8 KB every 10 ms, up to 400 KB: far more than the cap, far less than the timeout.
    while (sent < 400 * 1024 && statusOf(text) === 0 && !socket.destroyed) {
      socket.write(`${piece.length.toString(16)}\r\n`);
      socket.write(piece);
      socket.write('\r\n');
      sent += piece.length;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await closed;
    expect(statusOf(text)).toBe(413);
    // Answered soon after the cap was crossed, not at the end of the body.
    expect(sent).toBeGreaterThan(MAX_BODY_BYTES);
    expect(sent).toBeLessThan(MAX_BODY_BYTES + 128 * 1024);
  });

  it('lets a client that keeps sending fast read its 413 before the connection goes', async () => {
    // Node destroys a closing connection the moment its answer is out; with the body still
    // arriving, the reset overtook the 413 in most of these rounds.
    const { hostname, port } = new URL(server.url);
    const piece = Buffer.alloc(8 * 1024, 'a');
    for (let round = 0; round < 10; round++) {
      const socket = connect(Number(port), hostname);
      await new Promise((resolve) => socket.once('connect', resolve));
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString('latin1');
      });
      socket.on('error', () => {}); // the close that follows may be a reset
      const closed = new Promise((resolve) => socket.once('close', resolve));
      socket.write(
        'POST /auth/sign_in HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
      );
      for (let sent = 0; sent < 400 * 1024 && statusOf(text) === 0 && !socket.destroyed; ) {
        socket.write(`${piece.length.toString(16)}\r\n`);
        socket.write(piece);
        socket.write('\r\n');
        sent += piece.length;
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      socket.end();
      await closed;
      expect(statusOf(text), `round ${round + 1}`).toBe(413);
    }
  });

  it('still reads a body just under the cap', async () => {
    const body = JSON.stringify({ email: 'demo@example.com', password: 'x'.repeat(60 * 1024) });
    const { text } = await rawExchange(
      server.url,
      `POST /auth/sign_in HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: pk_test_mock\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    expect(statusOf(text)).not.toBe(413);
    expect(statusOf(text)).toBeGreaterThanOrEqual(400);
  });

  it('takes IPv4-mapped loopback Host headers as loopback', async () => {
    const port = new URL(server.url).port;
    expect(await getWithHost(server.url, '/__mock/events', `[::ffff:127.0.0.1]:${port}`)).toBe(200);
    expect(await getWithHost(server.url, '/__mock/events', `[::1]:${port}`)).toBe(200);
    expect(await getWithHost(server.url, '/__mock/events', 'attacker.example')).toBe(403);
  });
});

describe('the standalone server on IPv6 loopback', () => {
  it('keeps the Host guard against DNS rebinding on', async () => {
    const server = await startMockHttpServer({ port: 0, host: '::1' });
    try {
      expect(server.url).toMatch(/^http:\/\/\[::1\]:\d+$/);
      const port = new URL(server.url).port;
      expect(await getWithHost(server.url, '/__mock/events', 'attacker.example')).toBe(403);
      expect(await getWithHost(server.url, '/__mock/events', `[::1]:${port}`)).toBe(200);
      expect(await getWithHost(server.url, '/__mock/events', `localhost:${port}`)).toBe(200);
    } finally {
      await server.close();
    }
  });
});
