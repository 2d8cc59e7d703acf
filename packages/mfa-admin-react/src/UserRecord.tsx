'use client';

import type { MfaAdminClient } from '@authblock/mfa-client/admin';
import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import { ListTable } from './ListTable.tsx';
import type { AdminMessages } from './messages.ts';
import { roleName } from './model/admin-words.ts';
import { auditColumns } from './model/audit-columns.ts';
import type { DashboardFormat } from './model/dashboard-format.ts';
import { rolesOf } from './model/metrics.ts';
import { userEventsOptions, userRecordOptions } from './queries.ts';

export interface UserRecordProps {
  client: MfaAdminClient;
  userId: string;
  /** The person's email as the row showed it: the heading, before the record arrives. */
  email: string;
  text: AdminMessages;
  locale: string;
  format: DashboardFormat;
  /** Closes the record; the caller puts focus back on the control that opened it. */
  onClose: () => void;
}

/**
 * One person as the admin sees them: two-factor on or off and its method, their roles, their
 * last sign-in and their latest MFA audit events. Focus moves to its heading when it opens
 * (so a screen reader reads where it is); Escape or "Close" closes it.
 */
export function UserRecord({
  client,
  userId,
  email,
  text,
  locale,
  format,
  onClose,
}: UserRecordProps) {
  const record = useQuery(userRecordOptions(client, userId));
  const events = useQuery(userEventsOptions(client, userId));
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Opened (the caller keys it by person): the admin hears whose record this is.
    heading.current?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };
  const user = record.data;
  const columns = auditColumns(text, locale).filter((column) => column.key !== 'actor');

  return (
    <section
      className="abmfa-admin-record"
      aria-labelledby={headingId}
      data-user-record={userId}
      onKeyDown={onKeyDown}
    >
      <div className="abmfa-admin-list-head">
        <h3 id={headingId} ref={heading} tabIndex={-1} className="abmfa-admin-list-title">
          <bdi>{email}</bdi>
        </h3>
        <button type="button" className="abmfa-admin-button" onClick={onClose}>
          {text.close}
        </button>
      </div>
      {record.isPending ? <p role="status">{text.loading}</p> : null}
      {record.isError ? <p role="alert">{text.recordFailed}</p> : null}
      {user ? (
        <dl className="abmfa-admin-record-facts">
          <dt>{text.recordMfa}</dt>
          <dd data-fact="mfa">
            {user.mfaEnabled === undefined
              ? text.channels.unknown
              : user.mfaEnabled
                ? text.mfaOn
                : text.channels.off}
          </dd>
          {user.mfaEnabled ? (
            <>
              <dt>{text.recordChannel}</dt>
              <dd data-fact="channel">{text.channels[user.mfaChannel ?? 'unknown']}</dd>
            </>
          ) : null}
          <dt>{text.columns.role}</dt>
          <dd data-fact="role">
            {(
              user.includedRoles?.map((role) => roleName(text, role.id, role.name ?? role.id)) ??
              rolesOf(user).map((role) => roleName(text, role))
            ).join(', ')}
          </dd>
          <dt>{text.recordLastSignIn}</dt>
          <dd data-fact="last-sign-in">
            {user.lastLoginAt ? format.time(user.lastLoginAt) : text.recordNever}
          </dd>
        </dl>
      ) : null}
      {events.isError ? <p role="alert">{text.failed}</p> : null}
      {events.data ? (
        <ListTable
          name="recent-mfa-events"
          title={text.recordEvents}
          columns={columns}
          rows={events.data.items}
          rowKey={(entry) => entry.id}
          empty={text.recordEventsEmpty}
          exportLabel={text.exportCsv}
          headingLevel={4}
        />
      ) : null}
    </section>
  );
}
