'use client';

import type { AuditLogFilters } from '@authblock/mfa-client/admin';
import { type FormEvent, useId } from 'react';
import type { AdminMessages } from './messages.ts';
import { actionName } from './model/admin-words.ts';

const DAY = 86_400_000;

/** The audit table's filters (action, status, user email, date range), applied on submit. */
export function AuditFiltersForm({
  text,
  actions,
  onApply,
}: {
  text: AdminMessages;
  /** The Action filter's options (`auditActionOptions`). */
  actions: readonly string[];
  onApply: (filters: AuditLogFilters) => void;
}) {
  const ids = { action: useId(), status: useId(), actor: useId(), from: useId(), to: useId() };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next: AuditLogFilters = {};
    const value = (name: string) => String(form.get(name) ?? '').trim();
    if (value('action')) next.action = value('action');
    if (value('status')) next.status = value('status') as 'success' | 'failure';
    if (value('actor')) next.actorEmail = value('actor');
    // Dates are whole days in the admin's time zone: from its first to its last moment.
    if (value('from')) next.from = new Date(`${value('from')}T00:00:00`);
    if (value('to')) next.to = new Date(new Date(`${value('to')}T00:00:00`).getTime() + DAY - 1);
    onApply(next);
  };

  return (
    <form className="abmfa-admin-filters" onSubmit={onSubmit}>
      <div className="abmfa-admin-field">
        <label htmlFor={ids.action}>{text.actionFilter}</label>
        <select id={ids.action} name="action" defaultValue="">
          <option value="">{text.allActions}</option>
          {actions.map((action) => (
            <option key={action} value={action}>
              {actionName(text, action)}
            </option>
          ))}
        </select>
      </div>
      <div className="abmfa-admin-field">
        <label htmlFor={ids.status}>{text.statusFilter}</label>
        <select id={ids.status} name="status" defaultValue="">
          <option value="">{text.anyStatus}</option>
          <option value="success">{text.success}</option>
          <option value="failure">{text.failure}</option>
        </select>
      </div>
      <div className="abmfa-admin-field">
        <label htmlFor={ids.actor}>{text.actorFilter}</label>
        <input id={ids.actor} name="actor" type="email" autoComplete="off" />
      </div>
      <div className="abmfa-admin-field">
        <label htmlFor={ids.from}>{text.fromFilter}</label>
        <input id={ids.from} name="from" type="date" />
      </div>
      <div className="abmfa-admin-field">
        <label htmlFor={ids.to}>{text.toFilter}</label>
        <input id={ids.to} name="to" type="date" />
      </div>
      <button type="submit" className="abmfa-admin-button">
        {text.apply}
      </button>
    </form>
  );
}
