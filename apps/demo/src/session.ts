import type { AuthTokens, AuthUser } from '@authblock/mfa-client';
import { useCallback, useState } from 'react';

/** Who is signed in, with the tokens the `/users/:id/mfa/*` routes need. */
export interface DemoSession {
  user: AuthUser;
  tokens: AuthTokens;
}

const STORAGE_KEY = 'authblock-demo-session';

/**
 * The signed-in session. Against a real backend it survives a reload (sessionStorage, this
 * tab only); against the in-page mock it cannot, since the mock itself starts afresh.
 */
export function useSession(persist: boolean) {
  const [session, setSession] = useState<DemoSession | null>(() => {
    if (!persist) return null;
    const stored = sessionStorage.getItem(STORAGE_KEY);
    return stored ? (JSON.parse(stored) as DemoSession) : null;
  });
  const signIn = useCallback(
    (next: DemoSession) => {
      if (persist) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      setSession(next);
    },
    [persist],
  );
  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setSession(null);
  }, []);
  return { session, signIn, signOut };
}
