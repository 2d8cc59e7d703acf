/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Set at build time to use a real Auth Block API (or `pnpm mock`); empty: in-browser mock. */
  readonly AUTHBLOCK_API_URL: string;
  /** The `X-API-Key` for `AUTHBLOCK_API_URL`. */
  readonly AUTHBLOCK_API_KEY: string;
}
