import { useId } from 'react';
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
  return (
    <section className="demo-card" aria-labelledby={headingId}>
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        Welcome to Northwind
      </h1>
      <p>
        You are signed in as <strong>{session.user.email}</strong>.
      </p>
      <button type="button" className="demo-button" onClick={onContinue}>
        Go to Security
      </button>
    </section>
  );
}
