/**
 * How soon the standalone mock answers an oversized `POST /auth/sign_in`, over a real
 * socket, for bodies of 70 KB, 200 KB, 1 MB and 20 MB: once with a declared
 * `Content-Length` and once chunked. The client writes the body as fast as the server
 * reads it and stops at the first answer or when the connection closes; each line says
 * what came back and after how long. Run: `pnpm --filter @authblock/mfa-mock run
 * bench:body` (or `BENCH_URL=http://127.0.0.1:4010` to measure a running `pnpm mock`).
 */
import { connect } from 'node:net';
import { startMockHttpServer } from '../src/server.ts';

const SIZES = [70 * 1024, 200 * 1024, 1024 * 1024, 20 * 1024 * 1024];
/** Give up after this long: longer than the server's 10 s request timeout. */
const GIVE_UP_MS = 15_000;
const CHUNK = Buffer.alloc(16 * 1024, 'a');

interface Outcome {
  status: number | null;
  ms: number;
  closed: boolean;
}

/** Sends the head, then the body in 16 KB writes, until an answer arrives or the socket ends. */
function send(url: URL, size: number, chunked: boolean): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = connect(Number(url.port), url.hostname);
    const begin = performance.now();
    let answer = '';
    let status: number | null = null;
    let sent = 0;
    let done = false;
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ status, ms: performance.now() - begin, closed });
    };
    const timer = setTimeout(() => finish(false), GIVE_UP_MS);
    const pump = () => {
      while (!done && sent < size) {
        const piece = CHUNK.subarray(0, Math.min(CHUNK.length, size - sent));
        sent += piece.length;
        const framed = chunked
          ? Buffer.concat([
              Buffer.from(`${piece.length.toString(16)}\r\n`),
              piece,
              Buffer.from('\r\n'),
            ])
          : piece;
        if (!socket.write(framed)) return; // wait for 'drain'
      }
      if (!done && chunked && sent >= size) socket.write('0\r\n\r\n');
    };
    socket.on('connect', () => {
      const length = chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${size}`;
      socket.write(
        `POST /auth/sign_in HTTP/1.1\r\nHost: ${url.host}\r\nX-API-Key: pk_test_mock\r\nContent-Type: application/json\r\n${length}\r\n\r\n`,
      );
      pump();
    });
    socket.on('drain', pump);
    socket.on('data', (data) => {
      answer += data.toString('latin1');
      const match = /^HTTP\/1\.1 (\d{3})/.exec(answer);
      if (match && status === null) {
        status = Number(match[1]);
        // Stop timing at the answer; see whether the server then closes the connection.
        const at = performance.now() - begin;
        socket.once('close', () => {
          if (!done) {
            done = true;
            clearTimeout(timer);
            resolve({ status, ms: at, closed: true });
          }
        });
        setTimeout(() => {
          if (!done) {
            done = true;
            clearTimeout(timer);
            socket.destroy();
            resolve({ status, ms: at, closed: false });
          }
        }, 2000);
      }
    });
    socket.on('error', () => finish(true));
    socket.on('close', () => {
      if (status === null) finish(true);
    });
  });
}

const external = process.env.BENCH_URL;
const server = external ? null : await startMockHttpServer({ port: 0 });
const url = new URL(external ?? server?.url ?? '');
console.info(`oversized POST /auth/sign_in against ${url.origin}`);
for (const chunked of [false, true]) {
  for (const size of SIZES) {
    const { status, ms, closed } = await send(url, size, chunked);
    const label = `${chunked ? 'chunked       ' : 'Content-Length'} ${(size / 1024).toFixed(0).padStart(6)} KB`;
    const what = status === null ? 'no answer' : String(status);
    console.info(
      `${label}: ${what.padEnd(9)} after ${ms.toFixed(1).padStart(8)} ms, connection ${closed ? 'closed' : 'left open'}`,
    );
  }
}
await server?.close();
