/**
 * The wire schemas (checkers from `wire/check.ts`) for every Auth Block MFA request and response, shared by the
 * client and the reference backend so the two sides cannot drift.
 */

export * from './admin/requests.ts';
export * from './admin/schemas.ts';
export * from './auth/requests.ts';
export * from './auth/schemas.ts';
export * from './mfa/requests.ts';
export * from './mfa/schemas.ts';
export * from './wire/check.ts';
export type { Dialect } from './wire/dialect.ts';
export * from './wire/fields.ts';
export * from './wire/jsonapi.ts';
