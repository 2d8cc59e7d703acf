import { defineConfig, type UserConfig } from 'tsdown';

const shared: UserConfig = {
  format: 'esm',
  // Browsers, Node and edge runtimes: nothing platform-specific may sneak in.
  platform: 'neutral',
  // Declaration maps point into the shipped `src/`, so "go to definition" lands on source.
  dts: { sourcemap: true },
  sourcemap: true,
};

export default defineConfig([
  {
    ...shared,
    entry: ['src/index.ts'],
    clean: true,
    // zod/mini's builders only build schemas: saying so lets the bundler drop the ones the
    // client never reads (measured: 535 B gzipped). The client gets its own bundle so the
    // `schemas` entry, which needs them all, cannot keep them alive through a shared chunk.
    treeshake: { manualPureFunctions: ['z'] },
  },
  { ...shared, entry: ['src/schemas.ts'], clean: false },
]);
