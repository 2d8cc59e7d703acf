import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';
import {
  isUseClientWarning,
  prebundledBrowserDeps,
  resolveWorkspaceSources,
} from '../scripts/vite-shared.ts';

const config: StorybookConfig = {
  stories: [
    './*.mdx',
    '../packages/mfa-react/src/**/*.stories.tsx',
    '../packages/mfa-admin-react/src/**/*.stories.tsx',
  ],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // msw's service worker lives in one committed folder shared with the demo and the tests.
  staticDirs: ['../packages/mfa-mock/public'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    const previousOnWarn = viteConfig.build?.rollupOptions?.onwarn;
    return mergeConfig(viteConfig, {
      resolve: resolveWorkspaceSources.resolve,
      optimizeDeps: { include: prebundledBrowserDeps },
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
