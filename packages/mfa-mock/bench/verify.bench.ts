/**
 * Requests per second for `POST /users/:id/mfa/verify` on the standalone mock server,
 * against a bare node:http server answering a fixed JSON body, with the same client loop
 * (loopback only, bounded by count and time). Run: `pnpm bench:mock`.
 *
 * The verify requests carry a wrong TOTP code with the lockout threshold raised, so every
 * request takes the full path (API key, JWT, body validation, three HMACs for the window,
 * the attempt count, the audit entry, the JSON:API error) without locking the account.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startMockHttpServer } from '../src/server.ts';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 4000);
const MAX_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const WARMUP = 300;

interface Target {
  url: string;
  init: RequestInit;
}

/** The same loop for both servers: CONCURRENCY workers until REQUESTS or MAX_SECONDS. */
async function measure(target: Target, count: number, maxSeconds: number): Promise<number> {
  let started = 0;
  let completed = 0;
  const begin = performance.now();
  const deadline = begin + maxSeconds * 1000;
  const worker = async () => {
    while (started < count && performance.now() < deadline) {
      started++;
      const response = await fetch(target.url, target.init);
      await response.arrayBuffer();
      completed++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return completed / ((performance.now() - begin) / 1000);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function startBareServer(body: string) {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function main() {
  const mock = await startMockHttpServer({
    port: 0,
    lockout: { maxAttempts: Number.MAX_SAFE_INTEGER },
  });
  const { userId } = await mock.backend.enableMfaFor('demo@example.com', 'totp');
  const token = await mock.backend.issueToken('demo@example.com');
  const right = mock.backend.totpCode('demo@example.com');
  const wrong = right === '000000' ? '111111' : '000000';
  const headers = {
    'Content-Type': 'application/json',
    'X-API-Key': 'pk_test_mock',
    Authorization: `Bearer ${token}`,
  };
  const body = JSON.stringify({ code: wrong });
  const mockTarget: Target = {
    url: `${mock.url}/users/${userId}/mfa/verify`,
    init: { method: 'POST', headers, body },
  };

  const check = await fetch(mockTarget.url, mockTarget.init);
  const checkBody = await check.text();
  if (check.status !== 401) throw new Error(`unexpected status ${check.status}`);

  const bare = await startBareServer(checkBody);
  const bareTarget: Target = {
    url: `${bare.url}/users/${userId}/mfa/verify`,
    init: mockTarget.init,
  };

  await measure(mockTarget, WARMUP, 5);
  await measure(bareTarget, WARMUP, 5);

  const mockRuns: number[] = [];
  const bareRuns: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Alternate the order so neither side always runs on a warmer process.
    if (run % 2 === 0) {
      mockRuns.push(await measure(mockTarget, REQUESTS, MAX_SECONDS));
      bareRuns.push(await measure(bareTarget, REQUESTS, MAX_SECONDS));
    } else {
      bareRuns.push(await measure(bareTarget, REQUESTS, MAX_SECONDS));
      mockRuns.push(await measure(mockTarget, REQUESTS, MAX_SECONDS));
    }
  }
  await mock.close();
  await bare.close();

  const mockRps = median(mockRuns);
  const bareRps = median(bareRuns);
  const ratio = mockRps / bareRps;
  const fmt = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
  console.info(
    `POST /users/:id/mfa/verify, ${REQUESTS} requests per run (max ${MAX_SECONDS} s), ${CONCURRENCY} concurrent, ${RUNS} runs`,
  );
  console.info(`  mock server:  ${mockRps.toFixed(0)} req/s median   (runs: ${fmt(mockRuns)})`);
  console.info(`  bare node:http: ${bareRps.toFixed(0)} req/s median   (runs: ${fmt(bareRuns)})`);
  console.info(
    `  ratio:        ${ratio.toFixed(3)}   (target >= 0.25: ${ratio >= 0.25 ? 'met' : 'NOT met'})`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
