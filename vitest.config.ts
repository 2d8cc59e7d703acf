import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { configDefaults, defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.ts';
import { prebundledBrowserDeps, resolveWorkspaceSources } from './scripts/vite-shared.ts';

// React 18 under alias names, installed beside React 19 in the React package.
const reactPackageDir = fileURLToPath(new URL('packages/mfa-react/', import.meta.url));
const react18 = {
  react: join(reactPackageDir, 'node_modules/react-18'),
  reactDom: join(reactPackageDir, 'node_modules/react-dom-18'),
};

// Each browser project gets its own `browser` object: shared objects mix up labels.
const chromium = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

// Browser tests on a loaded 2-core machine: a first render that compiles a module, or a
// mock answer behind a busy CPU, can take seconds. Longer waits only slow a failing test;
// a passing one goes on as soon as its element is there. One retry, as Playwright's own
// CI default does: on a shared virtual machine a whole Chromium has stalled for ~25 s now
// and then (two unrelated tests in two browsers at once, each passing 4 of 4 times alone).
// A test must fail twice in a row to fail the run; its hooks (a fresh mock) run again.
const browserPatience = {
  testTimeout: 30_000,
  retry: 1,
  expect: { poll: { timeout: 5_000 } },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...resolveWorkspaceSources,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'packages/mfa-client/src/**/*.test.ts',
            'packages/mfa-core/src/**/*.test.ts',
            'packages/mfa-mock/src/**/*.test.ts',
            'scripts/**/*.test.mjs',
            // The admin package's React-free figures and exports.
            'packages/mfa-admin-react/src/model/**/*.test.ts',
          ],
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
          ...browserPatience,
          include: [
            'packages/mfa-react/src/**/*.test.{ts,tsx}',
            'packages/mfa-admin-react/src/**/*.test.{ts,tsx}',
          ],
          // Its React-free model runs in the node project.
          exclude: [...configDefaults.exclude, 'packages/mfa-admin-react/src/model/**'],
          provide: { reactMajor: 19, mockDialect: 'guide' },
          browser: chromium(),
        },
      },
      {
        // The same component tests on React 18, the older of the two supported peers ...
        ...resolveWorkspaceSources,
        resolve: {
          ...resolveWorkspaceSources.resolve,
          alias: [
            { find: /^react(\/.*)?$/, replacement: `${react18.react}$1` },
            { find: /^react-dom(\/.*)?$/, replacement: `${react18.reactDom}$1` },
          ],
        },
        // Its own pre-bundles: the default cache holds react-query built against React 19.
        cacheDir: 'node_modules/.vite/react18',
        plugins: [react()],
        publicDir: 'packages/mfa-mock/public',
        optimizeDeps: { include: prebundledBrowserDeps },
        test: {
          name: 'react18',
          ...browserPatience,
          include: [
            'packages/mfa-react/src/**/*.test.{ts,tsx}',
            'packages/mfa-admin-react/src/**/*.test.{ts,tsx}',
          ],
          // Its React-free model runs in the node project.
          exclude: [...configDefaults.exclude, 'packages/mfa-admin-react/src/model/**'],
          // ... and on the API reference's wire dialect, so the components meet both.
          provide: { reactMajor: 18, mockDialect: 'reference' },
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
          ...browserPatience,
          browser: chromium(),
        },
      },
      {
        // The same stories on the API reference's wire dialect (stories/mock.ts reads this
        // default; the toolbar's "Dialect" switches it by hand in `pnpm storybook`).
        ...resolveWorkspaceSources,
        plugins: [storybookTest({ configDir: '.storybook' })],
        publicDir: 'packages/mfa-mock/public',
        define: { __AUTHBLOCK_MOCK_DIALECT__: JSON.stringify('reference') },
        test: {
          name: 'storybook-reference',
          ...browserPatience,
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
      {
        ...resolveWorkspaceSources,
        // The Next.js example (apps/next), built with `next build`, served and walked.
        test: {
          name: 'e2e-next',
          environment: 'node',
          include: ['apps/next/e2e/**/*.test.ts'],
          globalSetup: ['apps/next/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
