'use client';

import { countTotpRejections } from '@authblock/mfa-core';
import { useEffect, useRef, useState } from 'react';

interface FailureState {
  /** Goes up on every failure (the flows' `errorCount`). */
  errorCount: number;
  /** The latest failure refused the code itself. */
  isRejected: boolean;
  /** The code was an authenticator's (not a backup or emailed one). */
  isTotp: boolean;
}

/**
 * Authenticator codes refused in a row, read off a flow's state (challenge, setup): one
 * more for each new failure that refused an authenticator code, by the core's rule.
 */
export function useTotpRejections({ errorCount, isRejected, isTotp }: FailureState): number {
  const [count, setCount] = useState(0);
  const seen = useRef(errorCount);
  useEffect(() => {
    if (errorCount === seen.current) return;
    seen.current = errorCount;
    setCount((previous) => countTotpRejections(previous, { isTotp, isRejected }));
  }, [errorCount, isRejected, isTotp]);
  return count;
}
