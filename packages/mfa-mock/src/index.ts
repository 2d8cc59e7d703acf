export { createMockBackend } from './backend.ts';
export { ADMIN_USER, DEFAULT_API_KEY, DEMO_USER } from './core.ts';
export type { EmailPurpose } from './factors/email/email-codes.ts';
export type { MockErrorCode } from './internal/error-codes.ts';
export { type ScenarioOptions, type ScenarioRoute, scenarios } from './scenarios.ts';
export { authenticatorCode } from './shortcuts.ts';
export type {
  EnabledMfa,
  MockAuditAction,
  MockAuditEvent,
  MockBackend,
  MockBackendOptions,
  MockDialect,
  MockEmail,
  MockRole,
  MockSeedUser,
  MockStateSnapshot,
  MockUserSnapshot,
} from './types.ts';
