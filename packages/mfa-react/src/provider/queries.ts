import type {
  MfaClient,
  MfaSetup,
  MfaSetupInput,
  MfaStatus,
  SignInResult,
} from '@authblock/mfa-client';
import type { QueryClient } from '@tanstack/react-query';
import { mutationOptions, queryOptions } from '@tanstack/react-query';

/** Every query and mutation key the package uses, in one place. */
export const mfaKeys = {
  all: ['@authblock/mfa'] as const,
  statuses: () => [...mfaKeys.all, 'status'] as const,
  status: (userId: string) => [...mfaKeys.statuses(), userId] as const,
  mutation: (name: string, userId?: string) =>
    userId ? ([...mfaKeys.all, name, userId] as const) : ([...mfaKeys.all, name] as const),
};

/**
 * The user's MFA status. The client already retries this read on network errors and 5xx,
 * so the query does not retry again (no request storms).
 */
export function mfaStatusQueryOptions(client: MfaClient, userId: string) {
  return queryOptions({
    queryKey: mfaKeys.status(userId),
    queryFn: ({ signal }) => client.mfa.status(userId, { signal }),
    retry: false,
    staleTime: 30_000,
  });
}

/**
 * Every mutation here carries a password, a code, a secret, backup codes or tokens (the
 * passwordless request only an address, kept no longer either): TanStack keeps a settled
 * mutation, its input and its answer for five minutes by default, readable in Devtools.
 * With `gcTime: 0` it goes as soon as no component uses it; while one does, `data` is there.
 */
const forgetOnceUnused = { gcTime: 0 } as const;

function storeStatus(queryClient: QueryClient, status: MfaStatus) {
  queryClient.setQueryData(mfaKeys.status(status.userId), status);
}

/**
 * Starts setup on a channel: TOTP returns the secret; email sends a code. `regenerate: true`
 * starts over while MFA is on (API reference servers; see `MfaSetupInput`).
 */
export function mfaSetupMutationOptions(client: MfaClient, userId: string) {
  return mutationOptions<MfaSetup, Error, MfaSetupInput>({
    mutationKey: mfaKeys.mutation('setup', userId),
    ...forgetOnceUnused,
    mutationFn: (input) => client.mfa.setup(userId, input),
  });
}

/** Turns MFA on and writes the returned status into the status query. */
export function mfaEnableMutationOptions(client: MfaClient, userId: string) {
  return mutationOptions<MfaStatus, Error, { totpCode: string } | { channel: 'email' }>({
    mutationKey: mfaKeys.mutation('enable', userId),
    ...forgetOnceUnused,
    mutationFn: (input) => client.mfa.enable(userId, input),
    onSuccess: (status, _input, _result, context) => {
      storeStatus(context.client, status);
      // A server that does not say how many backup codes there are: read the status again.
      if (status.backupCodesRemaining === undefined) {
        return context.client.invalidateQueries({ queryKey: mfaKeys.status(userId) });
      }
    },
  });
}

/** Turns MFA off (password required) and writes the returned status into the status query. */
export function mfaDisableMutationOptions(client: MfaClient, userId: string) {
  return mutationOptions<MfaStatus, Error, { password: string }>({
    mutationKey: mfaKeys.mutation('disable', userId),
    ...forgetOnceUnused,
    mutationFn: (input) => client.mfa.disable(userId, input),
    onSuccess: (status, _input, _result, context) => storeStatus(context.client, status),
  });
}

/**
 * Checks a code (`{ code }`) or spends a backup code (`{ backupCode }`, sent where the
 * server's dialect reads it); a spent backup code lowers the cached remaining count.
 */
export function mfaVerifyMutationOptions(client: MfaClient, userId: string) {
  return mutationOptions({
    mutationKey: mfaKeys.mutation('verify', userId),
    ...forgetOnceUnused,
    mutationFn: (input: { code: string } | { backupCode: string }) =>
      client.mfa.verify(userId, input),
    onSuccess: (verification, _input, _result, context) => {
      const remaining = verification.backupCodesRemaining;
      // A server that does not say how many are left: read the status again.
      if (remaining === undefined) {
        return context.client.invalidateQueries({ queryKey: mfaKeys.status(userId) });
      }
      context.client.setQueryData<MfaStatus>(mfaKeys.status(userId), (status) =>
        status ? { ...status, backupCodesRemaining: remaining } : status,
      );
    },
  });
}

/** After a sign-in, a cached status for that user may be stale (a backup code was spent). */
function refreshAfterSignIn(queryClient: QueryClient, result: SignInResult) {
  if (result.status === 'signed_in') {
    void queryClient.invalidateQueries({ queryKey: mfaKeys.status(result.user.id) });
  }
}

/** Email and password, with `mfaCode` on the second step. */
export function signInMutationOptions(client: Pick<MfaClient, 'auth'>) {
  return mutationOptions({
    mutationKey: mfaKeys.mutation('signIn'),
    ...forgetOnceUnused,
    mutationFn: (input: { email: string; password: string; mfaCode?: string }) =>
      client.auth.signIn(input),
    onSuccess: (result, _input, _result, context) => refreshAfterSignIn(context.client, result),
  });
}

/** Emails a passwordless sign-in code. */
export function passwordlessRequestMutationOptions(client: Pick<MfaClient, 'auth'>) {
  return mutationOptions({
    mutationKey: mfaKeys.mutation('passwordlessRequest'),
    ...forgetOnceUnused,
    mutationFn: (input: { email: string }) => client.auth.requestPasswordless(input),
  });
}

/** The emailed sign-in code, with `mfaCode` when the first answer asked for it. */
export function passwordlessVerifyMutationOptions(client: Pick<MfaClient, 'auth'>) {
  return mutationOptions({
    mutationKey: mfaKeys.mutation('passwordlessVerify'),
    ...forgetOnceUnused,
    mutationFn: (input: { email: string; code: string; mfaCode?: string }) =>
      client.auth.verifyPasswordless(input),
    onSuccess: (result, _input, _result, context) => refreshAfterSignIn(context.client, result),
  });
}
