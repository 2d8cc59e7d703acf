import { HttpResponse } from 'msw';
import type { ReferenceErrorCode } from '../wire/reference-codes.ts';
import { ERROR_TITLES, type MockErrorCode } from './error-codes.ts';

export interface ApiErrorOptions {
  /** JSON pointer to the offending request field, e.g. `/channel` (JSON:API `source`). */
  pointer?: string | undefined;
  /**
   * `source` as a string naming the controller (`"MFA Controller"`), as the API reference
   * writes it. Wins over `pointer`.
   */
  source?: string | undefined;
  /** The error's title, when not the code's own from `ERROR_TITLES`. */
  title?: string | undefined;
  /** Seconds until a retry can succeed: sets `Retry-After` and `meta.retry_after`. */
  retryAfterSeconds?: number | undefined;
  /** Extra top-level `meta`. Never codes, secrets, passwords or emails. */
  meta?: Record<string, unknown> | undefined;
  /** Extra response headers (e.g. `Allow` on 405). */
  headers?: Record<string, string> | undefined;
}

/**
 * A failure a route answers with. Thrown inside a route and turned into a JSON:API error
 * document by the router, so a handler reads top to bottom like the rules it enforces.
 */
export class MockApiError extends Error {
  override readonly name = 'MockApiError';

  constructor(
    readonly status: number,
    readonly code: MockErrorCode | ReferenceErrorCode,
    readonly detail: string,
    readonly options: ApiErrorOptions = {},
  ) {
    // These are answers, not bugs: skip the stack trace, which costs more than the rest
    // of a rejected request's error handling.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(detail);
    Error.stackTraceLimit = limit;
  }
}

/** The JSON:API error document for `code`. `detail` must not contain request data. */
export function errorDocument(
  status: number,
  code: MockErrorCode | (string & {}),
  detail: string,
  options: ApiErrorOptions = {},
) {
  const meta: Record<string, unknown> = { ...options.meta };
  if (options.retryAfterSeconds !== undefined) meta.retry_after = options.retryAfterSeconds;
  const title = options.title ?? ERROR_TITLES[code as MockErrorCode] ?? 'Error';
  let source: { source?: string | { pointer: string } } = {};
  if (options.source !== undefined) source = { source: options.source };
  else if (options.pointer !== undefined) source = { source: { pointer: options.pointer } };
  return {
    errors: [
      {
        status: String(status),
        code,
        title,
        detail,
        ...source,
      },
    ],
    ...(Object.keys(meta).length > 0 ? { meta } : {}),
  };
}

/** A JSON:API error response. */
export function errorResponse(
  status: number,
  code: MockErrorCode | (string & {}),
  detail: string,
  options: ApiErrorOptions = {},
): Response {
  const headers: Record<string, string> = { ...options.headers };
  if (options.retryAfterSeconds !== undefined) {
    headers['Retry-After'] = String(options.retryAfterSeconds);
  }
  return HttpResponse.json(errorDocument(status, code, detail, options), { status, headers });
}

export function toResponse(error: MockApiError): Response {
  return errorResponse(error.status, error.code, error.detail, error.options);
}
