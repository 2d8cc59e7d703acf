import { isMfaApiError } from './errors/guards.ts';
import { MfaApiError } from './errors/MfaApiError.ts';
import { MfaNetworkError } from './errors/MfaNetworkError.ts';
import { MfaResponseError } from './errors/MfaResponseError.ts';
import { type Reply, readJson } from './parse.ts';
import { parseRetryAfter } from './retry-after.ts';
import type { MfaClientOptions } from './types.ts';
import { validate } from './wire/check.ts';
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
  /** Extra request headers, e.g. `X-OAuth-Mode` on sign-in. */
  headers?: Record<string, string> | undefined;
  /** Send `Authorization: Bearer <jwt>` (the `/users/:id/mfa/*` routes). */
  auth?: boolean | undefined;
  /** Retry network errors and 5xx; only for idempotent reads. */
  retry?: boolean | undefined;
  signal?: AbortSignal | undefined;
}

/** Sends a call and hands the successful reply to `read`; throws the client's errors. */
export type Requester = <T>(call: Call, read: (reply: Reply) => T) => Promise<T>;

const DEFAULT_TIMEOUT = 10_000;
const DEFAULT_RETRIES = 2;
/** No answer of this API comes near it; a bigger body is a broken or hostile server. */
export const MAX_BODY_BYTES = 1_000_000;
/** The first retry waits this long, each next one twice as long. */
const RETRY_DELAY = 300;

// The reason our deadline aborts with: a bare one, no request or headers attached.
const timedOut = () => new DOMException('Timed out', 'TimeoutError');

export function createRequester(options: MfaClientOptions): Requester {
  const base = options.baseUrl.replace(/\/*$/, '/');
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const retries = options.retries ?? DEFAULT_RETRIES;

  async function headersFor(call: Call): Promise<Record<string, string>> {
    const headers: Record<string, string> = {
      ...call.headers,
      accept: 'application/json',
      'x-api-key': options.apiKey,
    };
    if (call.json !== undefined) headers['content-type'] = 'application/json';
    if (call.auth) {
      const token = options.getToken ? await options.getToken() : options.token;
      // No token: send anyway and let the server answer 401, so the caller gets one error path.
      if (token) headers.authorization = `Bearer ${token}`;
    }
    return headers;
  }

  /** One attempt: the request, the status, the whole body. Throws what fetch throws. */
  async function attempt(call: Call, headers: Record<string, string>, signal: AbortSignal) {
    // Read at call time, not at creation: test tools and polyfills replace it later.
    const send = options.fetch ?? globalThis.fetch;
    const response = await send(base + call.path, {
      method: call.method,
      headers,
      body: call.json === undefined ? null : JSON.stringify(call.json),
      signal,
      // A followed redirect would carry the API key and the body (passwords, codes) to
      // whatever address the answer names; the API never redirects, so refuse.
      redirect: 'error',
    });
    return { response, text: await readBody(response, call.route, signal) };
  }

  /** Attempts a call until it answers, retrying reads on network errors and 5xx. */
  async function exchange(call: Call, headers: Record<string, string>, signal: AbortSignal) {
    for (let attempted = 0; ; attempted += 1) {
      const retry = call.retry && attempted < retries;
      try {
        const answer = await attempt(call, headers, signal);
        if (!retry || answer.response.status < 500) return answer;
      } catch (error) {
        if (!retry || signal.aborted || error instanceof MfaResponseError) throw error;
      }
      // Our own backoff, not the server's Retry-After: a status read should not sit
      // waiting for minutes.
      await sleep(RETRY_DELAY * 2 ** attempted, signal);
    }
  }

  async function send(call: Call): Promise<Reply> {
    // Before the clock starts and outside the error mapping: the app's own `getToken`
    // failing is its error, not a network failure.
    const headers = await headersFor(call);
    const { signal, done } = deadline(timeout, call.signal);
    try {
      // `untilAborted`: a fetch that ignores its signal still cannot outlive the timeout.
      const { response, text } = await untilAborted(exchange(call, headers, signal), signal);
      if (!response.ok) throw toApiError(response, call.route, text);
      return { route: call.route, status: response.status, ...readJson(text) };
    } catch (error) {
      if (error instanceof MfaApiError || error instanceof MfaResponseError) throw error;
      // A caller's own abort stays an abort, as with fetch: it is not a network failure.
      if (call.signal?.aborted) throw call.signal.reason;
      if (signal.aborted) throw new MfaNetworkError(call.route, signal.reason, true);
      throw new MfaNetworkError(call.route, error);
    } finally {
      done();
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
      if (isMfaApiError(error) || error instanceof MfaResponseError) status = error.status;
      failure = isMfaApiError(error) ? error.code : ((error as Error | null)?.name ?? 'Error');
      throw error;
    } finally {
      emitDebug(options, { route: call.route, status, error: failure, started });
    }
  };
}

/**
 * A signal that aborts when the caller's does or when `ms` have passed, whichever is
 * first. `done` clears the timer and the listener once the call has settled.
 */
function deadline(ms: number, outer: AbortSignal | undefined) {
  const controller = new AbortController();
  const abort = () => controller.abort(outer?.aborted ? outer.reason : timedOut());
  if (outer?.aborted) abort();
  outer?.addEventListener('abort', abort);
  const timer = setTimeout(abort, ms);
  return {
    signal: controller.signal,
    done: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', abort);
    },
  };
}

/** Settles with `promise`, or rejects as soon as `signal` aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const stop = () => reject(signal.reason);
    if (signal.aborted) stop();
    signal.addEventListener('abort', stop, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return untilAborted(new Promise((resolve) => setTimeout(resolve, ms)), signal);
}

/**
 * The whole body as text, refusing more than `MAX_BODY_BYTES`: a declared length over it
 * fails before reading, a body that grows past it fails as soon as it does.
 */
async function readBody(response: Response, route: string, signal: AbortSignal) {
  const tooLarge = () =>
    new MfaResponseError({ route, status: response.status, path: '', reason: 'body over 1 MB' });
  if (Number(response.headers.get('content-length')) > MAX_BODY_BYTES) {
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const reader = response.body?.getReader?.();
  if (!reader) {
    // A fetch without body streams (React Native's, some polyfills) still has text(); the
    // deadline bounds it, and the cap applies once it is read.
    const text = await response.text();
    if (new TextEncoder().encode(text).byteLength > MAX_BODY_BYTES) throw tooLarge();
    return text;
  }
  const cancel = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', cancel, { once: true });
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      // A cancelled read ends as if complete: an abort must not pass for the whole body.
      signal.throwIfAborted();
      if (done) return text + decoder.decode();
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        cancel();
        throw tooLarge();
      }
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    signal.removeEventListener('abort', cancel);
  }
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
