import type { MfaChannel } from '@authblock/mfa-client/schemas';
import type { BackendCore, UserRecord } from '../core.ts';
import type { TotpCredential } from '../factors/totp/totp.ts';
import type { MockApiError } from '../internal/errors.ts';
import type { CodeKinds, SpentMethod } from '../second-factor.ts';
import type { MockDialect } from '../types.ts';

/** A second factor as a request carried it: the code, and which kinds its field may hold. */
export interface SecondFactorField {
  code: string;
  kinds: CodeKinds;
}

/** Why a passwordless code was refused. */
export type PasswordlessFailure =
  /** No code is pending: never requested, unknown address, used or cleared. */
  | { kind: 'no_code' }
  /** A wrong guess; `remaining` more are allowed before the code is cleared. */
  | { kind: 'wrong'; remaining: number }
  /** This wrong guess was the last one allowed: the code is cleared. */
  | { kind: 'cleared' }
  /** The right code, past its lifetime. */
  | { kind: 'expired' };

/** What the setup answer is built from. */
export interface SetupAnswer {
  core: BackendCore;
  user: UserRecord;
  setupId: string;
  channel: MfaChannel;
  totp: TotpCredential | null;
  backupCodes: string[];
}

/**
 * One wire dialect: how requests are read and answers and errors are written. The routes
 * hold the rules (what is checked, counted, spent) and call these for every shape, so a
 * dialect changes the wording of the API and never its rules. Every answer is checked
 * against the client's schemas before it is sent (`respond`).
 */
export interface Wire {
  readonly dialect: MockDialect;
  /** `expires_in` of the access tokens this dialect's sign-in documents. */
  readonly accessTokenTtlSeconds: number;

  readSignIn(body: unknown): {
    email: string;
    password: string;
    secondFactor: SecondFactorField | null;
  };
  readPasswordlessVerify(body: unknown): {
    email: string;
    code: string;
    secondFactor: SecondFactorField | null;
  };
  readSetup(body: unknown): { channel: MfaChannel; regenerate: boolean };
  readVerify(body: unknown): SecondFactorField;

  mfaRequired(args: {
    user: UserRecord;
    channel: MfaChannel;
    sentTo?: string | undefined;
    route: 'sign_in' | 'passwordless';
  }): Response;
  signedIn(args: {
    user: UserRecord;
    accessToken: string;
    request: Request;
    now: number;
  }): Response;
  passwordlessRequested(args: { email: string; expiresInSeconds: number }): Response;
  setup(args: SetupAnswer): Response;
  enabled(user: UserRecord): Response;
  disabled(user: UserRecord): Response;
  status(user: UserRecord): Response;
  verified(args: { method: SpentMethod; backupCodesRemaining: number }): Response;

  passwordlessFailure(failure: PasswordlessFailure): MockApiError;
  /** The error document for a failure on `routePath` (a table path), or outside any route. */
  errorResponse(error: MockApiError, routePath: string | null): Response;
}
