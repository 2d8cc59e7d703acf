/**
 * `users/<id>`, with the id encoded so it stays one path segment, whatever its form (a
 * UUID, the guide's `usr_abc123`: the kit assumes none). `.` and `..` would survive
 * encoding and be resolved away by the URL parser, sending the request (and the token)
 * to another route, so they are refused.
 */
export function userPath(userId: string): string {
  if (typeof userId !== 'string' || userId === '' || userId === '.' || userId === '..') {
    throw new TypeError('userId must be a non-empty user id');
  }
  return `users/${encodeURIComponent(userId)}`;
}

/** `users/<id>/mfa/<action>` (see `userPath`). */
export function userMfaPath(userId: string, action: string): string {
  return `${userPath(userId)}/mfa/${action}`;
}
