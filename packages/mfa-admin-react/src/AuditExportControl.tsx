'use client';

import type { AuditLogEntry, AuditLogFilters, MfaAdminClient } from '@authblock/mfa-client/admin';
import { downloadCsv } from './download-csv.ts';
import type { AdminMessages } from './messages.ts';
import { type Column, toCsv } from './model/csv.ts';
import { useAuditExport } from './useAuditExport.ts';

/**
 * "Export all N events as CSV": every event that matches the filters, not only the page
 * shown, read page by page with its progress on screen (thousands of events take a while),
 * cancellable; the file has the table's columns.
 */
export function AuditExportControl({
  client,
  filters,
  total,
  columns,
  text,
}: {
  client: MfaAdminClient;
  filters: AuditLogFilters;
  total: number;
  columns: readonly Column<AuditLogEntry>[];
  text: AdminMessages;
}) {
  const exporter = useAuditExport(client, (entries) =>
    downloadCsv('audit-events.csv', toCsv(columns, entries)),
  );
  if (exporter.isRunning) {
    const { loaded, total: expected } = exporter.progress;
    const label = text.exportingEvents(loaded, expected);
    return (
      <div className="abmfa-admin-export" data-exporting="">
        <p role="status">{label}</p>
        <progress
          aria-label={label}
          max={expected ?? undefined}
          value={expected === null ? undefined : loaded}
        />
        <button type="button" className="abmfa-admin-button" onClick={exporter.cancel}>
          {text.cancel}
        </button>
      </div>
    );
  }
  return (
    <div className="abmfa-admin-export">
      {exporter.failed ? <p role="alert">{text.exportFailed}</p> : null}
      <button
        type="button"
        className="abmfa-admin-button"
        disabled={total === 0}
        onClick={() => exporter.start(filters)}
      >
        {text.exportAllEvents(total)}
      </button>
    </div>
  );
}
