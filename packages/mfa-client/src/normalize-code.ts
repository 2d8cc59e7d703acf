/**
 * Puts a code in the form the server compares: no spaces or dashes, upper case. People
 * type backup codes as `abcd-1234`, paste `123 456` from an email, or get an en dash
 * from a password manager; all of them must reach the server as the same code.
 * The client applies it to every code it sends; it is exported for inputs that want to
 * show or check the normalised value.
 *
 * @example
 * ```ts
 * normalizeCode(' ab12-cd34 '); // 'AB12CD34'
 * normalizeCode('123 456'); // '123456'
 * ```
 */
export function normalizeCode(code: string): string {
  return code.replace(/[\s\p{Pd}]/gu, '').toUpperCase();
}
