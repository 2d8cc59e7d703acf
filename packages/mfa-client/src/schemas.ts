/**
 * `@authblock/mfa-client/schemas`: the wire schemas (`zod/mini`) for every Auth Block MFA
 * request and response, both dialects, shared by the client and the reference backend so
 * the two sides cannot drift. Use them to check your own fixtures and server stubs, with
 * zod itself (`z.safeParse(statusResponseSchema, body)`) or with `validate`, which names
 * the first bad field the way the client's `MfaResponseError` does.
 */

export * from './admin/requests.ts';
export * from './admin/schemas.ts';
export * from './auth/requests.ts';
export * from './auth/schemas.ts';
export type { Dialect } from './dialect.ts';
export * from './mfa/requests.ts';
export * from './mfa/schemas.ts';
export * from './wire/fields.ts';
export * from './wire/jsonapi.ts';
export * from './wire/validate.ts';
