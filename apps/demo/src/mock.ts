import { startMockWorker } from '@authblock/mfa-mock/browser';

/**
 * Starts the reference backend inside the page (msw's service worker) and waits until it
 * answers, so the first request the app makes is already served by it.
 */
export async function startDemoMock(baseUrl: string): Promise<void> {
  await startMockWorker({
    baseUrl,
    // A little latency so pending states are visible, as they are against a real server.
    latencyMs: 150,
    quiet: true,
  });
}
