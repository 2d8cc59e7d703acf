import { MfaStepUpDialog, useMfaStatus, useMfaStepUp } from '@authblock/mfa-react';
import { MfaSettings } from '@authblock/mfa-react/setup';
import type { ReactNode } from 'react';
import type { DemoBackend } from './config.ts';
import { useText } from './i18n.tsx';
import { SignedInPage } from './SignedInPage.tsx';
import type { DemoSession } from './session.ts';
import { checkStepUp } from './step-up-check.ts';

export interface SecurityPageProps {
  backend: DemoBackend;
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
  backend,
  session,
  focusHeading,
  settingsKey,
  isSwitchAsked,
  notice,
}: SecurityPageProps) {
  const { messages } = useText();
  // "Turn off" asks for the second factor; "Switch method", the way to new backup codes,
  // for the password and second factor (a stolen session must not replace the factor).
  const status = useMfaStatus().data;
  const stepUp = useMfaStepUp({ channel: status?.channel, email: session.user.email });
  const beforeChange = async (view: 'disable' | 'switch') => {
    const level = view === 'switch' ? 'full' : 'second-factor';
    const outcome = await stepUp.run((proof) => checkStepUp(backend, session, level, proof), {
      level,
    });
    return outcome.status === 'done';
  };
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
        beforeChange={beforeChange}
      />
      <MfaStepUpDialog stepUp={stepUp} />
    </SignedInPage>
  );
}
