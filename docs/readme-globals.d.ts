// Names the README snippets leave to the reader: values the app already has and functions
// it writes itself. Declared once here for scripts/check-readme-snippets.mjs; a snippet
// that defines one of these names itself shadows it (each snippet is a module).
import type {
  AuthTokens,
  AuthUser,
  MfaChannel,
  MfaClient,
  MfaRequired,
} from '@authblock/mfa-client';
import type { MfaChallengeCredentials } from '@authblock/mfa-core';
import type { ReactNode } from 'react';

declare global {
  /** What the person typed on the app's sign-in form. */
  const email: string;
  const password: string;
  /** A code the person typed. */
  const code: string;
  /** The signed-in user's id (`unique_id`). */
  const userId: string;
  /** The app's session after sign-in, however it keeps it. */
  const session: { accessToken: string; user: AuthUser; tokens: AuthTokens };
  /** The app's settings for the Auth Block API. */
  const baseUrl: string;
  const apiKey: string;
  function getToken(): string | undefined;
  /** Cancels a long read (an `AbortController`'s signal). */
  const signal: AbortSignal;
  const lastWeek: Date;
  /** A client from `createMfaClient()`, made earlier in the app. */
  const client: MfaClient;
  function setSession(session: { user: AuthUser; tokens: AuthTokens }): void;
  function save(user: AuthUser, tokens: AuthTokens): void;
  function askForCode(channel: MfaChannel | 'unknown'): Promise<string>;
  function showQr(qrCodeUri: string, secret: string, backupCodes: string[]): void;
  function showLockout(retryAfterSeconds: number | undefined): void;
  function showProgress(done: number, total: number): void;
  /** A page of the app. */
  function AdminPage(): ReactNode;
  /** What a protected page serves, once the server's check passed. */
  function loadTheProtectedData(): Promise<unknown>;
  /** A sign-in that answered "MFA required", and what the person signed in with. */
  const challenge: MfaRequired;
  const credentials: MfaChallengeCredentials;
  function onSuccess(result: { user: AuthUser; tokens: AuthTokens }): void;
  /** The app's own rendering, outside React. */
  function render(state: unknown): void;
}
