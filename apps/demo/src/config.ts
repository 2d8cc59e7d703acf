import type { MockDialect } from '@authblock/mfa-mock';

/** Where the demo's backend lives, decided at build time. */
export type DemoBackend =
  | {
      /** The reference backend runs inside this page (msw's service worker). */
      kind: 'mock';
      baseUrl: string;
      apiKey: string;
      /** The wire dialect the in-page mock speaks: `?dialect=reference` in the URL. */
      dialect: MockDialect;
    }
  | {
      /** A real Auth Block API, or `pnpm mock`, over HTTP. */
      kind: 'remote';
      baseUrl: string;
      apiKey: string;
    };

/** The mock's documented defaults (see the README). */
export const MOCK_API_KEY = 'pk_test_mock';
export const SEEDED_USER = { email: 'demo@example.com', password: 'Password123!' } as const;
/** The mock's tenant administrator, for the Admin page. */
export const SEEDED_ADMIN = { email: 'admin@example.com', password: 'Password123!' } as const;

/** `?dialect=reference` picks the API reference's wire shapes; anything else the guide's. */
export function readMockDialect(search: string): MockDialect {
  return new URLSearchParams(search).get('dialect') === 'reference' ? 'reference' : 'guide';
}

export function readBackend(): DemoBackend {
  const baseUrl = import.meta.env.AUTHBLOCK_API_URL.replace(/\/+$/, '');
  if (baseUrl) {
    return { kind: 'remote', baseUrl, apiKey: import.meta.env.AUTHBLOCK_API_KEY };
  }
  // The in-page mock answers on this origin, so the requests look like any other API call
  // in the browser's network panel.
  return {
    kind: 'mock',
    baseUrl: `${window.location.origin}/api`,
    apiKey: MOCK_API_KEY,
    dialect: readMockDialect(window.location.search),
  };
}
