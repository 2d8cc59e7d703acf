import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { initWorker } from './init.ts';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const mswWorker = readFileSync(createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'));
const folders: string[] = [];

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'mfa-mock-init-'));
  folders.push(folder);
  return folder;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('initWorker', () => {
  it("copies the installed msw's worker into the folder, creating it", async () => {
    const publicDir = join(tempFolder(), 'public', 'nested');
    const { file, mswVersion } = await initWorker(publicDir);
    expect(file).toBe(join(publicDir, 'mockServiceWorker.js'));
    expect(readFileSync(file).equals(mswWorker)).toBe(true);
    expect(mswVersion).toMatch(/^2\./);
  });
});

describe('authblock-mfa-mock init', () => {
  const cli = (...args: string[]) =>
    spawnSync(
      process.execPath,
      ['--conditions=@authblock/source', '--import', 'tsx', 'src/cli.ts', ...args],
      { cwd: packageRoot, encoding: 'utf8' },
    );

  it('copies the worker and says how Vite and Next.js serve it', () => {
    const publicDir = join(tempFolder(), 'public');
    const result = cli('init', publicDir);
    expect(result.status).toBe(0);
    expect(readFileSync(join(publicDir, 'mockServiceWorker.js')).equals(mswWorker)).toBe(true);
    expect(result.stdout).toContain('/mockServiceWorker.js');
    expect(result.stdout).toContain('Vite: ');
    expect(result.stdout).toContain('Next.js (App Router): ');
  }, 30_000);

  it('without a folder, exits 1 with the usage', () => {
    const result = cli('init');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Usage: authblock-mfa-mock init <publicDir>');
  }, 30_000);
});
