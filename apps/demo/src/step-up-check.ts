import {
  type MfaStepUpLevel,
  type MfaStepUpProof,
  type MfaStepUpRecord,
  mfaStepUpError,
  verifyMfaStepUp,
} from '@authblock/mfa-core';
import type { DemoBackend } from './config.ts';
import type { DemoSession } from './session.ts';

// The demo is a static page with no server of its own, so the server half of step-up runs
// here, in the page, as a stand-in: the same `verifyMfaStepUp` an app runs in its route
// handler or server action (apps/next and the README show it there). Auth Block still
// checks every code and token; but only an app's own server can refuse the change that
// follows, which is what makes step-up hold against a stolen session.

/** The stand-in server's session records, per user; forgotten on sign-out. */
const records = new Map<string, MfaStepUpRecord>();

/** The check the guarded action runs before the card opens the change. */
export async function checkStepUp(
  backend: DemoBackend,
  session: DemoSession,
  level: MfaStepUpLevel,
  proof: MfaStepUpProof,
): Promise<void> {
  const verdict = await verifyMfaStepUp({
    api: {
      baseUrl: backend.baseUrl,
      apiKey: backend.apiKey,
      ...(backend.kind === 'mock' ? { dialect: backend.dialect } : {}),
    },
    userId: session.user.id,
    sessionToken: session.tokens.accessToken,
    proof,
    level,
    lastStepUp: records.get(session.user.id),
  });
  if (!verdict.ok) {
    // As a route handler answers, and as the page reads that answer.
    throw await mfaStepUpError(
      Response.json(verdict.body, { status: verdict.status, headers: verdict.headers }),
    );
  }
  records.set(session.user.id, verdict.record);
}

/** Sign-out: the stand-in server drops its session's record. */
export function forgetStepUpRecords(): void {
  records.clear();
}
