// Server only: reads and writes cookies. Not a 'use server' module on purpose: every export
// of one is an action the browser may call, and this returns the session.
import {
  type MfaStepUpLevel,
  type MfaStepUpRecord,
  type MfaStepUpVerdict,
  verifyMfaStepUp,
} from '@authblock/mfa-core';
import { cookies } from 'next/headers';
import { apiKey, readSession, type Session, serverApiUrl } from './backend';

const STEP_UP_COOKIE = 'step-up';

/** A refused step-up, as the browser gets it (`mfaStepUpError` turns it back into the error). */
export type StepUpRefusal = Extract<MfaStepUpVerdict, { ok: false }>;

/**
 * The guard in front of a sensitive server action: checks the proof the dialog collected
 * with Auth Block (`/mfa/verify` with the session's own token, or a fresh sign-in's token),
 * for the user of the session cookie, never one named by the page, and keeps the success
 * in an httpOnly cookie so that a `recent` proof within 10 minutes passes. Act only on
 * `ok`, as the session it returns.
 */
export async function checkStepUp(
  proof: unknown,
  level: MfaStepUpLevel,
): Promise<{ ok: true; session: Session } | StepUpRefusal> {
  const session = await readSession();
  if (!session) {
    return {
      ok: false,
      status: 401,
      body: { errors: [{ status: '401', code: 'unauthorized', title: 'Not signed in.' }] },
      headers: {},
    };
  }
  const jar = await cookies();
  const verdict = await verifyMfaStepUp({
    api: { baseUrl: serverApiUrl(), apiKey },
    userId: session.userId,
    sessionToken: session.accessToken,
    proof,
    level,
    lastStepUp: readRecord(jar.get(STEP_UP_COOKIE)?.value, session.userId),
  });
  if (!verdict.ok) return verdict;
  jar.set(STEP_UP_COOKIE, JSON.stringify({ ...verdict.record, userId: session.userId }), {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
  });
  return { ok: true, session };
}

function readRecord(raw: string | undefined, userId: string): MfaStepUpRecord | null {
  try {
    const record = raw ? (JSON.parse(raw) as MfaStepUpRecord & { userId?: unknown }) : null;
    return record?.userId === userId &&
      typeof record.at === 'number' &&
      (record.level === 'full' || record.level === 'second-factor')
      ? { level: record.level, at: record.at }
      : null;
  } catch {
    return null;
  }
}
