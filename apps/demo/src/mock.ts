import type { MockDialect } from '@authblock/mfa-mock';
import { startMockWorker } from '@authblock/mfa-mock/browser';

/** Where the in-page mock keeps its state between reloads. */
export const MOCK_STORAGE_KEY = 'authblock-demo-mock';

/**
 * Starts the reference backend inside the page (msw's service worker) and waits until it
 * answers, so the first request the app makes is already served by it. Its users, codes,
 * mailbox and clock live in localStorage, so a reload (even mid-setup) changes nothing;
 * "Reset demo data" (`POST /__mock/reset`) starts it afresh.
 */
export async function startDemoMock(baseUrl: string, dialect: MockDialect): Promise<void> {
  await startMockWorker({
    baseUrl,
    dialect,
    // A little latency so pending states are visible, as they are against a real server.
    latencyMs: 150,
    quiet: true,
    // The name authenticator apps file the account under: this app's, not the backend's.
    issuer: 'Northwind',
    // The seeded tenant (250 users, a year of audit history) for the Admin page.
    population: true,
    persist: { storage: localStorage, key: MOCK_STORAGE_KEY },
  });
}
