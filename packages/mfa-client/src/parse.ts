import type * as z from 'zod/mini';
import { MfaResponseError } from './errors/MfaResponseError.ts';
import { validate, type WireSchema } from './wire/validate.ts';

/** A successful answer: its status and its body, read as JSON when it is JSON. */
export interface Reply {
  /** The route template, e.g. `POST /users/:id/mfa/verify`. */
  route: string;
  status: number;
  body: unknown;
  /** Set when the body could not be read as JSON. */
  bodyIssue?: 'empty body' | 'not JSON' | undefined;
}

/** Reads a response text as JSON without throwing: HTML error pages and empty bodies happen. */
export function readJson(text: string): Pick<Reply, 'body' | 'bodyIssue'> {
  if (text.trim() === '') return { body: undefined, bodyIssue: 'empty body' };
  try {
    return { body: JSON.parse(text) };
  } catch {
    return { body: undefined, bodyIssue: 'not JSON' };
  }
}

/**
 * Checks a value against a wire schema. On failure, throws an `MfaResponseError` naming the
 * first bad field by its path and saying what was wrong; the value itself never reaches
 * an error.
 */
export function parseAt<S extends WireSchema>(
  schema: S,
  value: unknown,
  reply: Pick<Reply, 'route' | 'status'>,
  prefix = '',
): z.output<S> {
  const checked = validate(schema, value);
  if (checked.ok) return checked.value;
  const path = [prefix, ...checked.issue.path].filter((part) => part !== '').join('.');
  throw new MfaResponseError({
    route: reply.route,
    status: reply.status,
    path,
    reason: checked.issue.reason,
  });
}

/** Checks a successful answer's body against its schema. */
export function parseReply<S extends WireSchema>(schema: S, reply: Reply): z.output<S> {
  if (reply.bodyIssue) {
    throw new MfaResponseError({
      route: reply.route,
      status: reply.status,
      path: '',
      reason: reply.bodyIssue,
    });
  }
  return parseAt(schema, reply.body, reply);
}

/**
 * `object` without its `undefined` values: a result leaves out what the server did not say,
 * rather than carrying the key with `undefined` (so `toStrictEqual` and `in` tell the truth).
 */
export function definedOnly<T extends object>(
  object: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) if (value !== undefined) result[key] = value;
  return result as { [K in keyof T]?: Exclude<T[K], undefined> };
}
