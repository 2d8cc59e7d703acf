// Builds the Next.js example (`next build`) and serves it (`next start`) in mock mode, on
// a free port, for the walk in next.test.ts. SKIP_NEXT_BUILD=1 reuses the last build.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Next.js example, built and served in mock mode. */
    nextUrl: string;
  }
}

const appRoot = join(import.meta.dirname, '..');
const nextBin = join(appRoot, 'node_modules/.bin/next');
// Mock mode: no AUTHBLOCK_API_URL, whatever the shell has.
const { AUTHBLOCK_API_URL: _apiUrl, ...inherited } = process.env;
const env = { ...inherited, NEXT_TELEMETRY_DISABLED: '1' };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function waitUntilUp(url: string, server: ChildProcess) {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      if ((await fetch(url, { redirect: 'manual' })).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`next start did not answer at ${url}`);
}

export default async function setup(project: TestProject) {
  if (!process.env.SKIP_NEXT_BUILD) {
    const started = performance.now();
    const built = spawnSync(nextBin, ['build'], { cwd: appRoot, env, encoding: 'utf8' });
    if (built.status !== 0) {
      throw new Error(`next build failed:\n${built.stdout}\n${built.stderr}`);
    }
    console.info(`next build: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const port = await freePort();
  // PORT: the app's server calls its own /mock-api there.
  const server = spawn(nextBin, ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: appRoot,
    env: { ...env, PORT: String(port) },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(`${url}/sign-in`, server);
  } catch (error) {
    server.kill();
    throw error;
  }
  project.provide('nextUrl', url);
  return () => {
    server.kill();
  };
}
