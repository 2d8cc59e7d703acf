'use client';

/**
 * `@authblock/mfa-admin-react`: the tenant admin's MFA dashboard and audit-events table.
 * A package of its own with its chart code (d3-scale, d3-shape), so apps that never render
 * it never install it. Data through TanStack Query; the figures and exports without React
 * are in `@authblock/mfa-admin-react/model`.
 */
export { AuditEventsTable, type AuditEventsTableProps } from './AuditEventsTable.tsx';
export { loadAdminMessages } from './i18n.ts';
export { MfaAdoption, type MfaAdoptionProps } from './MfaAdoption.tsx';
export {
  type AdminMessageOverrides,
  type AdminMessages,
  enAdminMessages,
} from './messages.ts';
export {
  AUDIT_ACTIONS,
  adviceFor,
  type Column,
  computeDashboard,
  type DashboardData,
  type DashboardFilters,
  type RoleAdvice,
  THRESHOLDS,
  toCsv,
} from './model.ts';
export {
  adminKeys,
  auditPageOptions,
  HISTORY_MS,
  historyPagesOptions,
  usersPagesOptions,
} from './queries.ts';
export { type AuditLogPageState, useAuditLogPage } from './useAuditLogPage.ts';
export {
  type LoadProgress,
  type TenantMfaData,
  type UseTenantMfaDataOptions,
  useTenantMfaData,
} from './useTenantMfaData.ts';
