// The client in an edge runtime: this route handler runs on Next's `edge` runtime (a V8
// isolate with web APIs only: no `node:` modules, no Buffer), and reads the signed-in
// user's MFA status with the kit's client. The e2e walk calls it, so "edge runtimes" in
// the README is a tested claim, not a hope.
import { createMfaClient } from '@authblock/mfa-client';
import type { NextRequest } from 'next/server';

export const runtime = 'edge';

export async function GET(request: NextRequest): Promise<Response> {
  const raw = request.cookies.get('session')?.value;
  if (!raw) return Response.json({ error: 'not signed in' }, { status: 401 });
  const { userId, accessToken } = JSON.parse(atob(raw.replace(/-/g, '+').replace(/_/g, '/'))) as {
    userId: string;
    accessToken: string;
  };
  const baseUrl = process.env.AUTHBLOCK_API_URL || `${request.nextUrl.origin}/mock-api`;
  const client = createMfaClient({
    baseUrl,
    apiKey: process.env.AUTHBLOCK_API_KEY ?? 'pk_test_mock',
    token: accessToken,
  });
  const status = await client.mfa.status(userId);
  return Response.json({
    runtime: typeof EdgeRuntime === 'string' ? 'edge' : 'node',
    enabled: status.enabled,
  });
}

declare const EdgeRuntime: string | undefined;
