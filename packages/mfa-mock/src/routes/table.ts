import { adminRoutes } from './admin.ts';
import { authRoutes } from './auth.ts';
import { devRoutes } from './dev.ts';
import { mfaRoutes } from './mfa.ts';
import type { RouteDefinition } from './route.ts';

/**
 * Every route the backend answers, written once. The router, the 404 prefixes, the API
 * path pattern and the scenario route names are all derived from this list. A new route
 * group is one more spread here (its module exports `[...] as const satisfies
 * readonly RouteDefinition[]`, so its `METHOD /path` names stay string literals).
 */
export const ROUTE_TABLE = [
  ...mfaRoutes,
  ...authRoutes,
  ...adminRoutes,
  ...devRoutes,
] as const satisfies readonly RouteDefinition[];

type TableEntry = (typeof ROUTE_TABLE)[number];
type RouteNames<Entry> = Entry extends {
  readonly path: infer Path extends string;
  readonly methods: infer Methods;
}
  ? `${keyof Methods & string} ${Path}`
  : never;

/** A route of the contract as `METHOD /path`, e.g. `'POST /users/:id/mfa/verify'`. */
export type ApiRoute = RouteNames<Exclude<TableEntry, { readonly dev: true }>>;

function namesOf(route: RouteDefinition): string[] {
  return Object.keys(route.methods).map((method) => `${method} ${route.path}`);
}

/** Every API route (the `/__mock/*` development routes left out), in table order. */
export const API_ROUTES = ROUTE_TABLE.filter((route: RouteDefinition) => !route.dev).flatMap(
  namesOf,
) as readonly ApiRoute[];
