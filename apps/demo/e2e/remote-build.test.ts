// A build against a real API (AUTHBLOCK_API_URL set) ships nothing of the mock: no
// service worker, no mock chunk (msw, jose, otpauth), no seeded passwords. The mock build
// beside it, from the same sources, has all three, so the markers below are real.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Where e2e/global-setup.ts builds the demo, once per backend.
const builds = join(import.meta.dirname, '..', 'node_modules', '.cache', 'e2e');

function filesOf(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), readFileSync(path, 'utf8'));
  }
  return files;
}

/** What gives the mock away in a build. */
function mockTraces(dir: string) {
  const files = filesOf(dir);
  const containing = (text: string) =>
    [...files].filter(([, body]) => body.includes(text)).map(([name]) => name);
  return {
    worker: [...files.keys()].filter((name) => name.includes('mockServiceWorker')),
    // msw's worker registration and the mock's own backend.
    mockCode: containing('mockServiceWorker.js'),
    seededPassword: containing('Password123!'),
  };
}

describe('the demo built for a real API', () => {
  it('the mock build has the worker, the mock chunk and the seeded password (the markers work)', () => {
    const traces = mockTraces(join(builds, 'mock'));
    expect(traces.worker).not.toEqual([]);
    expect(traces.mockCode).not.toEqual([]);
    expect(traces.seededPassword).not.toEqual([]);
  });

  it('has no service worker, no mock code and no seeded password', () => {
    expect(mockTraces(join(builds, 'http'))).toEqual({
      worker: [],
      mockCode: [],
      seededPassword: [],
    });
  });
});
