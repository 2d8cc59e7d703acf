import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startMockHttpServer } from '@authblock/mfa-mock/server';
import { build, type PreviewServer, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { backendDefine, demoPublicDir } from '../vite.config.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The demo built on its in-browser mock. */
    mockDemoUrl: string;
    /** The demo built against `standaloneMockUrl` over real HTTP. */
    httpDemoUrl: string;
    /** The standalone reference backend (`pnpm mock`) the second demo talks to. */
    standaloneMockUrl: string;
    /** The demo built against `referenceMockUrl` over real HTTP. */
    referenceDemoUrl: string;
    /** The standalone backend speaking the API reference's dialect (`--dialect reference`). */
    referenceMockUrl: string;
  }
}

const demoRoot = join(import.meta.dirname, '..');
const configFile = join(demoRoot, 'vite.config.ts');
// Under node_modules: git-ignored, and apart from `dist/`, which `pnpm start` rebuilds.
const outRoot = join(demoRoot, 'node_modules', '.cache', 'e2e');

async function buildAndServe(name: string, apiUrl?: string): Promise<PreviewServer> {
  const outDir = join(outRoot, name);
  const env = apiUrl ? { AUTHBLOCK_API_URL: apiUrl, AUTHBLOCK_API_KEY: 'pk_test_mock' } : {};
  await build({
    configFile,
    logLevel: 'warn',
    define: backendDefine(env),
    publicDir: demoPublicDir(env),
    build: { outDir, emptyOutDir: true },
  });
  // Port 0: the system picks a free one, so runs never collide with `pnpm start`.
  return preview({
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
}

function urlOf(server: PreviewServer): string {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its URL');
  return url.replace(/\/$/, '');
}

export default async function setup(project: TestProject) {
  // Each run's step screenshots replace the last run's, so none is stale.
  await rm(join(demoRoot, '..', '..', '.e2e-screenshots'), { recursive: true, force: true });
  // The same app name as the in-page mock's, so both demos show "Northwind" in the app.
  const mock = await startMockHttpServer({ port: 0, issuer: 'Northwind' });
  // The same backend on the API reference's wire, for the flows to run once per dialect.
  const referenceMock = await startMockHttpServer({ port: 0, dialect: 'reference' });
  const mocks = [mock, referenceMock];
  const servers: PreviewServer[] = [];
  try {
    const mockDemo = await buildAndServe('mock');
    servers.push(mockDemo);
    const httpDemo = await buildAndServe('http', mock.url);
    servers.push(httpDemo);
    project.provide('mockDemoUrl', urlOf(mockDemo));
    project.provide('httpDemoUrl', urlOf(httpDemo));
    project.provide('standaloneMockUrl', mock.url);
    const referenceDemo = await buildAndServe('reference', referenceMock.url);
    servers.push(referenceDemo);
    project.provide('referenceDemoUrl', urlOf(referenceDemo));
    project.provide('referenceMockUrl', referenceMock.url);
  } catch (error) {
    await Promise.all(servers.map((server) => server.close()));
    await Promise.all(mocks.map((server) => server.close()));
    throw error;
  }
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
    await Promise.all(mocks.map((server) => server.close()));
  };
}
