import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../backend.ts';
import type { StartMockWorkerOptions } from '../browser.ts';
import { requireWorkerBaseUrl } from './worker-base-url.ts';

describe('the browser mock', () => {
  it('needs a baseUrl: the types say so, and so does a clear error', () => {
    // @ts-expect-error baseUrl is required
    const missing: StartMockWorkerOptions = { quiet: true };
    expect(() => requireWorkerBaseUrl(missing.baseUrl)).toThrow(/baseUrl is required/);
    for (const bad of ['', ' ', '*']) {
      expect(() => requireWorkerBaseUrl(bad)).toThrow(/baseUrl is required/);
    }
    expect(() => requireWorkerBaseUrl('/mock-api')).toThrow(/absolute URL/);
    expect(requireWorkerBaseUrl('https://auth.example.test')).toBe('https://auth.example.test');
  });

  it('with its baseUrl, leaves the app origin alone, dev routes included', async () => {
    const backend = createMockBackend({ baseUrl: 'http://localhost:5173/mock-api' });
    for (const url of [
      'http://localhost:5173/__mock/mailbox',
      'http://localhost:5173/auth/sign_in',
      'http://localhost:5173/users/usr_demo/mfa/status',
      'https://elsewhere.example/__mock/events',
    ]) {
      expect(await getResponse(backend.handlers, new Request(url))).toBeUndefined();
    }
    const own = await getResponse(
      backend.handlers,
      new Request('http://localhost:5173/mock-api/__mock/events'),
    );
    expect(own?.status).toBe(200);
  });
});
