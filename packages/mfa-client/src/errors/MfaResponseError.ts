/**
 * The server answered, but not with what the API promises: a body that is not JSON (a
 * proxy's HTML page, an empty body) or a missing or mistyped field. Kept apart from
 * `MfaApiError` on purpose: "the server said no" and "the answer is broken" need
 * different handling. Names the bad field, never its value.
 *
 * @example
 * ```ts
 * if (isMfaResponseError(error)) {
 *   report(`${error.route}: ${error.path} ${error.reason}`);
 * }
 * ```
 */
export class MfaResponseError extends Error {
  override readonly name = 'MfaResponseError' as const;
  /** The route template, e.g. `POST /users/:id/mfa/verify`. */
  readonly route: string;
  /** The HTTP status of the answer. */
  readonly status: number;
  /**
   * Where the body went wrong, e.g. `data.attributes.backup_codes_remaining`; `''` when the
   * body as a whole is unusable.
   */
  readonly path: string;
  /** What was wrong, without the value: `expected number`, `not JSON`, `empty body`, ... */
  readonly reason: string;

  constructor(init: { route: string; status: number; path: string; reason: string }) {
    super(
      `${init.route} answered ${init.status} with an unexpected body${init.path ? ` at ${init.path}` : ''}: ${init.reason}`,
    );
    this.route = init.route;
    this.status = init.status;
    this.path = init.path;
    this.reason = init.reason;
  }

  /** Safe fields only: what a log line may carry. */
  toJSON() {
    return {
      name: this.name,
      message: this.message,
      route: this.route,
      status: this.status,
      path: this.path,
      reason: this.reason,
    };
  }
}
