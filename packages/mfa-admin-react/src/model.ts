/**
 * `@authblock/mfa-admin-react/model`: the dashboard's figures and the exports without
 * React, so a server job, a scheduled report or a test gets the very numbers and CSV the
 * dashboard shows.
 */
export { AUDIT_ACTIONS, auditActionOptions } from './model/audit-actions.ts';
export { auditColumns } from './model/audit-columns.ts';
export { BOM, type Column, isoWithOffset, toCsv } from './model/csv.ts';
export { dashboardColumns } from './model/dashboard-columns.ts';
export { type DashboardFormat, dashboardFormat } from './model/dashboard-format.ts';
export {
  type AdoptionPoint,
  adviceFor,
  type BackupUsageRow,
  type BurstRow,
  type ChannelSplit,
  type ChurnRow,
  computeDashboard,
  type DashboardData,
  type DashboardFilters,
  type FailureRow,
  isPerson,
  RANGES,
  type RangeKey,
  type RoleAdvice,
  type RoleRow,
  rangeEndingAt,
  rolesOf,
  THRESHOLDS,
  type TimeRange,
} from './model/metrics.ts';
