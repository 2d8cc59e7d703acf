import mswManifest from 'msw/package.json' with { type: 'json' };
import { describe, expect, it, vi } from 'vitest';
import { createMockBackend } from '../backend.ts';
import { assertSupportedMsw } from './msw-version.ts';

describe('assertSupportedMsw', () => {
  it('accepts msw 2, the installed one included', () => {
    expect(mswManifest.version).toMatch(/^2\./);
    expect(() => assertSupportedMsw()).not.toThrow();
    expect(() => assertSupportedMsw('2.15.0')).not.toThrow();
  });

  it.each(['3.0.5', '1.3.2', 'not-a-version'])(
    'rejects msw %s, naming it and the install command',
    (version) => {
      expect(() => assertSupportedMsw(version)).toThrow(
        `works with msw 2 (^2.15.0), but this project has msw ${version}`,
      );
      expect(() => assertSupportedMsw(version)).toThrow('npm install --save-dev msw@^2.15.0');
    },
  );

  it('runs when a backend is created, so every way of starting the mock checks', async () => {
    expect(() => createMockBackend()).not.toThrow();
    vi.resetModules();
    vi.doMock('msw/package.json', () => ({ default: { version: '3.0.5' } }));
    try {
      const fresh = await import('../backend.ts');
      expect(() => fresh.createMockBackend()).toThrow('this project has msw 3.0.5');
    } finally {
      vi.doUnmock('msw/package.json');
      vi.resetModules();
    }
  });
});
