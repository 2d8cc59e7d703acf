// The in-page mock must not print what people type: msw's request log, left on, shows
// every body (passwords, codes) and answer (tokens, secrets) in the browser's console.
import { afterEach, describe, expect, it, vi } from 'vitest';

const start = vi.fn(async () => undefined);
vi.mock('msw/browser', () => ({
  setupWorker: () => ({ start, events: { on: vi.fn() } }),
}));

const { startMockWorker } = await import('./browser.ts');

afterEach(() => start.mockClear());

describe('startMockWorker', () => {
  it('keeps msw quiet unless asked, so no secret reaches the console', async () => {
    await startMockWorker({ baseUrl: 'https://auth.example.test' });
    expect(start).toHaveBeenCalledWith(expect.objectContaining({ quiet: true }));
  });

  it('logs every request when asked to, for debugging with demo data', async () => {
    await startMockWorker({ baseUrl: 'https://auth.example.test', quiet: false });
    expect(start).toHaveBeenCalledWith(expect.objectContaining({ quiet: false }));
  });
});
