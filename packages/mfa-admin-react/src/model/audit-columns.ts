import type { AuditLogEntry } from '@authblock/mfa-client/admin';
import type { AdminMessages } from '../messages.ts';
import { actionName, detailsText } from './admin-words.ts';
import { type Column, isoWithOffset } from './csv.ts';

/** The audit table's columns, shared by the table and its CSV export. */
export function auditColumns(text: AdminMessages, locale: string): Column<AuditLogEntry>[] {
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  return [
    {
      key: 'time',
      header: text.columns.time,
      text: (entry) => dateTime.format(new Date(entry.createdAt)),
      csv: (entry) => isoWithOffset(entry.createdAt),
    },
    // In words on screen; the file keeps the server's ids, for scripts and other tools.
    {
      key: 'action',
      header: text.columns.action,
      text: (entry) => actionName(text, entry.action),
      csv: (entry) => entry.action,
    },
    {
      key: 'actor',
      header: text.columns.actor,
      text: (entry) => entry.actorEmail ?? entry.actorId ?? '',
    },
    {
      key: 'status',
      header: text.columns.status,
      text: (entry) =>
        entry.status === 'failure' ? text.failure : entry.status === 'success' ? text.success : '',
    },
    {
      key: 'details',
      header: text.columns.details,
      text: (entry) => detailsText(text, entry.metadata),
      csv: (entry) =>
        Object.entries(entry.metadata)
          .map(([key, value]) => `${key}: ${String(value)}`)
          .join(', '),
    },
    { key: 'ip', header: text.columns.ip, text: (entry) => entry.ipAddress ?? '' },
  ];
}
