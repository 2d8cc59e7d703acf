import * as z from 'zod/mini';

/**
 * The JSON:API envelope every Auth Block response uses. The schemas here describe the
 * wire (snake_case, exactly what travels); the client maps them to camelCase results.
 * Objects are not strict: a field the server adds tomorrow must not break today's client.
 */

/** The two second-factor channels Auth Block supports. */
export const mfaChannelSchema = z.enum(['totp', 'email']);
export type MfaChannel = z.infer<typeof mfaChannelSchema>;

/** A JSON:API resource with a fixed `type` and the given attributes. */
// Builds a schema and nothing else: bundlers may drop calls whose result goes unused.
/* @__NO_SIDE_EFFECTS__ */
export function resourceSchema<Type extends string, Attributes extends z.ZodMiniType>(
  type: Type,
  attributes: Attributes,
) {
  return z.object({ id: z.string(), type: z.literal(type), attributes });
}

/** A document whose primary data is the given resource. */
/* @__NO_SIDE_EFFECTS__ */
export function documentSchema<Data extends z.ZodMiniType>(data: Data) {
  return z.object({ data, meta: z.optional(z.looseObject({})) });
}

/** One JSON:API error object. `status` is a string in JSON:API; some servers send a number. */
export const errorObjectSchema = z.object({
  status: z.optional(z.union([z.string(), z.number()])),
  code: z.optional(z.string()),
  title: z.optional(z.string()),
  detail: z.optional(z.string()),
  source: z.optional(
    z.object({ pointer: z.optional(z.string()), parameter: z.optional(z.string()) }),
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
