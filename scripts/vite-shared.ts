// Settings shared by every Vite-based tool in the repo: vitest, Storybook and the demo.
import { defaultClientConditions, defaultServerConditions } from 'vite';

// Workspace packages resolve each other's `src/` through this export condition, so tests,
// Storybook and the demo run the kit as it is in the tree and never wait for a build
// (the same trick TanStack Query uses).
export const sourceCondition = '@authblock/source';

export const resolveWorkspaceSources = {
  resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [sourceCondition, ...defaultServerConditions] } },
};

// Third-party modules that browser code imports, pre-bundled up front: discovered in the
// middle of a run, they make Vite reload the page under a running test. The kit's own
// packages stay out: they are source.
export const prebundledBrowserDeps = [
  '@tanstack/react-query',
  'msw',
  'msw/browser',
  '@authblock/mfa-mock > jose',
  '@authblock/mfa-mock > otpauth',
  '@authblock/mfa-react > axe-core',
  '@authblock/mfa-react > jsqr',
  '@authblock/mfa-react > react-qr-code',
  '@authblock/mfa-admin-react > d3-scale',
  '@authblock/mfa-admin-react > d3-shape',
];

// TanStack Query ships `"use client"` at the top of its modules; a client-only bundle drops
// the directive and warns once per file. Harmless there, so the warning is filtered.
export function isUseClientWarning(message: string): boolean {
  return message.includes('"use client"') || message.includes("'use client'");
}
