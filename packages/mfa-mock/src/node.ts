import { setupServer } from 'msw/node';
import { createMockBackend } from './backend.ts';
import type { MockBackend, MockBackendOptions } from './types.ts';

// Everything of the main entry too, so a test file needs one import.
export * from './index.ts';

/**
 * The backend on msw's `setupServer`, for vitest and jest. Call `server.listen()` before
 * the tests, `backend.reset()` and `server.resetHandlers()` between them, `server.close()`
 * after.
 *
 * @example
 * const { server, backend } = setupMockServer();
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 * afterEach(() => { server.resetHandlers(); backend.reset(); });
 * afterAll(() => server.close());
 */
export function setupMockServer(options?: MockBackendOptions): {
  server: ReturnType<typeof setupServer>;
  backend: MockBackend;
} {
  const backend = createMockBackend(options);
  return { server: setupServer(...backend.handlers), backend };
}
