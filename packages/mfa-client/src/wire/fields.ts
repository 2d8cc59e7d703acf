import * as z from 'zod/mini';

/**
 * Rules for the fields people send. Only the server side (the reference backend) checks
 * requests; these live apart from the response schemas so a browser bundle of the client,
 * which never validates what it sends, does not carry them.
 */

/** A code as a person types it: 6 digits, or a backup code; bounded so a body cannot balloon. */
export const codeSchema = z.string().check(z.minLength(1), z.maxLength(64));
export const passwordSchema = z.string().check(z.minLength(1), z.maxLength(1024));
export const emailSchema = z.email().check(z.maxLength(320));
