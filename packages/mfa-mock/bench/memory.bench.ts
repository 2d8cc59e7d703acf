/**
 * Memory under junk: the standalone mock server (in a child process, so only its memory
 * counts) gets 20,000 requests without an API key, each for a different 15,000-character
 * user id, and reports its resident memory (after a full GC) before and after, and after
 * `/__mock/reset`. Growth must stay under 30 MiB. Run: `pnpm bench:mock-memory` (also part
 * of `pnpm bench:mock`).
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const REQUESTS = Number(process.env.BENCH_MEMORY_REQUESTS ?? 20_000);
const ID_LENGTH = Number(process.env.BENCH_MEMORY_ID_LENGTH ?? 15_000);
const CONCURRENCY = 16;
const BUDGET_MIB = 30;
const MiB = 1024 * 1024;

type FromServer = { url: string } | { rss: number };

/** The server side: started by `fork` with `--serve`, answers `rss` with its RSS after GC. */
async function serve(): Promise<void> {
  const { startMockHttpServer } = await import('../src/server.ts');
  const server = await startMockHttpServer({ port: 0 });
  process.on('message', async (message) => {
    if (message === 'rss') {
      // Two passes: the first may only queue finalisers.
      globalThis.gc?.();
      await new Promise((resolve) => setTimeout(resolve, 50));
      globalThis.gc?.();
      process.send?.({ rss: process.memoryUsage().rss });
    } else if (message === 'stop') {
      await server.close();
      process.disconnect();
    }
  });
  process.send?.({ url: server.url });
}

async function main(): Promise<void> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
    execArgv: ['--expose-gc', '--conditions=@authblock/source', '--import', 'tsx'],
  });
  const next = () =>
    new Promise<FromServer>((resolve) => child.once('message', (m) => resolve(m as FromServer)));
  const started = await next();
  if (!('url' in started)) throw new Error('the server did not start');
  const rss = async () => {
    const answer = next();
    child.send('rss');
    const message = await answer;
    if (!('rss' in message)) throw new Error('no RSS figure');
    return message.rss;
  };

  // Warm up (JIT, msw, buffers), so "before" is the steady state, not a cold process.
  await send(started.url, 500);
  const before = await rss();
  const begin = performance.now();
  const statuses = await send(started.url, REQUESTS);
  const seconds = (performance.now() - begin) / 1000;
  const after = await rss();
  await fetch(`${started.url}/__mock/reset`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  const afterReset = await rss();
  child.send('stop');

  const growth = (after - before) / MiB;
  const fmt = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;
  console.info(
    `${REQUESTS} keyless GET /users/<${ID_LENGTH}-character id>/mfa/status, ${CONCURRENCY} concurrent, ${seconds.toFixed(1)} s (statuses: ${[...statuses].join(', ')})`,
  );
  console.info(`  server RSS before: ${fmt(before)}`);
  console.info(`  server RSS after:  ${fmt(after)}   (growth ${growth.toFixed(1)} MiB)`);
  console.info(`  after reset:       ${fmt(afterReset)}`);
  console.info(`  growth under ${BUDGET_MIB} MiB: ${growth < BUDGET_MIB ? 'met' : 'NOT met'}`);
  if (growth >= BUDGET_MIB) process.exitCode = 1;
}

/** `count` keyless requests, each for a fresh random user id; returns the statuses seen. */
async function send(url: string, count: number): Promise<Set<number>> {
  const statuses = new Set<number>();
  let started = 0;
  const worker = async () => {
    while (started < count) {
      started++;
      const id = randomBytes(ID_LENGTH / 2)
        .toString('hex')
        .slice(0, ID_LENGTH);
      const response = await fetch(`${url}/users/${id}/mfa/status`);
      statuses.add(response.status);
      await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return statuses;
}

if (process.argv.includes('--serve')) void serve();
else
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
