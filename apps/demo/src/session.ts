import type { AuthTokens, AuthUser } from '@authblock/mfa-client';
import { useCallback, useState } from 'react';

/** Who is signed in, with the tokens the `/users/:id/mfa/*` routes need. */
export interface DemoSession {
  user: AuthUser;
  tokens: AuthTokens;
}

const STORAGE_KEY = 'authblock-demo-session';

/**
 * The signed-in session. It survives a reload (sessionStorage: this tab only), against a
 * real backend and against the in-page mock alike (the mock keeps its own state too).
 */
export function useSession() {
  const [session, setSession] = useState<DemoSession | null>(() => {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    return stored ? (JSON.parse(stored) as DemoSession) : null;
  });
  const signIn = useCallback((next: DemoSession) => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    setSession(next);
  }, []);
  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setSession(null);
  }, []);
  return { session, signIn, signOut };
}
