'use client';

import { useCallback, useRef, useState } from 'react';

/**
 * Runs one async task at a time. A second call while one is in flight is dropped, so a
 * double click, Enter held down or a re-render cannot send the same request twice (a
 * `ref` guards it: state updates land too late to stop a second click in the same frame).
 */
export function useAction() {
  const inFlight = useRef(false);
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // Bumped per failure so a live region re-announces a repeated, identical message.
  const [errorCount, setErrorCount] = useState(0);

  const run = useCallback(async (task: () => Promise<void>): Promise<boolean> => {
    if (inFlight.current) return false;
    inFlight.current = true;
    setPending(true);
    setError(null);
    try {
      await task();
      return true;
    } catch (caught) {
      setError(caught);
      setErrorCount((count) => count + 1);
      return false;
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  }, []);

  const clearError = useCallback(() => setError(null), []);
  const fail = useCallback((reason: unknown) => {
    setError(reason);
    setErrorCount((count) => count + 1);
  }, []);

  return { run, isPending, error, errorCount, clearError, fail };
}
