import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  // No DOM, no React, no Node: the flows run wherever the client does.
  platform: 'neutral',
  // Declaration maps point into the shipped `src/`, so "go to definition" lands on source.
  dts: { sourcemap: true },
  sourcemap: true,
  clean: true,
  // One file per module: with `sideEffects: false` a page's bundler keeps only the flows it
  // imports (a class that extends another looks like a side effect inside one bundle).
  unbundle: true,
  deps: { neverBundle: ['@authblock/mfa-client'] },
});
