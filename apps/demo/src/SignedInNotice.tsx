import { useId } from 'react';
import { fill, useText } from './i18n.tsx';
import type { DemoSession } from './session.ts';
import { useFocusHeading } from './useFocusHeading.ts';

export interface SignedInNoticeProps {
  session: DemoSession;
  onContinue: () => void;
  /** Move focus to the heading on arrival. */
  focusHeading: boolean;
}

/** The sign-in page's address while signed in (the browser's Back after signing in). */
export function SignedInNotice({ session, onContinue, focusHeading }: SignedInNoticeProps) {
  const headingId = useId();
  const headingRef = useFocusHeading(focusHeading);
  const { messages } = useText();
  return (
    <section className="demo-card" aria-labelledby={headingId}>
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        {messages.welcome}
      </h1>
      <p>
        {fill(messages.signedInAs, {
          email: (
            <strong>
              <bdi>{session.user.email}</bdi>
            </strong>
          ),
        })}
      </p>
      <button type="button" className="demo-button" onClick={onContinue}>
        {messages.goToSecurity}
      </button>
    </section>
  );
}
