import type { MfaChannel, MfaStatus } from '@authblock/mfa-client';

/**
 * What a page requires of the signed-in user's second factor. Auth Block has no
 * tenant-wide enforcement, so an app enforces it per page: `RequireMfa` (mfa-react) gates
 * the screen with it, `checkMfaOnServer` gates the data on the app's server.
 */
export type MfaPolicy = (
  | {
      /** This channel, e.g. `'totp'` for admins (the guide: "require TOTP"). */
      channel: MfaChannel;
    }
  | {
      /** Any second factor. */
      any: true;
    }
) & {
  /**
   * Also require that the user confirmed saving their backup codes (the guide, for
   * high-security roles: "verify backup codes are saved").
   */
  backupCodesConfirmed?: boolean | undefined;
};

/** Whether `status` meets `policy`'s second-factor part. */
export function meetsMfaPolicy(status: MfaStatus, policy: MfaPolicy): boolean {
  if (!status.enabled) return false;
  // A server that does not say which channel is on (the reference's status route)
  // cannot be checked further: MFA is on, so it is accepted.
  if ('channel' in policy && status.channel !== 'unknown') return status.channel === policy.channel;
  return true;
}
