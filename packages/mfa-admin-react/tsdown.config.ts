import { defineConfig } from 'tsdown';

export default defineConfig({
  // `index` is the React components; `model` the same figures and exports without React.
  entry: ['src/index.ts', 'src/model.ts'],
  format: 'esm',
  platform: 'neutral',
  // Declaration maps point into the shipped `src/`, so "go to definition" lands on source.
  dts: { sourcemap: true },
  sourcemap: true,
  clean: true,
  outputOptions: {
    // Each language is its own lazily loaded chunk, named so budgets can tell them apart.
    chunkFileNames: (chunk) =>
      chunk.facadeModuleId?.includes('/src/locales/')
        ? 'locales/[name]-[hash].js'
        : '[name]-[hash].js',
  },
  deps: {
    // Peers and dependencies stay imports: the app's bundler dedupes them.
    neverBundle: [
      /^react($|\/)/,
      /^react-dom($|\/)/,
      '@tanstack/react-query',
      /^@authblock\/mfa-client($|\/)/,
      /^@authblock\/mfa-react($|\/)/,
      /^d3-/,
    ],
  },
});
