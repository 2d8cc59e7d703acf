import * as z from 'zod/mini';
import { refined } from './validate.ts';

/**
 * Rules for the fields people send. Only the server side (the reference backend) checks
 * requests; these live apart from the response schemas so a browser bundle of the client,
 * which never validates what it sends, does not carry them.
 */

/** A string of `min` to `max` characters: bounded so a body cannot balloon. */
/* @__NO_SIDE_EFFECTS__ */
export function text(min: number, max: number) {
  return refined(
    z.string(),
    (value) => value.length >= min && value.length <= max,
    `expected ${min} to ${max} characters`,
  );
}

/**
 * An address as people write one: a local part of letters, digits and `._%+-'` (no dot
 * first, last or twice in a row), `@`, and dot-separated labels ending in a name of two or
 * more letters. Not every address RFC 5322 allows; every one a mailbox provider hands out.
 * (zod's own `z.email()` is stricter about the local part: `o'brien@` fails it.)
 */
const EMAIL =
  /^(?!\.)(?!.*\.\.)[\w.%+'-]+(?<!\.)@(?:[A-Za-z\d](?:[A-Za-z\d-]*[A-Za-z\d])?\.)+[A-Za-z]{2,}$/;

/** A code as a person types it: 6 digits, or a backup code. */
export const codeSchema = /* @__PURE__ */ text(1, 64);
export const passwordSchema = /* @__PURE__ */ text(1, 1024);
export const emailSchema = /* @__PURE__ */ refined(
  text(3, 320),
  (value) => EMAIL.test(value),
  'expected an email address',
);
