import ky, { type AfterResponseHook, isHTTPError, isKyError, isTimeoutError } from 'ky';
import { isMfaApiError, isMfaResponseError } from '../errors/guards.ts';
import { MfaApiError } from '../errors/MfaApiError.ts';
import { MfaNetworkError } from '../errors/MfaNetworkError.ts';
import { MfaResponseError } from '../errors/MfaResponseError.ts';
import { type Reply, readJson } from '../parse.ts';
import { parseRetryAfter } from '../retry-after.ts';
import { errorDocumentSchema } from '../wire/jsonapi.ts';
import { validate } from '../wire/validate.ts';
import { readBody } from './body.ts';
import type { TransportOptions } from './options.ts';

/** One HTTP exchange, described without secrets where it matters (`route`). */
export interface Call {
  method: 'GET' | 'POST';
  /** Relative to `baseUrl`, no leading slash, ids already encoded. */
  path: string;
  /** The route template for errors and debug events, e.g. `POST /users/:id/mfa/verify`. */
  route: string;
  /** The wire body (snake_case). */
  json?: unknown;
  /** Extra request headers, e.g. `X-OAuth-Mode` on sign-in. */
  headers?: Record<string, string> | undefined;
  /** Send `Authorization: Bearer <jwt>` (the `/users/:id/mfa/*` and admin routes). */
  auth?: boolean | undefined;
  /** Retry network errors and 5xx; only for idempotent reads. */
  retry?: boolean | undefined;
  signal?: AbortSignal | undefined;
}

/** Sends a call and hands the successful reply to `read`; throws the client's errors. */
export type Requester = <T>(call: Call, read: (reply: Reply) => T) => Promise<T>;

const DEFAULT_TIMEOUT = 10_000;
const DEFAULT_RETRIES = 2;
/** Every 5xx: a read is worth repeating while the server recovers, nothing else is. */
const SERVER_ERRORS = Array.from({ length: 100 }, (_, index) => 500 + index);

// The cause our deadline reports: a bare one. ky's TimeoutError holds the Request (its
// URL with the user id, its headers with the key and token).
const timedOut = () => new DOMException('Timed out', 'TimeoutError');

/**
 * The client's one way to send: a ky instance (the app's, or ky's default) extended with
 * the kit's settings. Every error that leaves is the client's own: `MfaApiError`,
 * `MfaNetworkError`, `MfaResponseError`, a caller's abort reason, or the app's `getToken`
 * failure. ky's errors never do (their messages and fields carry the URL and headers).
 */
export function createRequester(options: TransportOptions): Requester {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const retries = options.retries ?? DEFAULT_RETRIES;
  const api = (options.ky ?? ky).extend({
    baseUrl: options.baseUrl.replace(/\/*$/, '/'),
    // One deadline for the whole exchange: every attempt, the waits between them and the
    // body (read in an afterResponse hook, which ky bounds by it too).
    timeout: false,
    totalTimeout: timeout,
    // A followed redirect would carry the API key and the body (passwords, codes) to
    // whatever address the answer names; the API never redirects. `manual` rather than
    // `error`: both refuse to follow, but with `error` a refusal is a bare "Failed to
    // fetch", which would be retried and reported as being offline.
    redirect: 'manual',
    retry: {
      methods: ['get'],
      statusCodes: SERVER_ERRORS,
      afterStatusCodes: [503],
      // ky's doubling backoff (300 ms, 600 ms, ...), spread by ±15% so clients that failed
      // together do not come back together.
      jitter: (delay) => delay * (0.85 + Math.random() * 0.3),
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  async function headersFor(call: Call): Promise<Record<string, string>> {
    const headers: Record<string, string> = {
      ...call.headers,
      accept: 'application/json',
      'x-api-key': options.apiKey,
    };
    if (call.auth) {
      const token = options.getToken ? await options.getToken() : options.token;
      // No token: send anyway and let the server answer 401, so the caller gets one error path.
      if (token) headers.authorization = `Bearer ${token}`;
    }
    return headers;
  }

  async function send(call: Call): Promise<Reply> {
    // Before the clock starts and outside the error mapping: the app's own `getToken`
    // failing is its error, not a network failure.
    const headers = await headersFor(call);
    const deadline = Date.now() + timeout;
    // The last answer's body, read whole (and capped) by the hook below.
    let text = '';
    const readWhole: AfterResponseHook = async ({ request, response }) => {
      if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
        void response.body?.cancel().catch(() => undefined);
        throw new MfaResponseError({
          route: call.route,
          status: response.status,
          path: '',
          reason: 'redirect refused',
        });
      }
      text = await readBody(response, call.route, request.signal);
      // The body, in memory now: ky's checks and HTTPError read this copy.
      return new Response(text === '' ? null : text, response);
    };
    try {
      const response = await api(call.path, {
        method: call.method,
        headers,
        ...(call.json === undefined ? {} : { json: call.json }),
        signal: call.signal ?? null,
        retry: {
          limit: call.retry ? retries : 0,
          // A server asking to wait past the deadline gets its answer now (a 5xx with its
          // `retryAfter`) rather than a timeout after waiting for nothing.
          shouldRetry: ({ error }) => {
            if (!isHTTPError(error)) return undefined;
            const wait = parseRetryAfter(error.response.headers.get('retry-after'), undefined);
            return wait !== undefined && wait * 1000 >= deadline - Date.now() ? false : undefined;
          },
        },
        hooks: { afterResponse: [readWhole] },
      });
      return { route: call.route, status: response.status, ...readJson(text) };
    } catch (error) {
      if (isMfaApiError(error) || isMfaResponseError(error)) throw error;
      // A caller's own abort stays an abort, as with fetch: it is not a network failure.
      if (call.signal?.aborted) throw call.signal.reason;
      if (isHTTPError(error)) throw toApiError(error.response, call.route, text);
      if (isTimeoutError(error)) throw new MfaNetworkError(call.route, timedOut(), true);
      // ky's NetworkError holds the Request: hand on only what fetch itself threw.
      throw new MfaNetworkError(call.route, isKyError(error) ? error.cause : error);
    }
  }

  return async (call, read) => {
    const started = Date.now();
    let status: number | undefined;
    let failure: string | undefined;
    try {
      const reply = await send(call);
      status = reply.status;
      return read(reply);
    } catch (error) {
      if (isMfaApiError(error) || isMfaResponseError(error)) status = error.status;
      failure = isMfaApiError(error) ? error.code : ((error as Error | null)?.name ?? 'Error');
      throw error;
    } finally {
      emitDebug(options, { route: call.route, status, error: failure, started });
    }
  };
}

function emitDebug(
  options: TransportOptions,
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

function toApiError(response: Response, route: string, text: string): MfaApiError {
  // The body may be an HTML page, empty, or cut off: the error must still be built.
  const checked = validate(errorDocumentSchema, readJson(text).body);
  const document = checked.ok ? checked.value : undefined;
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
