'use client';

import type { MfaSignInSuccess } from '@authblock/mfa-react';
import { SignInForm } from '@authblock/mfa-react';
import { useRouter } from 'next/navigation';

/** The kit's sign-in form (it continues into the challenge), then the server's session. */
export function SignIn() {
  const router = useRouter();
  async function onSuccess({ user, tokens }: MfaSignInSuccess) {
    // The route handler checks the token with the API before it keeps it.
    const answer = await fetch('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: user.id, accessToken: tokens.accessToken, email: user.email }),
    });
    if (!answer.ok) return;
    router.push('/security');
    router.refresh();
  }
  return <SignInForm onSuccess={onSuccess} />;
}
