/**
 * The actions the Action filter always offers: the reference's (`user.login`,
 * `session.revoked`, `mfa.*`) and those servers are seen to add (the kit's mock among
 * them): emailed codes (`mfa.email_sent`, `passwordless.code_sent`) and replayed codes.
 */
export const AUDIT_ACTIONS = [
  'user.login',
  'session.revoked',
  'mfa.setup',
  'mfa.enabled',
  'mfa.disabled',
  'mfa.challenge',
  'mfa.email_sent',
  'mfa.verified',
  'mfa.failed',
  'mfa.replay_rejected',
  'mfa.backup_code_used',
  'mfa.locked',
  'passwordless.code_sent',
] as const;

/**
 * The Action filter's options: the known actions, then any other the loaded entries hold
 * (a server's own `mfa.*`), so every action the table can show can also be chosen.
 */
export function auditActionOptions(seen: Iterable<string>): string[] {
  const known = new Set<string>(AUDIT_ACTIONS);
  const others = [...new Set(seen)].filter((action) => !known.has(action)).sort();
  return [...AUDIT_ACTIONS, ...others];
}
