// Server only: reads cookies and the environment.
import { createMfaClient, type MfaClient } from '@authblock/mfa-client';
import { createMfaAdminClient, type MfaAdminClient } from '@authblock/mfa-client/admin';
import { cookies, headers } from 'next/headers';

/** No `AUTHBLOCK_API_URL`: the mock backend, served by this app at `/mock-api`. */
export const isMockMode = !process.env.AUTHBLOCK_API_URL;

/**
 * The Auth Block API key. It is a publishable key: the browser sends it on every call,
 * so every visitor can read it. Never put a secret here.
 */
export const apiKey = process.env.AUTHBLOCK_API_KEY ?? 'pk_test_mock';

/** The API address for the browser's client: the real API, or this app's `/mock-api`. */
export async function browserApiUrl(): Promise<string> {
  if (process.env.AUTHBLOCK_API_URL) return process.env.AUTHBLOCK_API_URL;
  const request = await headers();
  const host = request.get('host') ?? '127.0.0.1:3000';
  const protocol = request.get('x-forwarded-proto') ?? 'http';
  return `${protocol}://${host}/mock-api`;
}

/** The API address for calls made by this server (to itself in mock mode). */
export function serverApiUrl(): string {
  return process.env.AUTHBLOCK_API_URL || `http://127.0.0.1:${process.env.PORT ?? 3000}/mock-api`;
}

/** A client on the server, acting with the signed-in user's own token. */
export function serverClient(token: string): MfaClient {
  return createMfaClient({ baseUrl: serverApiUrl(), apiKey, token });
}

/** The tenant admin's routes (`/users`, `/audit_logs`), with the user's own token. */
export function serverAdminClient(token: string): MfaAdminClient {
  return createMfaAdminClient({ baseUrl: serverApiUrl(), apiKey, token });
}

/** The session the server keeps: the user's id and access token, in an httpOnly cookie. */
export interface Session {
  userId: string;
  accessToken: string;
  /** The address signed in with, for the full step-up's sign-in. */
  email?: string;
}

const SESSION_COOKIE = 'session';

export async function readSession(): Promise<Session | null> {
  const raw = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!raw) return null;
  try {
    const session = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Session;
    return typeof session.userId === 'string' && typeof session.accessToken === 'string'
      ? session
      : null;
  } catch {
    return null;
  }
}

export async function writeSession(session: Session | null): Promise<void> {
  const jar = await cookies();
  if (!session) {
    jar.delete(SESSION_COOKIE);
    return;
  }
  jar.set(SESSION_COOKIE, Buffer.from(JSON.stringify(session)).toString('base64url'), {
    httpOnly: true,
    sameSite: 'strict',
    secure: process.env.NODE_ENV === 'production' && !isMockMode,
    path: '/',
  });
}
