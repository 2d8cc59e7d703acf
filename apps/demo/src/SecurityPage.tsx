import { MfaSettings } from '@authblock/mfa-react/setup';
import { useId } from 'react';
import type { DemoSession } from './session.ts';
import { useFocusHeading } from './useFocusHeading.ts';

export interface SecurityPageProps {
  session: DemoSession;
  /** Move focus to the heading on arrival. */
  focusHeading: boolean;
}

/** The account's security settings: the kit's settings card does the work. */
export function SecurityPage({ session, focusHeading }: SecurityPageProps) {
  const headingId = useId();
  const headingRef = useFocusHeading(focusHeading);
  return (
    <section className="demo-security" aria-labelledby={headingId}>
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        Security
      </h1>
      <p className="demo-muted">
        Signed in as <strong>{session.user.email}</strong>. Add a second step to your sign-in so a
        stolen password is not enough.
      </p>
      <MfaSettings headingLevel={2} />
    </section>
  );
}
