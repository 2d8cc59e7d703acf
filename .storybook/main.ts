import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

// Workspace packages resolve each other's `src/` through this export condition, so
// Storybook shows the components as they are in the tree, never a stale build.
const sourceCondition = '@authblock/source';

// TanStack Query ships `"use client"` at the top of its modules; bundling drops the
// directive and says so once per file. Harmless in a client-only bundle.
function isUseClientWarning(message: string): boolean {
  return message.includes('"use client"') || message.includes("'use client'");
}

const config: StorybookConfig = {
  stories: ['./*.mdx', '../packages/mfa-react/src/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // msw's service worker lives in one committed folder shared with the demo and the tests.
  staticDirs: ['../packages/mfa-mock/public'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    const previousOnWarn = viteConfig.build?.rollupOptions?.onwarn;
    return mergeConfig(viteConfig, {
      resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
      // Pre-bundled up front: discovered mid-run, they make Vite reload the page under a
      // running story test. The kit's own packages stay out (they are source).
      optimizeDeps: {
        include: [
          '@tanstack/react-query',
          'msw',
          'msw/browser',
          '@authblock/mfa-client > ky',
          '@authblock/mfa-client > zod/mini',
          '@authblock/mfa-mock > jose',
          '@authblock/mfa-mock > otpauth',
          '@authblock/mfa-react > react-qr-code',
        ],
      },
      build: {
        // Storybook's own manager, docs and axe chunks are large by nature.
        chunkSizeWarningLimit: 2000,
        rollupOptions: {
          onwarn(warning, warn) {
            if (isUseClientWarning(warning.message)) return;
            if (previousOnWarn) previousOnWarn(warning, warn);
            else warn(warning);
          },
        },
      },
    });
  },
};

export default config;
