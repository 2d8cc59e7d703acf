'use client';

import { MfaStepUpDialog, mfaStepUpError, useMfaStatus, useMfaStepUp } from '@authblock/mfa-react';
import { useState } from 'react';
import { type AuditRow, readAuditLog } from './actions';

export interface AuditLogText {
  showAuditLog: string;
  auditLog: string;
  auditAction: string;
  auditActor: string;
  auditTime: string;
}

/**
 * "Show the audit log": the step-up dialog asks for the second factor, and its proof goes
 * to the server action, which reads the log only once its own check passed. Cancelled,
 * the action is never called.
 */
export function AuditLog({ email, text }: { email: string | undefined; text: AuditLogText }) {
  const stepUp = useMfaStepUp({ channel: useMfaStatus().data?.channel, email });
  const [rows, setRows] = useState<AuditRow[] | null>(null);
  const show = async () => {
    const outcome = await stepUp.run(async (proof) => {
      const answer = await readAuditLog(proof);
      if (!answer.ok) {
        // The server's refusal, shown in the dialog as the sign-in challenge shows it.
        throw await mfaStepUpError(
          Response.json(answer.body, { status: answer.status, headers: answer.headers }),
        );
      }
      return answer.rows;
    });
    if (outcome.status === 'done') setRows(outcome.value);
  };
  return (
    <section>
      <h2>{text.auditLog}</h2>
      <button type="button" onClick={show}>
        {text.showAuditLog}
      </button>
      {rows && (
        <table data-testid="admin-audit-log">
          <thead>
            <tr>
              <th scope="col">{text.auditAction}</th>
              <th scope="col">{text.auditActor}</th>
              <th scope="col">{text.auditTime}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{row.action}</td>
                <td>{row.actorEmail ?? ''}</td>
                <td>
                  <time dateTime={row.createdAt}>{row.createdAt}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MfaStepUpDialog stepUp={stepUp} />
    </section>
  );
}
