import * as z from 'zod/mini';

/**
 * Reads zod's verdict on a wire value the way the kit reports it: the first bad field by
 * its path, and a short reason (`expected boolean`, `unexpected value`, `unexpected key`, or
 * a schema's own message). Never the value: zod drops each issue's input when it finalises
 * it, and nothing here keeps one.
 */

/** Any wire schema: a `zod/mini` schema (a Standard Schema). */
export type WireSchema<Output = unknown> = z.ZodMiniType<Output>;

/** Where in a JSON value: object keys and array indexes, outermost first. */
export type Path = readonly (string | number)[];

/** What was wrong and where; carries no part of the value checked. */
export interface WireIssue {
  readonly path: Path;
  /** `expected boolean`, `unexpected value`, ... */
  readonly reason: string;
  /** Whether something (of the wrong kind) was there, rather than nothing. */
  readonly found: boolean;
}

/** What a check found: the kept value, or the first issue. */
export type Checked<T> = { ok: true; value: T } | { ok: false; issue: WireIssue };

type ZodIssue = z.core.$ZodIssue;

/** The value at `path` under `root`, `undefined` where the path leaves the value. */
function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * The issue the sender most likely meant, in the kit's words. Of a union's branches: one
 * about a value that was there (a wrong field beats a missing one), then the deepest, then
 * the earliest branch's.
 */
function toWireIssue(issue: ZodIssue, root: unknown, prefix: Path): WireIssue {
  const path = [...prefix, ...(issue.path as (string | number)[])];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    let best: WireIssue | undefined;
    const rank = (found: WireIssue) => (found.found ? 1000 : 0) + found.path.length;
    for (const branch of issue.errors) {
      const first = branch[0];
      if (!first) continue;
      const candidate = toWireIssue(first, root, path);
      if (!best || rank(candidate) > rank(best)) best = candidate;
    }
    if (best) return best;
  }
  if (issue.code === 'unrecognized_keys') {
    const at = [...path, ...issue.keys.slice(0, 1)];
    return { path: at, reason: 'unexpected key', found: valueAt(root, at) !== undefined };
  }
  const reason =
    issue.code === 'invalid_type'
      ? `expected ${issue.expected}`
      : issue.code === 'custom'
        ? issue.message
        : 'unexpected value';
  return { path, reason, found: valueAt(root, path) !== undefined };
}

/** Checks `value` from its root, without throwing. */
export function validate<S extends WireSchema>(schema: S, value: unknown): Checked<z.output<S>> {
  const result = z.safeParse(schema, value);
  if (result.success) return { ok: true, value: result.data };
  const first = result.error.issues[0] as ZodIssue;
  return { ok: false, issue: toWireIssue(first, value, []) };
}

/** Checks `value` from its root; a failure throws a `TypeError` naming the path and reason. */
export function parse<S extends WireSchema>(schema: S, value: unknown): z.output<S> {
  const checked = validate(schema, value);
  if (checked.ok) return checked.value;
  throw new TypeError(`${checked.issue.path.join('.') || '(root)'}: ${checked.issue.reason}`);
}

/**
 * A rule over what `schema` accepted, reported at the value, or at the key `at` under it
 * when the rule is about a key that is missing (`expected boolean` at `enabled`, as a
 * missing field is). Runs only when `schema` accepted the value.
 */
/* @__NO_SIDE_EFFECTS__ */
export function refined<S extends WireSchema>(
  schema: S,
  rule: (value: z.output<S>) => boolean,
  message: string,
  at?: string | number,
): S {
  return schema.check(
    z.refine(rule, at === undefined ? { message } : { message, path: [at] }),
  ) as S;
}
