import {
  createMfaClient,
  isMfaApiError,
  type MfaClientOptions,
  type VerificationMethod,
} from '@authblock/mfa-client';
import { DEFAULT_STEP_UP_WINDOW_SECONDS } from './step-up-memory.ts';
import {
  type MfaStepUpLevel,
  type MfaStepUpProof,
  type MfaStepUpRefusalBody,
  readMfaStepUpProof,
  STEP_UP_REQUIRED,
} from './step-up-proof.ts';

/** What the app's server records of a step-up it accepted (in its own session). */
export interface MfaStepUpRecord {
  level: MfaStepUpLevel;
  /** Milliseconds since the epoch, by the server's clock. */
  at: number;
}

export interface VerifyMfaStepUpOptions {
  /** How the server reaches Auth Block: the client's options, without a token. */
  api: Omit<MfaClientOptions, 'token' | 'getToken'>;
  /** The signed-in user, from the app's own session: never from the request body. */
  userId: string;
  /** That session's Auth Block access token. */
  sessionToken: string;
  /** The proof the browser sent, as received (it is checked here, shape included). */
  proof: unknown;
  /** What the action needs. @default 'second-factor' */
  level?: MfaStepUpLevel | undefined;
  /**
   * How old a `sign_in` proof's token, or a `recent` proof's record, may be.
   * @default 600 (10 minutes, the browser's window)
   */
  maxAgeSeconds?: number | undefined;
  /** The session's record of the last step-up it accepted, for a `recent` proof. */
  lastStepUp?: MfaStepUpRecord | null | undefined;
  /** The server's clock. @default Date.now */
  now?: (() => number) | undefined;
}

/** The verdict: act (and record `record` in the session), or answer with the refusal. */
export type MfaStepUpVerdict =
  | {
      ok: true;
      /** Keep it in the session: later `recent` proofs are checked against it. */
      record: MfaStepUpRecord;
      /** What proved it. */
      method: VerificationMethod | 'sign_in' | 'recent' | 'unknown';
    }
  | {
      ok: false;
      /** The HTTP status to answer with. */
      status: number;
      /** The body to answer with, as JSON (the browser reads it with `mfaStepUpError`). */
      body: MfaStepUpRefusalBody;
      /** Headers to answer with (`Retry-After` during a lockout). */
      headers: Record<string, string>;
    };

/**
 * The server half of step-up: checks the proof the browser sent with a sensitive request
 * before the app's server acts on it. Run it in a route handler, a server action or any
 * Node handler, with the user's id and token from the app's session.
 * - `code` / `backup_code`: `POST /users/:id/mfa/verify` with the session's token, so the
 *   code is checked for this user only and spent: Auth Block refuses it a second time
 *   (a TOTP step or backup code works once), and a code of anyone else is wrong here.
 * - `sign_in` (full step-up): the fresh token must reach this user's `/mfa/status` (Auth
 *   Block checks its signature and owner), and its `auth_time`, else `iat`, must be within
 *   `maxAgeSeconds`.
 * - `recent`: accepted only when `lastStepUp` is of the level needed and within the window.
 * Wrong codes, lockouts and Auth Block's own refusals come back as a refusal the browser
 * shows as the sign-in challenge would.
 */
export async function verifyMfaStepUp(options: VerifyMfaStepUpOptions): Promise<MfaStepUpVerdict> {
  const { api, userId, sessionToken, level = 'second-factor', lastStepUp } = options;
  const now = options.now ?? Date.now;
  const maxAgeMs = (options.maxAgeSeconds ?? DEFAULT_STEP_UP_WINDOW_SECONDS) * 1000;
  const proof: MfaStepUpProof | undefined = readMfaStepUpProof(options.proof);
  if (!proof) return refusal(401, STEP_UP_REQUIRED, 'A step-up is required.');
  const accepted = (method: Extract<MfaStepUpVerdict, { ok: true }>['method'], as = level) => ({
    ok: true as const,
    record: { level: as, at: now() },
    method,
  });

  if (proof.kind === 'recent') {
    const isRecent =
      lastStepUp &&
      now() - lastStepUp.at < maxAgeMs &&
      (level === 'second-factor' || lastStepUp.level === 'full');
    return isRecent
      ? { ok: true, record: lastStepUp, method: 'recent' }
      : refusal(401, STEP_UP_REQUIRED, 'A step-up is required.');
  }
  if (proof.kind !== 'sign_in' && level === 'full') {
    return refusal(401, STEP_UP_REQUIRED, 'This action needs your password again.');
  }
  try {
    if (proof.kind === 'sign_in') {
      const client = createMfaClient({ ...api, token: proof.accessToken, retries: 0 });
      // Auth Block checks the token (signature, expiry) and that it is this user's (403).
      await client.mfa.status(userId);
      const issuedAt = tokenAuthTime(proof.accessToken);
      if (issuedAt === undefined || now() - issuedAt * 1000 >= maxAgeMs) {
        return refusal(401, STEP_UP_REQUIRED, 'That sign-in is too old: sign in again.');
      }
      return accepted('sign_in', 'full');
    }
    const client = createMfaClient({ ...api, token: sessionToken, retries: 0 });
    const input = proof.kind === 'backup_code' ? { backupCode: proof.code } : { code: proof.code };
    const verification = await client.mfa.verify(userId, input);
    if (!verification.valid) return refusal(401, 'invalid_mfa_code', 'The code is not valid.');
    return accepted(
      verification.method ?? (proof.kind === 'backup_code' ? 'backup_code' : 'unknown'),
    );
  } catch (error) {
    if (!isMfaApiError(error)) {
      return refusal(503, 'server_error', 'Auth Block could not be reached.');
    }
    // Only Auth Block's canonical code and counts go back: never its words or the code sent.
    const status = error.status === 403 ? 403 : error.status >= 500 ? 502 : error.status;
    return refusal(status, error.code, 'The step-up was refused.', {
      remainingAttempts: error.remainingAttempts,
      retryAfter: error.retryAfter,
    });
  }
}

/**
 * When the person last proved who they are, by a JWT's own claims: OpenID's `auth_time`
 * when the server sets it, else `iat`. The token's signature is not checked here: call
 * this only on a token Auth Block has just accepted.
 */
export function tokenAuthTime(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(json) as { auth_time?: unknown; iat?: unknown };
    const time = typeof claims.auth_time === 'number' ? claims.auth_time : claims.iat;
    return typeof time === 'number' && Number.isFinite(time) ? time : undefined;
  } catch {
    return undefined;
  }
}

function refusal(
  status: number,
  code: string,
  title: string,
  {
    remainingAttempts,
    retryAfter,
  }: { remainingAttempts?: number | undefined; retryAfter?: number | undefined } = {},
): Extract<MfaStepUpVerdict, { ok: false }> {
  return {
    ok: false,
    status,
    body: {
      errors: [
        {
          status: String(status),
          code,
          title,
          ...(remainingAttempts === undefined
            ? {}
            : { meta: { remaining_attempts: remainingAttempts } }),
        },
      ],
    },
    headers: retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) },
  };
}
