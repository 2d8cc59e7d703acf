'use server';

import { isMfaApiError } from '@authblock/mfa-client';
import { serverAdminClient } from '../../lib/backend';
import { checkStepUp, type StepUpRefusal } from '../../lib/step-up';

/** One audit log line, as the page shows it: nothing else of the entry leaves the server. */
export interface AuditRow {
  id: string;
  action: string;
  actorEmail: string | null;
  createdAt: string;
}

/**
 * A sensitive server action: the tenant's audit log (who signed in, who turned two-factor
 * off), read only after this request's step-up proof passed the server's check, for the
 * session's own user with the session's own token. The page runs it as the step-up's
 * action (`useMfaStepUp().run`), so a cancelled dialog never calls it; a call without a
 * proof, or with a wrong or spent code, gets the refusal the dialog shows.
 */
export async function readAuditLog(
  proof: unknown,
): Promise<{ ok: true; rows: AuditRow[] } | StepUpRefusal> {
  const checked = await checkStepUp(proof, 'second-factor');
  if (!checked.ok) return checked;
  try {
    const page = await serverAdminClient(checked.session.accessToken).auditLogs.list({
      page: 1,
      records: 20,
    });
    return {
      ok: true,
      rows: page.items.map(({ id, action, actorEmail, createdAt }) => ({
        id,
        action,
        actorEmail,
        createdAt,
      })),
    };
  } catch (error) {
    // Auth Block's refusal (403 for a user who is not a tenant admin), code only.
    const status = isMfaApiError(error) && error.status < 500 ? error.status : 502;
    const code = isMfaApiError(error) ? error.code : 'server_error';
    return {
      ok: false,
      status,
      body: { errors: [{ status: String(status), code, title: 'The audit log was refused.' }] },
      headers: {},
    };
  }
}
