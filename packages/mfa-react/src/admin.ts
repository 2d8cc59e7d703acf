/**
 * `@authblock/mfa-react/admin`: the tenant admin's MFA dashboard and audit-events table.
 * A separate entry with its own chart code (d3-scale, d3-shape), so end-user pages never
 * ship it.
 */
export {
  AUDIT_ACTIONS,
  AuditEventsTable,
  type AuditEventsTableProps,
} from './admin/AuditEventsTable.tsx';
export { type Column, toCsv } from './admin/csv.ts';
export { loadAdminMessages } from './admin/i18n.ts';
export { MfaAdoption, type MfaAdoptionProps } from './admin/MfaAdoption.tsx';
export {
  type AdminMessageOverrides,
  type AdminMessages,
  enAdminMessages,
} from './admin/messages.ts';
export {
  adviceFor,
  computeDashboard,
  type DashboardData,
  type DashboardFilters,
  type RoleAdvice,
  THRESHOLDS,
} from './admin/metrics.ts';
export { type TenantMfaData, useTenantMfaData } from './admin/useTenantMfaData.ts';
