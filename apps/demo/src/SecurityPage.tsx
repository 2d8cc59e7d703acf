import { MfaSettings } from '@authblock/mfa-react/setup';
import { type ReactNode, useId } from 'react';
import { fill, useText } from './i18n.tsx';
import type { DemoSession } from './session.ts';
import { useFocusHeading } from './useFocusHeading.ts';

export interface SecurityPageProps {
  session: DemoSession;
  /** Move focus to the heading on arrival. */
  focusHeading: boolean;
  /** A new value opens the settings card afresh (after the nudge's "Set up again"). */
  settingsKey: number;
  /** Open the card on switching method (setting it up again) instead of the overview. */
  isSwitchAsked: boolean;
  /** Shown under the heading and intro (the backup-code nudge). */
  notice?: ReactNode;
}

/** The account's security settings: the kit's settings card does the work. */
export function SecurityPage({
  session,
  focusHeading,
  settingsKey,
  isSwitchAsked,
  notice,
}: SecurityPageProps) {
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
      {notice}
      <MfaSettings
        key={settingsKey}
        headingLevel={2}
        defaultView={isSwitchAsked ? 'switch' : 'overview'}
      />
    </section>
  );
}
