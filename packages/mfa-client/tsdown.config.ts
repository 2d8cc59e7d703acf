import { defineConfig, type UserConfig } from 'tsdown';

const shared: UserConfig = {
  format: 'esm',
  // Browsers, Node and edge runtimes: nothing platform-specific may sneak in.
  platform: 'neutral',
  dts: true,
  sourcemap: true,
};

export default defineConfig([
  {
    ...shared,
    entry: ['src/index.ts'],
    clean: true,
    // zod/mini builders have no side effects; saying so lets the client drop the request
    // schemas it never calls. Its own bundle, so the `schemas` entry cannot keep them alive.
    treeshake: { manualPureFunctions: ['z'] },
  },
  { ...shared, entry: ['src/schemas.ts'], clean: false },
]);
