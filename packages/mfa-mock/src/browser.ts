import { setupWorker } from 'msw/browser';
import { createMockBackend } from './backend.ts';
import { requireWorkerBaseUrl } from './internal/worker-base-url.ts';
import { READ_ONLY_POST_PATHS } from './routes/admin.ts';
import type { MockBackend, MockBackendOptions, MockStateSnapshot } from './types.ts';

type PersistOptions = NonNullable<StartMockWorkerOptions['persist']>;

export interface StartMockWorkerOptions extends Omit<MockBackendOptions, 'baseUrl'> {
  /**
   * The API address the app's client calls; the mock answers only there (origin and path
   * prefix), never the app's own routes. Required: in the page, msw's worker sees every
   * request the app makes.
   * @example `${location.origin}/mock-api`
   * @example 'https://auth.example.test'
   */
  baseUrl: string;
  /**
   * Where the app serves msw's worker file (this package ships it in `public/`).
   * @default '/mockServiceWorker.js'
   */
  serviceWorkerUrl?: string | undefined;
  /**
   * Silence msw's console log of every mocked request. Left on, that log shows each
   * request's body and each answer in the browser's console: passwords, codes, tokens,
   * TOTP secrets and backup codes. Turn it off (`false`) only to debug, with demo data.
   * @default true
   */
  quiet?: boolean | undefined;
  /**
   * Keep the backend's state in `storage` under `key` (e.g. `localStorage`): restored
   * before the first request, saved after every answered request that can change it
   * (not GET), so a reload keeps the
   * users, codes, mailbox and clock, and tokens issued before stay valid. A saved state
   * that cannot be read (another version) is dropped and the backend starts seeded.
   * @example { storage: localStorage, key: 'my-app-mock' }
   */
  persist?: { storage: Storage; key: string } | undefined;
}

/**
 * The backend in the page, through msw's service worker (demo and Storybook). Requests
 * the backend does not know go to the network untouched.
 */
export async function startMockWorker(options: StartMockWorkerOptions): Promise<{
  worker: ReturnType<typeof setupWorker>;
  backend: MockBackend;
}> {
  const baseUrl = requireWorkerBaseUrl(options?.baseUrl);
  const {
    serviceWorkerUrl = '/mockServiceWorker.js',
    quiet = true,
    persist,
    ...backendOptions
  } = options;
  const backend = createMockBackend({ ...backendOptions, baseUrl });
  const worker = setupWorker(...backend.handlers);
  if (persist) {
    await restoreFrom(backend, persist);
    // Reads change nothing worth keeping (the mailbox panel polls every second; the admin
    // dashboard's audit queries are POSTs that only read, and a save of the seeded tenant
    // costs ~0.2 s).
    const save = saveTo(backend, persist);
    worker.events.on('response:mocked', ({ request }) => {
      if (request.method === 'GET') return;
      const path = new URL(request.url).pathname;
      if ([...READ_ONLY_POST_PATHS].some((readOnly) => path.endsWith(readOnly))) return;
      save();
    });
  }
  await worker.start({
    serviceWorker: { url: serviceWorkerUrl },
    onUnhandledRequest: 'bypass',
    quiet,
  });
  return { worker, backend };
}

async function restoreFrom(backend: MockBackend, { storage, key }: PersistOptions) {
  const saved = storage.getItem(key);
  if (saved === null) return;
  try {
    await backend.restore(JSON.parse(saved) as MockStateSnapshot);
  } catch {
    storage.removeItem(key);
  }
}

/** Saves after each answer; answers that arrive during a save are covered by one more. */
function saveTo(backend: MockBackend, { storage, key }: PersistOptions) {
  let saving: Promise<void> | null = null;
  let isDirty = false;
  const save = async () => {
    do {
      isDirty = false;
      storage.setItem(key, JSON.stringify(await backend.snapshot()));
    } while (isDirty);
    saving = null;
  };
  return () => {
    if (saving) {
      isDirty = true;
      return;
    }
    saving = save().catch(() => {
      saving = null; // Full or blocked storage: the demo goes on, unsaved.
    });
  };
}
