import type { BackendCore, UserRecord } from '../core.ts';
import { constantTimeEqual } from '../internal/crypto.ts';
import { MockApiError } from '../internal/errors.ts';

export interface RouteArgs {
  core: BackendCore;
  request: Request;
  params: Readonly<Record<string, string | readonly string[] | undefined>>;
}

export type RouteHandler = (args: RouteArgs) => Promise<Response>;

/** One path and the methods it answers. */
export interface RouteDefinition {
  path: string;
  /** Development routes need no API key and are left out of `requests()`. */
  dev?: boolean | undefined;
  methods: Partial<Record<'GET' | 'POST', RouteHandler>>;
}

/** Compared with every configured key in constant time, so timing tells nothing of them. */
function isKnownApiKey(core: BackendCore, key: string): boolean {
  let known = false;
  for (const candidate of core.config.apiKeys) known = constantTimeEqual(candidate, key) || known;
  return known;
}

/** Whether the request carries one of the configured API keys. */
export function hasApiKey(core: BackendCore, request: Request): boolean {
  const key = request.headers.get('x-api-key');
  return key !== null && isKnownApiKey(core, key);
}

export function checkApiKey(core: BackendCore, request: Request): void {
  if (!hasApiKey(core, request)) {
    throw new MockApiError(401, 'invalid_api_key', 'A valid X-API-Key header is required.');
  }
}

/**
 * The user a `/users/:id/mfa/*` request may act on: a valid bearer token (401 otherwise)
 * issued to this very id (403 otherwise), for a user that exists (404 otherwise).
 */
export async function authorizeUser(args: RouteArgs): Promise<UserRecord> {
  const { core, request } = args;
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const subject = match?.[1] ? await core.state.tokens.verify(match[1]) : null;
  if (subject === null) {
    throw new MockApiError(401, 'unauthorized', 'A valid bearer token is required.');
  }
  const id = args.params.id;
  if (typeof id !== 'string' || id !== subject) {
    throw new MockApiError(403, 'forbidden', 'This token may not act on this user.');
  }
  const user = core.state.users.get(id);
  if (!user) throw new MockApiError(404, 'not_found', 'No such user.');
  return user;
}
