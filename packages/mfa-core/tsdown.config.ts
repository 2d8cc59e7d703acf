import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  // No DOM, no React, no Node: the flows run wherever the client does.
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  clean: true,
  deps: { neverBundle: ['@authblock/mfa-client'] },
});
