/**
 * `users/<id>/mfa/<action>`, with the id encoded so it stays one path segment. `.` and
 * `..` would survive encoding and be resolved away by the URL parser, sending the
 * request (and the user's JWT) to another route, so they are refused.
 */
export function userMfaPath(userId: string, action: string): string {
  if (typeof userId !== 'string' || userId === '' || userId === '.' || userId === '..') {
    throw new TypeError('userId must be a non-empty user id');
  }
  return `users/${encodeURIComponent(userId)}/mfa/${action}`;
}
