/**
 * Small run-time checkers for JSON: the wire schemas are built from these. A checker reads
 * a value and returns what the kit keeps of it (typed), or throws an `Issue` naming where
 * the value went wrong and why, never the value itself.
 *
 * Written for this kit instead of a general schema library: the client needs objects,
 * arrays, a few primitive types, literals, unions and a handful of rules, and a sign-in
 * page should not carry more than that (zod/mini cost about 6 kB min+gzip here; these,
 * under 1 kB). Every builder only builds a function: bundlers may drop calls whose result
 * goes unused (`@__NO_SIDE_EFFECTS__`).
 */

/** Where in a JSON value: object keys and array indexes, outermost first. */
export type Path = readonly (string | number)[];

/** What was wrong and where. Thrown by checkers; carries no part of the value checked. */
export class Issue {
  constructor(
    readonly path: Path,
    /** `expected boolean`, `unexpected value`, ... */
    readonly reason: string,
    /** Whether something (of the wrong kind) was there, rather than nothing. */
    readonly found: boolean,
  ) {}
}

/** Reads `value`, found at `path`: returns what is kept of it, or throws an `Issue`. */
export type Checker<T> = (value: unknown, path: Path) => T;

/** The type a checker returns. */
export type Infer<C> = C extends Checker<infer T> ? T : never;

declare const optionalMark: unique symbol;
/** A checker whose key an object may leave out (a type-level mark only). */
export type OptionalChecker<T> = Checker<T | undefined> & { readonly [optionalMark]: true };

type Shape = Record<string, Checker<unknown>>;
type Flat<T> = { [K in keyof T]: T[K] } & {};
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends OptionalChecker<unknown> ? K : never;
}[keyof S];
/** The object a shape describes: optional checkers make optional keys. */
export type ObjectOf<S extends Shape> = Flat<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & {
    [K in OptionalKeys<S>]?: Infer<S[K]>;
  }
>;

function fail(path: Path, reason: string, value: unknown): never {
  throw new Issue(path, reason, value !== undefined);
}

/* @__NO_SIDE_EFFECTS__ */
function typeOf<T>(type: 'string' | 'number' | 'boolean'): Checker<T> {
  return (value, path) =>
    typeof value === type ? (value as T) : fail(path, `expected ${type}`, value);
}

export const string: Checker<string> = /* @__PURE__ */ typeOf('string');
/** Any finite number (JSON has no other kind). */
export const number: Checker<number> = /* @__PURE__ */ typeOf('number');
export const boolean: Checker<boolean> = /* @__PURE__ */ typeOf('boolean');
/** Anything at all, kept as it is. */
export const unknown: Checker<unknown> = (value) => value;

/** Exactly one of `values` (compared with `===`). */
/* @__NO_SIDE_EFFECTS__ */
export function literal<const Values extends readonly (string | number | boolean | null)[]>(
  ...values: Values
): Checker<Values[number]> {
  return (value, path) =>
    values.includes(value as Values[number])
      ? (value as Values[number])
      : fail(path, 'unexpected value', value);
}

/** `undefined` (the key left out) or what `checker` accepts. */
/* @__NO_SIDE_EFFECTS__ */
export function optional<T>(checker: Checker<T>): OptionalChecker<T> {
  return ((value, path) =>
    value === undefined ? undefined : checker(value, path)) as OptionalChecker<T>;
}

/** `null` or what `checker` accepts. */
/* @__NO_SIDE_EFFECTS__ */
export function nullable<T>(checker: Checker<T>): Checker<T | null> {
  return (value, path) => (value === null ? null : checker(value, path));
}

/** An array whose every item `item` accepts; a bad item is named by its index. */
/* @__NO_SIDE_EFFECTS__ */
export function array<T>(item: Checker<T>): Checker<T[]> {
  return (value, path) =>
    Array.isArray(value)
      ? value.map((entry, index) => item(entry, [...path, index]))
      : fail(path, 'expected array', value);
}

type Keep = 'known' | 'all' | 'reject';

/* @__NO_SIDE_EFFECTS__ */
function objectOf(shape: Shape, keep: Keep): Checker<Record<string, unknown>> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return fail(path, 'expected object', value);
    }
    const input = value as Record<string, unknown>;
    const result: Record<string, unknown> = keep === 'all' ? { ...input } : {};
    for (const key in shape) {
      // Checked in the shape's order, so the first bad key reported is the first declared.
      const kept = (shape[key] as Checker<unknown>)(input[key], [...path, key]);
      if (kept !== undefined) result[key] = kept;
    }
    if (keep === 'reject') {
      for (const key of Object.keys(input)) {
        if (!(key in shape)) fail([...path, key], 'unexpected key', input[key]);
      }
    }
    return result;
  };
}

/**
 * An object with the keys of `shape`; keys it does not name are tolerated (a field the
 * server adds tomorrow must not break today's client) and left out of the result.
 */
/* @__NO_SIDE_EFFECTS__ */
export function object<S extends Shape>(shape: S): Checker<ObjectOf<S>> {
  return objectOf(shape, 'known') as Checker<ObjectOf<S>>;
}

/** As `object`, but the result keeps every key the value has (apps read their own). */
/* @__NO_SIDE_EFFECTS__ */
export function looseObject<S extends Shape>(
  shape: S,
): Checker<ObjectOf<S> & { [key: string]: unknown }> {
  return objectOf(shape, 'all') as Checker<ObjectOf<S> & { [key: string]: unknown }>;
}

/** As `object`, but a key the shape does not name is an `unexpected key` (for tests of exact documents). */
/* @__NO_SIDE_EFFECTS__ */
export function strictObject<S extends Shape>(shape: S): Checker<ObjectOf<S>> {
  return objectOf(shape, 'reject') as Checker<ObjectOf<S>>;
}

/**
 * The first of `branches` that accepts the value. When none does, the issue reported is
 * the one the sender most likely meant: about a value that was there (a wrong field beats
 * a missing one), then the deepest, then the earliest branch's.
 */
/* @__NO_SIDE_EFFECTS__ */
export function union<const Branches extends readonly Checker<unknown>[]>(
  ...branches: Branches
): Checker<Infer<Branches[number]>> {
  return (value, path) => {
    let best: Issue | undefined;
    for (const branch of branches) {
      try {
        return branch(value, path) as Infer<Branches[number]>;
      } catch (caught) {
        if (!(caught instanceof Issue)) throw caught;
        const rank = (issue: Issue) => (issue.found ? 1000 : 0) + issue.path.length;
        if (!best || rank(caught) > rank(best)) best = caught;
      }
    }
    throw best ?? new Issue(path, 'unexpected value', value !== undefined);
  };
}

/**
 * `checker`, then a rule over what it returned. A broken rule is reported at `path`, or at
 * the key `at` under it when the rule is about a key that is missing (`expected boolean`
 * at `enabled`, as a missing field is).
 */
/* @__NO_SIDE_EFFECTS__ */
export function refine<T>(
  checker: Checker<T>,
  rule: (value: T) => boolean,
  reason: string,
  at?: string | number,
): Checker<T> {
  return (value, path) => {
    const kept = checker(value, path);
    if (rule(kept)) return kept;
    return at === undefined ? fail(path, reason, value) : fail([...path, at], reason, undefined);
  };
}

/** What a check found: the kept value, or the first issue. */
export type Checked<T> = { ok: true; value: T } | { ok: false; issue: Issue };

/** Checks `value` from its root, without throwing. */
export function validate<C extends Checker<unknown>>(
  checker: C,
  value: unknown,
): Checked<Infer<C>> {
  try {
    return { ok: true, value: checker(value, []) as Infer<C> };
  } catch (caught) {
    if (caught instanceof Issue) return { ok: false, issue: caught };
    throw caught;
  }
}

/** Checks `value` from its root; a failure throws a `TypeError` naming the path and reason. */
export function parse<C extends Checker<unknown>>(checker: C, value: unknown): Infer<C> {
  const checked = validate(checker, value);
  if (checked.ok) return checked.value;
  throw new TypeError(`${checked.issue.path.join('.') || '(root)'}: ${checked.issue.reason}`);
}
