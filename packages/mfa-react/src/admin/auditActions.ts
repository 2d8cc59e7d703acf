/** The actions offered in the filter: the reference's, and the MFA ones the mock adds. */
export const AUDIT_ACTIONS = [
  'user.login',
  'mfa.challenge',
  'mfa.verified',
  'mfa.failed',
  'mfa.setup',
  'mfa.enabled',
  'mfa.disabled',
  'mfa.backup_code_used',
  'mfa.locked',
] as const;
