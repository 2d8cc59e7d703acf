import { defineConfig } from 'tsdown';

export default defineConfig([
  {
    // Runs in Node and in a service worker's page: Web APIs only.
    entry: ['src/index.ts', 'src/browser.ts'],
    format: 'esm',
    platform: 'neutral',
    dts: true,
    sourcemap: true,
    clean: true,
  },
  {
    // node:http, msw/node and the CLI.
    entry: ['src/node.ts', 'src/server.ts', 'src/cli.ts'],
    format: 'esm',
    platform: 'node',
    fixedExtension: false,
    dts: true,
    sourcemap: true,
    clean: false,
  },
]);
