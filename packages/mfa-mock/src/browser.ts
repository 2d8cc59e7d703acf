import { setupWorker } from 'msw/browser';
import { createMockBackend } from './backend.ts';
import type { MockBackend, MockBackendOptions } from './types.ts';

export interface StartMockWorkerOptions extends MockBackendOptions {
  /**
   * Where the app serves msw's worker file (this package ships it in `public/`).
   * @default '/mockServiceWorker.js'
   */
  serviceWorkerUrl?: string;
  /** Silence msw's console messages. @default false */
  quiet?: boolean;
}

/**
 * The backend in the page, through msw's service worker (demo and Storybook). Requests
 * the backend does not know go to the network untouched.
 */
export async function startMockWorker(options: StartMockWorkerOptions = {}): Promise<{
  worker: ReturnType<typeof setupWorker>;
  backend: MockBackend;
}> {
  const { serviceWorkerUrl = '/mockServiceWorker.js', quiet = false, ...backendOptions } = options;
  const backend = createMockBackend(backendOptions);
  const worker = setupWorker(...backend.handlers);
  await worker.start({
    serviceWorker: { url: serviceWorkerUrl },
    onUnhandledRequest: 'bypass',
    quiet,
  });
  return { worker, backend };
}
