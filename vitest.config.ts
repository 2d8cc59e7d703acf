import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.ts';
import { prebundledBrowserDeps, resolveWorkspaceSources } from './scripts/vite-shared.ts';

// Each browser project gets its own `browser` object: shared objects mix up labels.
const chromium = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

export default defineConfig({
  test: {
    projects: [
      {
        ...resolveWorkspaceSources,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/mfa-client/src/**/*.test.ts', 'packages/mfa-mock/src/**/*.test.ts'],
          typecheck: {
            enabled: true,
            include: ['packages/*/src/**/*.test-d.ts'],
            tsconfig: 'packages/mfa-client/tsconfig.json',
          },
        },
      },
      {
        ...resolveWorkspaceSources,
        plugins: [react()],
        // msw's service worker, shared with Storybook and the demo.
        publicDir: 'packages/mfa-mock/public',
        optimizeDeps: { include: prebundledBrowserDeps },
        test: {
          name: 'react',
          include: ['packages/mfa-react/src/**/*.test.{ts,tsx}'],
          browser: chromium(),
        },
      },
      {
        ...resolveWorkspaceSources,
        // Every story in Storybook runs as a test: it renders, its `play` function passes
        // and axe finds no violations (`a11y.test: 'error'` in .storybook/preview.tsx).
        plugins: [storybookTest({ configDir: '.storybook' })],
        publicDir: 'packages/mfa-mock/public',
        test: {
          name: 'storybook',
          browser: chromium(),
        },
      },
      {
        ...resolveWorkspaceSources,
        // The demo, built and served, driven in Chromium as a person would (playwright-core).
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['apps/demo/e2e/**/*.test.ts'],
          globalSetup: ['apps/demo/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
