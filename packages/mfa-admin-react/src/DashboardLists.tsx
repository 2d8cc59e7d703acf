'use client';

import { ListTable, type OpenRow } from './ListTable.tsx';
import { dashboardColumns } from './model/dashboard-columns.ts';
import type { DashboardSectionProps } from './model/dashboard-format.ts';
import { THRESHOLDS } from './model/metrics.ts';

/** Opens a person's record from their email in a list. */
export type OpenPerson = Pick<OpenRow<unknown>, 'openUserId' | 'onOpen'>;

/**
 * The lists under the charts, each exportable as CSV: adoption by role beside the guide's
 * advice, the people a role's advice leaves without MFA, backup-code use, and the warning
 * signs in the audit log (repeated failures, MFA turned off and on, bursts of failures).
 * The people list shows only when the filter holds people advised TOTP (owners, admins).
 * Each intro states its rule with the counts from `THRESHOLDS`, so the sentence and the
 * rule cannot drift apart.
 */
export function DashboardLists({
  figures,
  text,
  format,
  openPerson,
}: DashboardSectionProps & { openPerson: OpenPerson }) {
  const columns = dashboardColumns(text, format);
  const byUserId = {
    ...openPerson,
    column: 'email',
    userId: (row: { userId: string }) => row.userId,
  };
  const gaps = figures.roles.flatMap((row) => row.gaps);
  return (
    <>
      <ListTable
        name="adoption-by-role"
        title={text.byRole}
        columns={columns.roles}
        rows={figures.roles}
        rowKey={(row) => row.role}
        empty={text.emptyTenant}
        exportLabel={text.exportCsv}
      />
      {/* "Every owner and admin uses an authenticator app" only where the filter holds some. */}
      {figures.totpAdvised > 0 ? (
        <ListTable
          name="owners-and-admins-without-an-authenticator-app"
          title={text.gapsTitle}
          columns={columns.users}
          rows={gaps}
          rowKey={(user) => user.id}
          openRow={{ ...openPerson, column: 'email', userId: (user) => user.id }}
          empty={text.gapsEmpty}
          exportLabel={text.exportCsv}
        />
      ) : null}
      <ListTable
        name="backup-code-sign-ins"
        title={text.backupTitle}
        intro={text.backupIntro(THRESHOLDS.backupUses)}
        columns={columns.backupUsage}
        rows={figures.backupUsage}
        rowKey={(row) => row.userId}
        openRow={byUserId}
        empty={text.backupEmpty}
        exportLabel={text.exportCsv}
      />
      <ListTable
        name="repeated-failures"
        title={text.failuresTitle}
        intro={text.failuresIntro(THRESHOLDS.failures)}
        columns={columns.failures}
        rows={figures.repeatedFailures}
        rowKey={(row) => row.userId}
        openRow={byUserId}
        empty={text.failuresEmpty}
        exportLabel={text.exportCsv}
      />
      <ListTable
        name="setup-and-disable-churn"
        title={text.churnTitle}
        intro={text.churnIntro(THRESHOLDS.disables)}
        columns={columns.churn}
        rows={figures.churn}
        rowKey={(row) => row.userId}
        openRow={byUserId}
        empty={text.churnEmpty}
        exportLabel={text.exportCsv}
      />
      <ListTable
        name="bursts-of-failures"
        title={text.burstsTitle}
        intro={text.burstsIntro(THRESHOLDS.burstFailures, THRESHOLDS.burstUsers)}
        columns={columns.bursts}
        rows={figures.bursts}
        rowKey={(row) => row.start}
        empty={text.burstsEmpty}
        exportLabel={text.exportCsv}
      />
    </>
  );
}
