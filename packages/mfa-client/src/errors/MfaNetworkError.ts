/**
 * No usable answer came back: the connection failed, or the request took longer than
 * the client's `timeout`. The server may or may not have seen the request.
 *
 * @example
 * ```ts
 * if (isMfaNetworkError(error)) {
 *   showRetry(error.isTimeout ? 'The server is slow.' : 'You seem to be offline.');
 * }
 * ```
 */
export class MfaNetworkError extends Error {
  override readonly name = 'MfaNetworkError' as const;
  /** The route template, e.g. `GET /users/:id/mfa/status`. */
  readonly route: string;
  /** `true` when the client's `timeout` ran out. */
  readonly isTimeout: boolean;

  constructor(route: string, cause: unknown, isTimeout = false) {
    // The cause (fetch's TypeError, whatever a custom fetch throws) may hold the request
    // and its headers; `cause` set this way is not enumerable, and toJSON leaves it out.
    super(`${route} ${isTimeout ? 'timed out' : 'failed: network error'}`, { cause });
    this.route = route;
    this.isTimeout = isTimeout;
  }

  /** Safe fields only: what a log line may carry. */
  toJSON() {
    return { name: this.name, message: this.message, route: this.route, isTimeout: this.isTimeout };
  }
}
