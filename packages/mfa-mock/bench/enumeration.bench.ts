/**
 * Whether a sign-in tells an existing account from a missing one by its timing: the median
 * time of `POST /auth/sign_in` with a wrong password, for an existing address and for one
 * without an account, requests interleaved so both see the same machine. Run with each
 * dialect, with and without an `mfa_code` (the existing account has TOTP on): the medians
 * should differ by well under 0.5 ms (on a quiet machine: other load swamps it). Run: `pnpm --filter @authblock/mfa-mock run
 * bench:enumeration` (`BENCH_ROUNDS` to change the 400 rounds per case).
 */
import { createMockBackend } from '../src/backend.ts';
import { DEFAULT_API_KEY, DEMO_USER } from '../src/core.ts';
import { startMockHttpServer } from '../src/server.ts';
import type { MockDialect } from '../src/types.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 400);
const WARMUP = 50;
const MISSING = 'nobody-here@example.com';
const BASE = 'https://auth.test';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

type Send = (request: Request) => Promise<Response>;

async function timeOne(send: Send, base: string, body: Record<string, string>) {
  const request = new Request(`${base}/auth/sign_in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-API-Key': DEFAULT_API_KEY },
    body: JSON.stringify(body),
  });
  const begin = performance.now();
  const response = await send(request);
  await response.text();
  return { ms: performance.now() - begin, status: response.status };
}

/**
 * In process (`backend.fetch`), or over HTTP against the standalone server seeded as
 * `pnpm mock` seeds it (the 250-user tenant). Lockouts are raised out of the way: this
 * measures the password check, not the throttle.
 */
async function target(dialect: MockDialect, http: boolean) {
  const options = { dialect, passwordLockout: { maxAttempts: 1_000_000 } };
  if (!http) {
    const backend = createMockBackend({ ...options, baseUrl: BASE });
    return { backend, base: BASE, send: backend.fetch, close: async () => {} };
  }
  const server = await startMockHttpServer({ ...options, port: 0, population: true });
  return { backend: server.backend, base: server.url, send: fetch as Send, close: server.close };
}

async function compare(dialect: MockDialect, withCode: boolean, http: boolean) {
  const { backend, base, send, close } = await target(dialect, http);
  await backend.enableMfaFor(DEMO_USER.email, 'totp');
  const bodyFor = (email: string) => ({
    email,
    password: 'not-the-password',
    ...(withCode ? { mfa_code: '123456' } : {}),
  });
  const times = { existing: [] as number[], missing: [] as number[] };
  const statuses = new Set<string>();
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    // Alternate which goes first, so neither always runs on a warmer machine.
    const order =
      round % 2 ? (['existing', 'missing'] as const) : (['missing', 'existing'] as const);
    for (const which of order) {
      const { ms, status } = await timeOne(
        send,
        base,
        bodyFor(which === 'existing' ? DEMO_USER.email : MISSING),
      );
      statuses.add(`${which} ${status}`);
      if (round >= WARMUP) times[which].push(ms);
    }
  }
  await close();
  const existing = median(times.existing);
  const missing = median(times.missing);
  // Each round's pair ran back to back: the median of their differences is steadier than
  // the difference of medians when other work comes and goes on the machine.
  const paired = median(times.existing.map((ms, i) => ms - (times.missing[i] ?? 0)));
  console.info(
    `${http ? 'HTTP      ' : 'in process'} ${dialect.padEnd(9)} ${withCode ? 'with mfa_code' : 'password only'}: existing ${existing.toFixed(3)} ms, missing ${missing.toFixed(3)} ms, difference ${(existing - missing).toFixed(3)} ms, paired ${paired.toFixed(3)} ms (${[...statuses].sort().join(', ')})`,
  );
  return Math.abs(paired);
}

console.info(
  `median of ${ROUNDS} wrong-password sign-ins per case (after ${WARMUP} warm-up rounds)`,
);
let worst = 0;
for (const http of [false, true]) {
  for (const dialect of ['guide', 'reference'] as const) {
    for (const withCode of [false, true]) {
      worst = Math.max(worst, await compare(dialect, withCode, http));
    }
  }
}
console.info(`largest paired difference: ${worst.toFixed(3)} ms (budget 0.5 ms)`);
