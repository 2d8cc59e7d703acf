import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/schemas.ts'],
  format: 'esm',
  // Browsers, Node and edge runtimes: nothing platform-specific may sneak in.
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  clean: true,
});
