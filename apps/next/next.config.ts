import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  // `pnpm typecheck` runs tsc over this app; the build need not do it again (about 30 s).
  // A copy of this example outside the repository should drop this line.
  typescript: { ignoreBuildErrors: true },
  // The mock backend (msw, jose, otpauth) runs in the Node server only, unbundled.
  serverExternalPackages: ['msw', '@authblock/mfa-mock'],
  // The workspace root holds the lockfile; say so rather than let Next guess.
  turbopack: { root: new URL('../..', import.meta.url).pathname },
  outputFileTracingRoot: new URL('../..', import.meta.url).pathname,
};

export default config;
