import {
  mfaRequiredErrorDocumentSchema,
  mfaRequiredResponseSchema,
  validate,
} from '@authblock/mfa-client/schemas';
import { delay, HttpResponse, http, type RequestHandler } from 'msw';
import { DEMO_USER } from './core.ts';
import { type ApiErrorOptions, MockApiError } from './internal/errors.ts';
import { API_ROUTES, type ApiRoute } from './routes/table.ts';
import type { MockBackend, MockDialect } from './types.ts';
import { wireFor } from './wire/index.ts';

/**
 * A route of the contract, as `METHOD /path` with msw path parameters: a string-literal
 * union derived from the route table, so a mistyped route fails to compile.
 */
export type ScenarioRoute = ApiRoute;

export interface ScenarioOptions {
  /**
   * The route(s) the scenario applies to.
   * @default every API route of the contract (not the `/__mock/*` routes)
   * @example 'POST /users/:id/mfa/verify'
   */
  route?: ScenarioRoute | ScenarioRoute[] | undefined;
  /** Apply to the first matching request only, then step aside. @default false */
  once?: boolean | undefined;
  /** Origin to match, as in `createMockBackend`. @default any origin */
  baseUrl?: string | undefined;
  /**
   * The wire dialect the failures are written in, as the backend behind speaks it: pass
   * `backend.dialect`. In `'reference'` an error names its controller as a string `source`
   * and uses the reference's codes (a 500 on the passwordless routes is `GW-PL-020`).
   * @default 'guide'
   */
  dialect?: MockDialect | undefined;
}

const byMethod = {
  GET: http.get,
  POST: http.post,
  PUT: http.put,
  PATCH: http.patch,
  DELETE: http.delete,
} as const;

type Resolve = (
  request: Request,
  /** The route's path template, e.g. `/users/:id/mfa/verify`. */
  path: string,
) => Response | undefined | Promise<Response | undefined>;

/**
 * msw handlers for `options.route` (or every API route) answering with `resolve`.
 * `undefined` from `resolve` lets the request through to the handlers behind. `once` is
 * shared by all the routes: the first matching request of any of them uses it up.
 */
function layer(options: ScenarioOptions, resolve: Resolve): RequestHandler[] {
  const base = options.baseUrl ? options.baseUrl.replace(/\/+$/, '') : '*';
  const routes = options.route === undefined ? API_ROUTES : [options.route].flat();
  let used = false;
  return routes.map((route) => {
    const [method, path] = route.split(' ', 2) as [keyof typeof byMethod, string];
    const define = byMethod[method];
    if (!define) throw new Error(`mfa-mock: unsupported scenario route "${route}"`);
    return define(`${base}${path}`, ({ request }) => {
      if (options.once && used) return undefined;
      used = true;
      return resolve(request, path);
    });
  });
}

/** An error answer on `path`, in the scenario's dialect (the backend's own writer). */
function failure(
  options: ScenarioOptions,
  path: string,
  [status, code, detail, errorOptions]: [number, string, string, ApiErrorOptions?],
): Response {
  const error = new MockApiError(status, code as MockApiError['code'], detail, errorOptions);
  return wireFor(options.dialect ?? 'guide').errorResponse(error, path);
}

/** The server fails: 500 `server_error` (or another 5xx). */
function serverError(options: ScenarioOptions & { status?: number } = {}): RequestHandler[] {
  const status = options.status ?? 500;
  return layer(options, (_request, path) =>
    failure(options, path, [status, 'server_error', 'Something went wrong on the server.']),
  );
}

/** Responses arrive after `delayMs`, then the real backend answers. */
function slow(options: ScenarioOptions & { delayMs?: number } = {}): RequestHandler[] {
  return layer(options, async () => {
    await delay(options.delayMs ?? 1500);
    return undefined;
  });
}

/** 429 with `Retry-After` and `meta.retry_after`. */
function rateLimited(
  options: ScenarioOptions & {
    retryAfterSeconds?: number | undefined;
    code?: 'rate_limited' | 'too_many_attempts' | undefined;
  } = {},
): RequestHandler[] {
  const seconds = options.retryAfterSeconds ?? 30;
  const code = options.code ?? 'rate_limited';
  return layer(options, (_request, path) =>
    failure(options, path, [
      429,
      code,
      'Too many requests. Try again later.',
      { retryAfterSeconds: seconds },
    ]),
  );
}

/**
 * A 200 the client cannot accept: JSON of the wrong shape (`wrong-shape`, the default)
 * or a body that is not JSON at all although it says so (`not-json`).
 */
function malformedResponse(
  options: ScenarioOptions & { kind?: 'wrong-shape' | 'not-json' } = {},
): RequestHandler[] {
  return layer(options, () =>
    options.kind === 'not-json'
      ? new HttpResponse('{"data": {"id": ', {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        })
      : HttpResponse.json({ data: { id: 1, type: 'unexpected', attributes: null } }),
  );
}

/** The request fails at the network level (`fetch` rejects). */
function networkError(options: ScenarioOptions = {}): RequestHandler[] {
  return layer(options, () => HttpResponse.error());
}

/**
 * Passwordless verify for an MFA user answers an error with code `mfa_required` (as
 * some Auth Block deployments do) instead of the 200 "MFA required" answer. With `backend`,
 * the backend decides and only that answer is rewritten; without it, every passwordless
 * verify answers the error (for `userId` and `channel` in the guide dialect; the reference
 * names neither).
 */
function passwordlessMfaRequiredAsError(
  options: Omit<ScenarioOptions, 'route'> & {
    backend?: Pick<MockBackend, 'fetch'> | undefined;
    status?: number | undefined;
    userId?: string | undefined;
    channel?: 'totp' | 'email' | undefined;
  } = {},
): RequestHandler[] {
  const status = options.status ?? 401;
  const asError = (document: { errors: object[]; meta?: object | undefined }) =>
    HttpResponse.json(
      {
        ...document,
        errors: document.errors.map((error) => ({ ...error, status: String(status) })),
      },
      { status },
    );
  /** The guide's form: who and which channel, in the error's `meta` and the top-level one. */
  const guideError = (meta: { unique_id: string; mfa_channel: string; sent_to?: string }) =>
    asError({
      errors: [
        {
          code: 'mfa_required',
          title: 'Verification code required',
          detail: 'Enter the code from your second factor to finish signing in.',
          meta,
        },
      ],
      meta,
    });
  /** The reference's form: its own 200 document, at an error status. */
  const referenceError = () =>
    asError({
      errors: [
        {
          source: 'Passwordless',
          code: 'mfa_required',
          title: 'MFA Required',
          detail: 'Enter the code from your second factor to finish signing in.',
        },
      ],
    });
  return layer({ ...options, route: 'POST /auth/passwordless/verify' }, async (request) => {
    if (!options.backend) {
      return options.dialect === 'reference'
        ? referenceError()
        : guideError({
            unique_id: options.userId ?? DEMO_USER.id,
            mfa_channel: options.channel ?? 'totp',
          });
    }
    const response = await options.backend.fetch(request);
    if (response.status !== 200) return response;
    const body: unknown = await response.clone().json();
    // A reference backend says "MFA required" with its own error document.
    // (the body itself: the check keeps only the fields it knows, not title or source).
    if (validate(mfaRequiredErrorDocumentSchema, body).ok) {
      return asError(body as { errors: object[] });
    }
    const parsed = validate(mfaRequiredResponseSchema, body);
    if (!parsed.ok) return response;
    const { unique_id, mfa_channel, sent_to } = parsed.value.data.attributes;
    return guideError({ unique_id, mfa_channel, ...(sent_to ? { sent_to } : {}) });
  });
}

/**
 * Named failures to layer over the backend with `server.use(...)` / `worker.use(...)`.
 *
 * @example
 * server.use(...scenarios.serverError({ route: 'POST /users/:id/mfa/verify', once: true }));
 */
export const scenarios = {
  serverError,
  slow,
  rateLimited,
  malformedResponse,
  networkError,
  passwordlessMfaRequiredAsError,
};
