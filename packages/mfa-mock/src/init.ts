import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import mswManifest from 'msw/package.json' with { type: 'json' };
import { assertSupportedMsw } from './internal/msw-version.ts';

export const WORKER_FILE = 'mockServiceWorker.js';

/**
 * Copies msw's service worker into the app's public folder (`authblock-mfa-mock init
 * public/`), as `msw init` does. The file comes from the msw the app has installed, so the
 * worker and the library always match; run it again after upgrading msw.
 */
export async function initWorker(publicDir: string): Promise<{ file: string; mswVersion: string }> {
  assertSupportedMsw();
  const source = createRequire(import.meta.url).resolve(`msw/${WORKER_FILE}`);
  const directory = resolve(publicDir);
  await mkdir(directory, { recursive: true });
  const file = join(directory, WORKER_FILE);
  await copyFile(source, file);
  return { file, mswVersion: mswManifest.version };
}
