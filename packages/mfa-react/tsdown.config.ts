import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/setup.ts', 'src/require-mfa.ts'],
  format: 'esm',
  platform: 'neutral',
  // Declaration maps point into the shipped `src/`, so "go to definition" lands on source.
  dts: { sourcemap: true },
  sourcemap: true,
  clean: true,
  outputOptions: {
    // Each language is its own lazily loaded chunk, named so budgets can tell them apart
    // (RequireMfa's as `locales/require-mfa-<language>`, step-up's as
    // `locales/step-up-<language>`).
    chunkFileNames: (chunk) =>
      chunk.facadeModuleId?.includes('/src/locales/require-mfa/')
        ? 'locales/require-mfa-[name]-[hash].js'
        : chunk.facadeModuleId?.includes('/src/locales/step-up/')
          ? 'locales/step-up-[name]-[hash].js'
          : chunk.facadeModuleId?.includes('/src/locales/mfa/')
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
      '@authblock/mfa-core',
      'react-qr-code',
    ],
  },
});
