import ky, { isHTTPError, isTimeoutError } from 'ky';
import { isMfaApiError } from './errors/guards.ts';
import { MfaApiError } from './errors/MfaApiError.ts';
import { MfaNetworkError } from './errors/MfaNetworkError.ts';
import { type Reply, readJson } from './parse.ts';
import { parseRetryAfter } from './retry-after.ts';
import type { MfaClientOptions } from './types.ts';
import { errorDocumentSchema } from './wire/jsonapi.ts';

/** One HTTP exchange, described without secrets where it matters (`route`). */
export interface Call {
  method: 'GET' | 'POST';
  /** Relative to `baseUrl`, no leading slash, ids already encoded. */
  path: string;
  /** The route template for errors and debug events, e.g. `POST /users/:id/mfa/verify`. */
  route: string;
  /** The wire body (snake_case). */
  json?: unknown;
  /** Send `Authorization: Bearer <jwt>` (the `/users/:id/mfa/*` routes). */
  auth?: boolean;
  /** Retry network errors and 5xx; only for idempotent reads. */
  retry?: boolean;
  signal?: AbortSignal | undefined;
}

/** Sends a call and hands the successful reply to `read`; throws the client's errors. */
export type Requester = <T>(call: Call, read: (reply: Reply) => T) => Promise<T>;

const DEFAULT_TIMEOUT = 10_000;
const DEFAULT_RETRIES = 2;

export function createRequester(options: MfaClientOptions): Requester {
  const api = ky.create({
    prefixUrl: options.baseUrl,
    headers: { 'x-api-key': options.apiKey, accept: 'application/json' },
    timeout: options.timeout ?? DEFAULT_TIMEOUT,
    fetch: options.fetch,
    retry: 0,
    // A followed redirect would carry the API key and the body (passwords, codes) to
    // whatever address the answer names; the API never redirects, so refuse.
    redirect: 'error',
  });
  const retries = options.retries ?? DEFAULT_RETRIES;

  async function bearer(): Promise<Record<string, string>> {
    const token = options.getToken ? await options.getToken() : options.token;
    // No token: send anyway and let the server answer 401, so the caller gets one error path.
    return token ? { authorization: `Bearer ${token}` } : {};
  }

  async function exchange(call: Call): Promise<Reply> {
    const headers = call.auth ? await bearer() : {};
    let response: Response;
    let text: string;
    try {
      response = await api(call.path, {
        method: call.method,
        headers,
        json: call.json,
        signal: call.signal,
        retry: call.retry
          ? {
              limit: retries,
              methods: ['get'],
              // Our own backoff, not the server's Retry-After: a status read should not
              // sit waiting for minutes.
              afterStatusCodes: [],
              shouldRetry: ({ error }) =>
                isHTTPError(error) ? error.response.status >= 500 : undefined,
            }
          : 0,
      });
      text = await response.text();
    } catch (error) {
      if (isHTTPError(error)) throw await toApiError(error.response, call.route);
      // A caller's own abort stays an abort, as with fetch: it is not a network failure.
      if (call.signal?.aborted) throw error;
      // ky's TimeoutError holds the request, headers and all; keep a bare reason instead.
      if (isTimeoutError(error)) {
        throw new MfaNetworkError(call.route, new DOMException('Timed out', 'TimeoutError'), true);
      }
      throw new MfaNetworkError(call.route, error);
    }
    return { route: call.route, status: response.status, ...readJson(text) };
  }

  return async (call, read) => {
    const started = Date.now();
    let status: number | undefined;
    let failure: string | undefined;
    try {
      const reply = await exchange(call);
      status = reply.status;
      return read(reply);
    } catch (error) {
      if (isMfaApiError(error)) status = error.status;
      failure = isMfaApiError(error) ? error.code : ((error as Error | null)?.name ?? 'Error');
      throw error;
    } finally {
      emitDebug(options, { route: call.route, status, error: failure, started });
    }
  };
}

function emitDebug(
  options: MfaClientOptions,
  event: { route: string; status: number | undefined; error: string | undefined; started: number },
) {
  if (!options.onDebug) return;
  try {
    options.onDebug({
      route: event.route,
      status: event.status,
      error: event.error,
      durationMs: Date.now() - event.started,
    });
  } catch {
    // A broken logger must not turn a successful sign-in into a failure.
  }
}

async function toApiError(response: Response, route: string): Promise<MfaApiError> {
  // The body may be an HTML page, empty, or cut off: the error must still be built.
  const text = await response.text().catch(() => '');
  const parsed = errorDocumentSchema.safeParse(readJson(text).body);
  const document = parsed.success ? parsed.data : undefined;
  return new MfaApiError({
    route,
    status: response.status,
    errors: document?.errors,
    meta: document?.meta,
    retryAfter: parseRetryAfter(
      response.headers.get('retry-after'),
      document?.meta?.retry_after ?? document?.errors[0]?.meta?.retry_after,
    ),
    statusText: response.statusText,
    response,
  });
}
