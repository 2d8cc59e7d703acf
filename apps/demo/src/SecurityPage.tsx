import { MfaSettings } from '@authblock/mfa-react/setup';
import { useId } from 'react';
import { fill, useText } from './i18n.tsx';
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
  const { messages } = useText();
  return (
    <section className="demo-security" aria-labelledby={headingId}>
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        {messages.pageSecurity}
      </h1>
      <p className="demo-muted">
        {fill(messages.securityIntro, {
          email: (
            <strong>
              <bdi>{session.user.email}</bdi>
            </strong>
          ),
        })}
      </p>
      <MfaSettings headingLevel={2} />
    </section>
  );
}
