import { defineConfig } from 'tsdown';

/**
 * One build for every entry, so the backend they share is one chunk in the tarball (two
 * builds each emitted their own copy). `neutral`: the backend, `index` and `browser` run in
 * Node and in a browser page alike; `node`, `server` and `cli` import Node's built-ins
 * (`node:*`), which stay imports like every dependency.
 */
export default defineConfig({
  entry: ['src/index.ts', 'src/browser.ts', 'src/node.ts', 'src/server.ts', 'src/cli.ts'],
  format: 'esm',
  platform: 'neutral',
  // Only `node`, `server` and `cli` may import these; a test checks `index`, `browser` and
  // the chunks they load do not.
  deps: { neverBundle: [/^node:/] },
  // Declaration maps point into the shipped `src/`, so "go to definition" lands on source.
  dts: { sourcemap: true },
  sourcemap: true,
  clean: true,
});
