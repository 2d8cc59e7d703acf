'use client';

import type { MfaChannel } from '@authblock/mfa-client';
import {
  createMfaStepUpFlow,
  type MfaSignInSuccess,
  type MfaStepUpAction,
  type MfaStepUpFlow,
  type MfaStepUpFlowState,
  type MfaStepUpLevel,
  type MfaStepUpMemory,
  type MfaStepUpOutcome,
} from '@authblock/mfa-core';
import { useCallback } from 'react';
import { useFlow } from '../internal/useFlow.ts';
import { useMfaContext, useMfaUserId } from '../provider/MfaProvider.tsx';
import { sharedStepUpMemory } from './step-up-memory.ts';

export interface UseMfaStepUpOptions {
  /**
   * The user's second-factor channel (`useMfaStatus().data.channel`). Only `totp` steps up
   * with a code alone; `email`, `unknown` and `null` take the full step-up (password and
   * second factor): Auth Block emails a code only during sign-in.
   */
  channel: MfaChannel | 'unknown' | null | undefined;
  /** The user's email address, for the full step-up's sign-in. */
  email?: string | undefined;
  /** The signed-in user. @default the provider's `userId` */
  userId?: string | undefined;
  /**
   * Seconds a success is remembered, so the next sensitive action skips the dialog (the
   * app's server still decides). In memory only; `forgetMfaStepUp()` on sign-out.
   * @default 600
   */
  windowSeconds?: number | undefined;
  /** Your own memory instead of the page's shared one (tests, several accounts). */
  memory?: MfaStepUpMemory | undefined;
  /** A full step-up signed in again: the fresh tokens, for the app's session. */
  onSignIn?: ((result: MfaSignInSuccess) => void) | undefined;
}

export interface UseMfaStepUpResult {
  state: MfaStepUpFlowState;
  /** The flow itself, for a dialog of your own. */
  flow: MfaStepUpFlow;
  /**
   * Runs `action` behind a step-up: `done` with its result, or `cancelled` (it never ran).
   * `level: 'full'` asks for the password and second factor whatever the channel.
   */
  run: <T>(
    action: MfaStepUpAction<T>,
    options?: { level?: MfaStepUpLevel | undefined },
  ) => Promise<MfaStepUpOutcome<T>>;
}

/**
 * Step-up before a sensitive action: hand `run` the action that sends the proof to your
 * server, and render `<MfaStepUpDialog stepUp={...} />` (or your own UI over `flow`).
 * The browser proves nothing: your server checks the proof with `verifyMfaStepUp`.
 */
export function useMfaStepUp({
  channel,
  email,
  userId: userIdOption,
  windowSeconds,
  memory,
  onSignIn,
}: UseMfaStepUpOptions): UseMfaStepUpResult {
  const { client } = useMfaContext();
  const userId = useMfaUserId(userIdOption);
  // The account can change under a mounted page (MFA turned off, another channel): each
  // render's facts reach the flow; an open step-up is cancelled when the dialog goes.
  const live = { client, userId, email, channel: channel ?? null, onSignIn };
  const [flow, state] = useFlow(
    () =>
      createMfaStepUpFlow({
        ...live,
        memory: memory ?? sharedStepUpMemory(windowSeconds),
      }),
    live,
  );
  const run = useCallback<UseMfaStepUpResult['run']>(
    (action, options) => flow.run(action, options),
    [flow],
  );
  return { state, flow, run };
}
