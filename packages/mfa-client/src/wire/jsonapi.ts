import {
  array,
  type Checker,
  type Infer,
  literal,
  looseObject,
  number,
  object,
  optional,
  refine,
  string,
  union,
} from './check.ts';

/**
 * The JSON:API envelope every Auth Block response uses. The schemas here describe the
 * wire (snake_case, exactly what travels); the client maps them to camelCase results.
 * Objects are not strict: a field the server adds tomorrow must not break today's client.
 *
 * Two vendor documents describe the wire (see the README, "Talking to the real Auth Block
 * API"): the 2FA guide and the API reference. Every response schema accepts what either
 * documents, and nothing else.
 */

/** The two second-factor channels Auth Block supports. */
export const mfaChannelSchema = literal('totp', 'email');
export type MfaChannel = Infer<typeof mfaChannelSchema>;

/**
 * A JSON:API resource with a fixed `type` and the given attributes. The `id` is optional:
 * the API reference's MFA answers carry none.
 */
// Builds a schema and nothing else: bundlers may drop calls whose result goes unused.
/* @__NO_SIDE_EFFECTS__ */
export function resourceSchema<Type extends string, Attributes extends Checker<unknown>>(
  type: Type,
  attributes: Attributes,
) {
  return object({ id: optional(string), type: literal(type), attributes });
}

/**
 * A rule that at least one of `keys` is there, as where the dialects name one thing
 * differently (`mfa_enabled` or `enabled`). A failure is reported at the first key, the way
 * a missing field is (`expected boolean`).
 */
/* @__NO_SIDE_EFFECTS__ */
export function someOf<T extends object>(
  checker: Checker<T>,
  keys: readonly [string | number, ...(string | number)[]],
  expected: string,
): Checker<T> {
  return refine(
    checker,
    (value) => keys.some((key) => (value as Record<PropertyKey, unknown>)[key] !== undefined),
    `expected ${expected}`,
    keys[0],
  );
}

/** A document whose primary data is the given resource. */
/* @__NO_SIDE_EFFECTS__ */
export function documentSchema<Data extends Checker<unknown>>(data: Data) {
  return object({ data, meta: optional(looseObject({})) });
}

/**
 * One JSON:API error object. `status` is a string in JSON:API; some servers send a number.
 * `source` is JSON:API's `{ pointer }` in the guide and a string naming the controller
 * (`"MFA Controller"`) in the API reference.
 */
export const errorObjectSchema = object({
  status: optional(union(string, number)),
  code: optional(string),
  title: optional(string),
  detail: optional(string),
  source: optional(
    union(string, object({ pointer: optional(string), parameter: optional(string) })),
  ),
  meta: optional(looseObject({})),
});
export type ErrorObject = Infer<typeof errorObjectSchema>;

/** `{ errors: [...], meta? }`: every failure the API answers with. */
export const errorDocumentSchema = object({
  errors: array(errorObjectSchema),
  meta: optional(looseObject({})),
});
export type ErrorDocument = Infer<typeof errorDocumentSchema>;
