import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { isUseClientWarning, resolveWorkspaceSources } from '../../scripts/vite-shared.ts';

/** The backend the demo talks to; both empty means the in-browser mock. */
export interface DemoBackendEnv {
  AUTHBLOCK_API_URL?: string | undefined;
  AUTHBLOCK_API_KEY?: string | undefined;
}

/**
 * Bakes the backend settings into the bundle. Only these two names reach the browser:
 * a broad `envPrefix` would ship any other `AUTHBLOCK_*` variable of the build machine.
 */
export function backendDefine(env: DemoBackendEnv): Record<string, string> {
  return {
    'import.meta.env.AUTHBLOCK_API_URL': JSON.stringify(env.AUTHBLOCK_API_URL ?? ''),
    'import.meta.env.AUTHBLOCK_API_KEY': JSON.stringify(env.AUTHBLOCK_API_KEY ?? ''),
  };
}

/**
 * msw's service worker (one committed copy, shared with Storybook and the tests), for the
 * in-page mock only: a build against an API ships no worker.
 */
export function demoPublicDir(env: DemoBackendEnv): string | false {
  return env.AUTHBLOCK_API_URL ? false : '../../packages/mfa-mock/public';
}

export default defineConfig(({ mode }) => {
  // `.env` files and the process environment, `AUTHBLOCK_*` names only.
  const env = loadEnv(mode, import.meta.dirname, 'AUTHBLOCK_');
  return {
    root: import.meta.dirname,
    plugins: [react()],
    resolve: resolveWorkspaceSources.resolve,
    publicDir: demoPublicDir(env),
    define: backendDefine(env),
    server: { host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
    build: {
      // The mock backend (msw, jose, otpauth) is one lazy chunk of ~500 kB, loaded only in
      // mock mode; a real deployment never downloads it.
      chunkSizeWarningLimit: 600,
      rollupOptions: {
        onwarn(warning, warn) {
          if (isUseClientWarning(warning.message)) return;
          warn(warning);
        },
      },
    },
  };
});
