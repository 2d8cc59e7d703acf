import * as z from 'zod/mini';
import { refined, type WireSchema } from './validate.ts';

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
export const mfaChannelSchema = z.enum(['totp', 'email']);
export type MfaChannel = z.infer<typeof mfaChannelSchema>;

/**
 * A JSON:API resource with a fixed `type` and the given attributes. The `id` is optional:
 * the API reference's MFA answers carry none.
 */
// Builds a schema and nothing else: bundlers may drop calls whose result goes unused.
/* @__NO_SIDE_EFFECTS__ */
export function resourceSchema<Type extends string, Attributes extends WireSchema>(
  type: Type,
  attributes: Attributes,
) {
  return z.object({ id: z.optional(z.string()), type: z.literal(type), attributes });
}

/**
 * A rule that at least one of `keys` is there, as where the dialects name one thing
 * differently (`mfa_enabled` or `enabled`). A failure is reported at the first key, the way
 * a missing field is (`expected boolean`).
 */
/* @__NO_SIDE_EFFECTS__ */
export function someOf<S extends WireSchema<object>>(
  schema: S,
  keys: readonly [string | number, ...(string | number)[]],
  expected: string,
): S {
  return refined(
    schema,
    (value) => keys.some((key) => (value as Record<PropertyKey, unknown>)[key] !== undefined),
    `expected ${expected}`,
    keys[0],
  );
}

/** A document whose primary data is the given resource. */
/* @__NO_SIDE_EFFECTS__ */
export function documentSchema<Data extends WireSchema>(data: Data) {
  return z.object({ data, meta: z.optional(z.looseObject({})) });
}

/**
 * One JSON:API error object. `status` is a string in JSON:API; some servers send a number.
 * `source` is JSON:API's `{ pointer }` in the guide and a string naming the controller
 * (`"MFA Controller"`) in the API reference.
 */
export const errorObjectSchema = z.object({
  status: z.optional(z.union([z.string(), z.number()])),
  code: z.optional(z.string()),
  title: z.optional(z.string()),
  detail: z.optional(z.string()),
  source: z.optional(
    z.union([
      z.string(),
      z.object({ pointer: z.optional(z.string()), parameter: z.optional(z.string()) }),
    ]),
  ),
  meta: z.optional(z.looseObject({})),
});
export type ErrorObject = z.infer<typeof errorObjectSchema>;

/** `{ errors: [...], meta? }`: every failure the API answers with. */
export const errorDocumentSchema = z.object({
  errors: z.array(errorObjectSchema),
  meta: z.optional(z.looseObject({})),
});
export type ErrorDocument = z.infer<typeof errorDocumentSchema>;
