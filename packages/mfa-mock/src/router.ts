import { getResponse, HttpResponse, http, type RequestHandler } from 'msw';
import type { BackendCore } from './core.ts';
import { errorResponse, MockApiError, toResponse } from './internal/errors.ts';
import { authRoutes } from './routes/auth.ts';
import { devRoutes } from './routes/dev.ts';
import { mfaRoutes } from './routes/mfa.ts';
import { checkApiKey, type RouteDefinition } from './routes/route.ts';

export const ROUTES: readonly RouteDefinition[] = [...mfaRoutes, ...authRoutes, ...devRoutes];

/**
 * Unknown paths under the API's own prefixes get a JSON 404. Nothing broader: in a
 * browser the worker sees the app's own requests too (`/src/auth/...` modules).
 */
const NOT_FOUND_PATTERNS = [
  '/users/:id/mfa',
  '/users/:id/mfa/*',
  '/auth/passwordless/*',
  '/__mock/*',
];

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function unexpected(error: unknown): Response {
  if (error instanceof MockApiError) return toResponse(error);
  // Only the error's class: messages could one day carry request data.
  console.error(`[mfa-mock] unexpected ${error instanceof Error ? error.name : typeof error}`);
  return errorResponse(500, 'server_error', 'Something went wrong on the server.');
}

function notFound(): Response {
  return errorResponse(404, 'not_found', 'There is no such route.');
}

async function dispatch(
  core: BackendCore,
  route: RouteDefinition,
  request: Request,
  params: Readonly<Record<string, string | readonly string[] | undefined>>,
): Promise<Response> {
  try {
    if (!route.dev) {
      core.state.requests.push({ method: request.method, path: new URL(request.url).pathname });
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
    return unexpected(error);
  }
}

/**
 * Path prefixes whose unknown sub-routes answer a JSON 404. `/auth/:action` is not one:
 * in a browser the worker also sees the app's own module requests (`/src/auth/App.tsx`),
 * which must go to the network untouched.
 */
const OWNED_PREFIXES = new Set(['/users/:id/mfa', '/auth/passwordless', '/__mock']);

/**
 * One msw handler per route family (`/users/:id/mfa/:action`, `/auth/:action`, ...),
 * dispatching on the last segment and the method (for 405). Fewer handlers than one per
 * route: msw matches each handler's URL pattern in turn, and that cost is per handler.
 */
export function createHandlers(core: BackendCore): RequestHandler[] {
  const base = core.config.baseUrl;
  const families = new Map<string, Map<string, RouteDefinition>>();
  for (const route of ROUTES) {
    const cut = route.path.lastIndexOf('/');
    const prefix = route.path.slice(0, cut);
    const family = families.get(prefix) ?? new Map<string, RouteDefinition>();
    family.set(route.path.slice(cut + 1), route);
    families.set(prefix, family);
  }
  // Longer prefixes first, so `/auth/passwordless/:action` wins over `/auth/:action`.
  const ordered = [...families].sort(([a], [b]) => b.length - a.length);
  const handlers: RequestHandler[] = [
    http.all(
      ({ request }) => isMalformedApiPath(base, request),
      () => errorResponse(400, 'bad_request', 'The URL is not valid.'),
    ),
  ];
  for (const [prefix, family] of ordered) {
    handlers.push(
      http.all(`${base}${prefix}/:action`, ({ request, params }) => {
        const route = typeof params.action === 'string' ? family.get(params.action) : undefined;
        if (route) return dispatch(core, route, request, params);
        return OWNED_PREFIXES.has(prefix) ? notFoundFor(core, prefix, request) : undefined;
      }),
    );
  }
  for (const pattern of NOT_FOUND_PATTERNS) {
    handlers.push(
      http.all(`${base}${pattern}`, ({ request }) => notFoundFor(core, pattern, request)),
    );
  }
  return handlers;
}

/** The API's own paths, on the raw path (nothing decoded yet). */
const API_PATH = /^\/(?:users\/[^/]*\/mfa(?:\/|$)|auth\/|__mock\/)/;

/** The part of `url` after the backend's base URL, or null when it is not the backend's. */
function pathUnderBase(base: string, url: URL): string | null {
  if (base === '*') return url.pathname;
  const baseUrl = new URL(base);
  const prefix = baseUrl.pathname.replace(/\/+$/, '');
  if (url.origin !== baseUrl.origin || !url.pathname.startsWith(prefix)) return null;
  return url.pathname.slice(prefix.length);
}

/**
 * An API path whose %-escapes do not decode (`/users/%ZZ/mfa/status`). msw decodes path
 * parameters while matching and throws on it, which would end as a 500; this predicate
 * reads the raw path, so the request is answered 400 before any pattern sees it.
 */
function isMalformedApiPath(base: string, request: Request): boolean {
  const path = pathUnderBase(base, new URL(request.url));
  if (path === null || !API_PATH.test(path)) return false;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

function notFoundFor(core: BackendCore, pattern: string, request: Request): Response {
  try {
    if (!pattern.startsWith('/__mock')) checkApiKey(core, request);
    return notFound();
  } catch (error) {
    return unexpected(error);
  }
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
