import { MfaSettings } from '@authblock/mfa-react/setup';
import type { ReactNode } from 'react';
import { useText } from './i18n.tsx';
import { SignedInPage } from './SignedInPage.tsx';
import type { DemoSession } from './session.ts';

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
  const { messages } = useText();
  return (
    <SignedInPage
      className="demo-security"
      title={messages.pageSecurity}
      intro={messages.securityIntro}
      session={session}
      focusHeading={focusHeading}
      notice={notice}
    >
      <MfaSettings
        key={settingsKey}
        headingLevel={2}
        defaultView={isSwitchAsked ? 'switch' : 'overview'}
      />
    </SignedInPage>
  );
}
