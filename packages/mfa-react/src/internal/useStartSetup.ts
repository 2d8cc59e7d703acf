'use client';

import type { MfaSetup } from '@authblock/mfa-client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useMfaSetup } from '../hooks.ts';
import { useAction } from './useAction.ts';

type SetupOf<Channel extends MfaSetup['channel']> = Extract<MfaSetup, { channel: Channel }>;

/**
 * The setup a step works on: the one it was given, or one it starts itself when it
 * appears. The start is guarded by a ref so React StrictMode's double mount (and any
 * re-render) cannot start it twice: a second setup would replace the first secret.
 */
export function useStartSetup<Channel extends MfaSetup['channel']>(
  channel: Channel,
  given: SetupOf<Channel> | undefined,
  userId: string | undefined,
) {
  const setupMutation = useMfaSetup(userId);
  const action = useAction();
  const [started, setStarted] = useState<SetupOf<Channel> | undefined>(undefined);
  const didStart = useRef(false);
  const { mutateAsync } = setupMutation;

  const start = useCallback(
    () =>
      action.run(async () => {
        const next = await mutateAsync({ channel });
        setStarted(next as SetupOf<Channel>);
      }),
    [action.run, mutateAsync, channel],
  );

  useEffect(() => {
    if (given || didStart.current) return;
    didStart.current = true;
    void start();
  }, [given, start]);

  return {
    /** The newest setup: a restart (email resend) replaces the one given. */
    setup: started ?? given,
    isStarting: action.isPending,
    startError: action.error,
    startErrorCount: action.errorCount,
    /** A start that failed is being tried again (its "Try again" button stays, pending). */
    isRetrying: action.isPending && action.errorCount > 0,
    /**
     * Starts setup (again); resolves `true` once it started. For email this sends a new
     * code and new backup codes.
     */
    restart: start,
    /** Runs a restart and reports its failure to the caller instead of `startError`. */
    restartAsync: async () => {
      const next = await mutateAsync({ channel });
      setStarted(next as SetupOf<Channel>);
      return next as SetupOf<Channel>;
    },
  };
}
