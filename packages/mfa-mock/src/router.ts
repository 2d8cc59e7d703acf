import { getResponse, HttpResponse, http, type RequestHandler } from 'msw';
import type { BackendCore } from './core.ts';
import { errorResponse, MockApiError, toResponse } from './internal/errors.ts';
import { checkApiKey, hasApiKey, type RouteDefinition } from './routes/route.ts';
import { ROUTE_TABLE } from './routes/table.ts';
import { wireOf } from './wire/index.ts';

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The answer to a failure: a route's `MockApiError` in the backend's dialect (whose words
 * may depend on the route), anything else a 500 that says nothing of the request.
 */
function unexpected(error: unknown, core?: BackendCore, routePath: string | null = null): Response {
  if (error instanceof MockApiError) {
    return core ? wireOf(core).errorResponse(error, routePath) : toResponse(error);
  }
  // Only the error's class: messages could one day carry request data.
  console.error(`[mfa-mock] unexpected ${error instanceof Error ? error.name : typeof error}`);
  return errorResponse(500, 'server_error', 'Something went wrong on the server.');
}

function notFound(): Response {
  return errorResponse(404, 'not_found', 'There is no such route.');
}

// ------------------------------------------------------------- derived from the table

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `/users/:id/mfa` as a pattern on the raw path; `:name` segments are captured. */
function compile(
  template: string,
  rest: 'exact' | 'or-below',
): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split('/')
    .slice(1)
    .map((segment) => {
      if (!segment.startsWith(':')) return `/${escapeRegExp(segment)}`;
      names.push(segment.slice(1));
      return '/([^/]+)';
    })
    .join('');
  const tail = rest === 'exact' ? '/?' : '(?:/.*)?';
  return { pattern: new RegExp(`^${source}${tail}$`), names };
}

const COMPILED_ROUTES = ROUTE_TABLE.map((route: RouteDefinition) => ({
  route,
  ...compile(route.path, 'exact'),
}));

const parentOf = (path: string) => path.slice(0, path.lastIndexOf('/'));

/**
 * Path prefixes whose unknown sub-routes answer a JSON 404: the parent of every route
 * that is at least two segments deep (`/users/:id/mfa`, `/auth/passwordless`), and the
 * development routes' `/__mock`. Not a one-segment API parent such as `/auth`: in a
 * browser the worker sees the app's own requests too, and `/auth/callback` may be the
 * app's.
 */
const OWNED_PREFIXES = [
  ...new Set(
    ROUTE_TABLE.map((route: RouteDefinition) => ({ route, parent: parentOf(route.path) }))
      .filter(({ route, parent }) => route.dev || parent.split('/').length > 2)
      .map(({ parent }) => parent),
  ),
].map((prefix) => ({ prefix, ...compile(prefix, 'or-below') }));

/**
 * The API's own paths, on the raw path: those starting with a first segment of the table
 * (`/users/`, `/auth/`, `/__mock/`). Only these are answered 400 when their %-escapes do
 * not decode; anything else goes to the network untouched.
 */
const API_PATH = new RegExp(
  `^/(?:${[...new Set(ROUTE_TABLE.map((route) => route.path.split('/')[1] ?? ''))]
    .map(escapeRegExp)
    .join('|')})(?:/|$)`,
);

type Params = Readonly<Record<string, string>>;
type Resolution =
  | { kind: 'route'; route: RouteDefinition; params: Params }
  | { kind: 'not_found'; dev: boolean }
  | { kind: 'malformed' };

/** The part of `url` after the backend's base URL, or null when it is not the backend's. */
function pathUnderBase(base: string, url: URL): string | null {
  if (base === '*') return url.pathname;
  const baseUrl = new URL(base);
  const prefix = baseUrl.pathname.replace(/\/+$/, '');
  if (url.origin !== baseUrl.origin || !url.pathname.startsWith(prefix)) return null;
  const path = url.pathname.slice(prefix.length);
  return path.startsWith('/') ? path : null;
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * What the table says about a request, read from the raw path: a route and its decoded
 * parameters, an unknown path under an owned prefix, an API path whose %-escapes do not
 * decode (msw would throw decoding it), or null: not the backend's.
 */
export function resolveRoute(base: string, url: URL): Resolution | null {
  const path = pathUnderBase(base, url);
  if (path === null || !API_PATH.test(path)) return null;
  if (!decodes(path)) return { kind: 'malformed' };
  for (const { route, pattern, names } of COMPILED_ROUTES) {
    const match = pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    names.forEach((name, index) => {
      params[name] = decodeURIComponent(match[index + 1] ?? '');
    });
    return { kind: 'route', route, params };
  }
  const owner = OWNED_PREFIXES.find(({ pattern }) => pattern.test(path));
  return owner ? { kind: 'not_found', dev: owner.prefix.startsWith('/__mock') } : null;
}

// ------------------------------------------------------------------------ answering

async function dispatch(
  core: BackendCore,
  route: RouteDefinition,
  request: Request,
  params: Params,
): Promise<Response> {
  try {
    if (!route.dev) {
      // A request without a valid key is logged by its route, not its path: junk sent by
      // anyone is not kept.
      const path = hasApiKey(core, request) ? new URL(request.url).pathname : route.path;
      core.logRequest(request.method, path);
    }
    if (core.config.latencyMs > 0) await sleep(core.config.latencyMs);
    const allow = [...Object.keys(route.methods), 'OPTIONS'].join(', ');
    if (request.method === 'OPTIONS') {
      return new HttpResponse(null, { status: 204, headers: { Allow: allow } });
    }
    if (!route.dev) checkApiKey(core, request);
    const handler = route.methods[request.method as keyof RouteDefinition['methods']];
    if (!handler) {
      throw new MockApiError(405, 'method_not_allowed', 'This route does not accept this method.', {
        headers: { Allow: allow },
      });
    }
    return await handler({ core, request, params });
  } catch (error) {
    return unexpected(error, core, route.path);
  }
}

function notFoundFor(core: BackendCore, dev: boolean, request: Request): Response {
  try {
    if (!dev) checkApiKey(core, request);
    throw new MockApiError(404, 'not_found', 'There is no such route.');
  } catch (error) {
    return unexpected(error, core);
  }
}

function answer(core: BackendCore, resolution: Resolution, request: Request): Promise<Response> {
  switch (resolution.kind) {
    case 'route':
      return dispatch(core, resolution.route, request, resolution.params);
    case 'not_found':
      return Promise.resolve(notFoundFor(core, resolution.dev, request));
    case 'malformed':
      return Promise.resolve(errorResponse(400, 'bad_request', 'The URL is not valid.'));
  }
}

/**
 * One msw handler for the whole table: it matches the raw path itself (see
 * `resolveRoute`), so a route is found in one pass over the table, paths that are not the
 * backend's are left to the network, and undecodable ones are a 400 rather than a throw.
 */
export function createHandlers(core: BackendCore): RequestHandler[] {
  const base = core.config.baseUrl;
  return [
    http.all(
      ({ request }) => resolveRoute(base, new URL(request.url)) !== null,
      async ({ request }) => {
        const resolution = resolveRoute(base, new URL(request.url));
        if (!resolution) return undefined;
        const response = await answer(core, resolution, request);
        // The backend's clock (moved by `/__mock/clock`) is the one it tells, as a real
        // server's `Date` does: clients measure this device's clock against it.
        if (response.type !== 'error') {
          response.headers.set('Date', new Date(core.now()).toUTCString());
        }
        return response;
      },
    ),
  ];
}

/**
 * Answers a request through msw's own handler resolution (`getResponse`), the way
 * `setupServer` and `setupWorker` would, with a JSON 404 when nothing matched.
 */
export async function respondWith(
  handlers: readonly RequestHandler[],
  request: Request,
): Promise<Response> {
  try {
    return (await getResponse([...handlers], request)) ?? notFound();
  } catch (error) {
    return unexpected(error);
  }
}
