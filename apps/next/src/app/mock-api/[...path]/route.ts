// The reference backend, served by this app's own Node server in mock mode (no
// AUTHBLOCK_API_URL): the browser's client and this server's calls reach the same backend
// over real HTTP, so what a person sets up in the page is what the admin page's server-side
// check reads. (msw's in-page worker would keep the state in one tab, out of the server's
// reach.) With AUTHBLOCK_API_URL set it answers 404 and the mock is never loaded.
import type { MockBackend } from '@authblock/mfa-mock';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const MOCK_BASE_URL = 'http://mock.invalid/mock-api';

// One backend per server process, kept across hot reloads in `next dev`.
const store = globalThis as typeof globalThis & { authblockMock?: Promise<MockBackend> };

function mockBackend(): Promise<MockBackend> {
  store.authblockMock ??= import('@authblock/mfa-mock').then(({ createMockBackend }) =>
    createMockBackend({ baseUrl: MOCK_BASE_URL, issuer: 'Northwind', population: true }),
  );
  return store.authblockMock;
}

async function answer(request: Request): Promise<Response> {
  if (process.env.AUTHBLOCK_API_URL) return new Response(null, { status: 404 });
  const [{ getResponse }, backend] = await Promise.all([import('msw'), mockBackend()]);
  const url = new URL(request.url);
  const path = url.pathname.replace(/^\/mock-api/, '');
  // The handlers answer at one fixed address, whatever host name the page was opened on.
  const body = ['GET', 'HEAD'].includes(request.method) ? null : await request.arrayBuffer();
  const forwarded = new Request(`${MOCK_BASE_URL}${path}${url.search}`, {
    method: request.method,
    headers: request.headers,
    body,
  });
  return (await getResponse(backend.handlers, forwarded)) ?? new Response(null, { status: 404 });
}

export { answer as DELETE, answer as GET, answer as PATCH, answer as POST, answer as PUT };
