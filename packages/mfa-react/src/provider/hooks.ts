'use client';

import type { MfaStatus } from '@authblock/mfa-client';
import {
  type UseMutationOptions,
  type UseMutationResult,
  type UseQueryResult,
  useMutation,
  useQuery,
} from '@tanstack/react-query';
import { useMfaClient, useMfaContext, useMfaUserId } from './MfaProvider.tsx';

// TanStack Query hooks, one per route: for your own flows. The kit's flows (sign-in,
// challenge, setup, disable) are the `useMfa*` flow hooks, which keep every rule.
import {
  mfaDisableMutationOptions,
  mfaEnableMutationOptions,
  mfaSetupMutationOptions,
  mfaStatusQueryOptions,
  mfaVerifyMutationOptions,
  passwordlessRequestMutationOptions,
  passwordlessVerifyMutationOptions,
  signInMutationOptions,
} from './queries.ts';

/** What `useMutation` returns for one of the option factories below. */
type MutationOf<Factory extends (...args: never[]) => unknown> =
  ReturnType<Factory> extends UseMutationOptions<infer Data, infer Failure, infer Input>
    ? UseMutationResult<Data, Failure, Input>
    : never;

/** The user's MFA status (`enabled`, `channel`, `backupCodesRemaining`). */
export function useMfaStatus(userId?: string): UseQueryResult<MfaStatus, Error> {
  const client = useMfaClient();
  return useQuery(mfaStatusQueryOptions(client, useMfaUserId(userId)));
}

/** Starts setup: `mutate({ channel: 'totp' | 'email' })`. */
export function useMfaSetupMutation(userId?: string): MutationOf<typeof mfaSetupMutationOptions> {
  const client = useMfaClient();
  return useMutation(mfaSetupMutationOptions(client, useMfaUserId(userId)));
}

/** Turns MFA on: `mutate({ totpCode })` or `mutate({ channel: 'email' })`. */
export function useMfaEnableMutation(userId?: string): MutationOf<typeof mfaEnableMutationOptions> {
  const client = useMfaClient();
  return useMutation(mfaEnableMutationOptions(client, useMfaUserId(userId)));
}

/** Checks a TOTP or emailed code, `mutate({ code })`, or a backup code, `mutate({ backupCode })`. */
export function useMfaVerifyMutation(userId?: string): MutationOf<typeof mfaVerifyMutationOptions> {
  const client = useMfaClient();
  return useMutation(mfaVerifyMutationOptions(client, useMfaUserId(userId)));
}

/** Turns MFA off: `mutate({ password })`. */
export function useMfaDisableMutation(
  userId?: string,
): MutationOf<typeof mfaDisableMutationOptions> {
  const client = useMfaClient();
  return useMutation(mfaDisableMutationOptions(client, useMfaUserId(userId)));
}

/** Email and password sign-in; call again with `mfaCode` after an `mfa_required` result. */
export function useSignInMutation(): MutationOf<typeof signInMutationOptions> {
  const { client } = useMfaContext();
  return useMutation(signInMutationOptions(client));
}

/** Emails a passwordless sign-in code. */
export function usePasswordlessRequestMutation(): MutationOf<
  typeof passwordlessRequestMutationOptions
> {
  const { client } = useMfaContext();
  return useMutation(passwordlessRequestMutationOptions(client));
}

/** Verifies the emailed sign-in code; call again with `mfaCode` after `mfa_required`. */
export function usePasswordlessVerifyMutation(): MutationOf<
  typeof passwordlessVerifyMutationOptions
> {
  const { client } = useMfaContext();
  return useMutation(passwordlessVerifyMutationOptions(client));
}
