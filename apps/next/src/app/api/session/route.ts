// The session, kept by the server in an httpOnly cookie. This route handler calls the
// Auth Block client on the server (Node runtime) with the token the page hands over, so a
// made-up token or another user's id is refused before anything is stored.
import { type NextRequest, NextResponse } from 'next/server';
import { serverClient, writeSession } from '../../../lib/backend';

export const runtime = 'nodejs';

export async function POST(request: NextRequest): Promise<NextResponse> {
  const body = (await request.json().catch(() => null)) as {
    userId?: unknown;
    accessToken?: unknown;
    email?: unknown;
  } | null;
  if (typeof body?.userId !== 'string' || typeof body.accessToken !== 'string') {
    return NextResponse.json({ error: 'userId and accessToken are required' }, { status: 400 });
  }
  try {
    // Answers for the token's owner only: proves the pair belongs together.
    await serverClient(body.accessToken).mfa.status(body.userId);
  } catch {
    return NextResponse.json({ error: 'not signed in' }, { status: 401 });
  }
  await writeSession({
    userId: body.userId,
    accessToken: body.accessToken,
    // For the full step-up's sign-in (only this user's own password signs them in).
    ...(typeof body.email === 'string' && body.email.length <= 320 ? { email: body.email } : {}),
  });
  return new NextResponse(null, { status: 204 });
}

export async function DELETE(): Promise<NextResponse> {
  await writeSession(null);
  return new NextResponse(null, { status: 204 });
}
