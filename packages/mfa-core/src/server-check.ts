import type { MfaClient, MfaStatus } from '@authblock/mfa-client';
import { type MfaPolicy, meetsMfaPolicy } from './mfa-policy.ts';

/** The answer of `checkMfaOnServer`: serve the protected data only when `allowed`. */
export type MfaServerCheck =
  | { allowed: true; status: MfaStatus }
  | {
      allowed: false;
      /** `mfa-off`: no second factor; `wrong-channel`: on, but not the policy's channel. */
      reason: 'mfa-off' | 'wrong-channel';
      status: MfaStatus;
    };

export interface MfaServerCheckOptions {
  /**
   * A client made on the server with the signed-in user's own access token
   * (`createMfaClient({ baseUrl, apiKey, token })`): the status route answers for the
   * token's owner only, so a forged `userId` gets a 401 or 403, never someone else's status.
   */
  client: Pick<MfaClient, 'mfa'>;
  /** The signed-in user's id (`unique_id`), as your session knows it. */
  userId: string;
  /** The same policy the page's `RequireMfa` shows, e.g. `{ channel: 'totp' }`. */
  policy: MfaPolicy;
  signal?: AbortSignal | undefined;
}

/**
 * The server-side half of `RequireMfa`. `RequireMfa` is a screen gate: it decides what the
 * browser shows, and anyone holding the user's token can call the API around it. Auth
 * Block enforces no second factor tenant-wide, so only the app's own server (or BFF) can
 * refuse protected data: run this with the user's token before serving it.
 *
 * It reads `GET /users/:id/mfa/status` and applies the policy's second-factor part (a
 * server that names no channel passes a channel policy once MFA is on, as `RequireMfa`
 * does). `backupCodesConfirmed` is a browser-side reminder and is not checked here. An
 * expired token, a refused request or a network failure rejects with the client's typed
 * error: treat every rejection as "not allowed".
 *
 * @example
 * const client = createMfaClient({ baseUrl, apiKey, token: session.accessToken });
 * const check = await checkMfaOnServer({ client, userId: session.userId, policy: { channel: 'totp' } });
 * if (!check.allowed) return new Response(null, { status: 403 });
 */
export async function checkMfaOnServer({
  client,
  userId,
  policy,
  signal,
}: MfaServerCheckOptions): Promise<MfaServerCheck> {
  const status = await client.mfa.status(userId, signal ? { signal } : undefined);
  if (meetsMfaPolicy(status, policy)) return { allowed: true, status };
  return { allowed: false, reason: status.enabled ? 'wrong-channel' : 'mfa-off', status };
}
