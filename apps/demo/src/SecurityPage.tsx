import { MfaSettings } from '@authblock/mfa-react/setup';
import { useId } from 'react';
import type { DemoSession } from './session.ts';

export interface SecurityPageProps {
  session: DemoSession;
}

/** The account's security settings: the kit's settings card does the work. */
export function SecurityPage({ session }: SecurityPageProps) {
  const headingId = useId();
  return (
    <section className="demo-security" aria-labelledby={headingId}>
      <h1 id={headingId}>Security</h1>
      <p className="demo-muted">
        Signed in as <strong>{session.user.email}</strong>. Add a second step to your sign-in so a
        stolen password is not enough.
      </p>
      <MfaSettings headingLevel={2} />
    </section>
  );
}
