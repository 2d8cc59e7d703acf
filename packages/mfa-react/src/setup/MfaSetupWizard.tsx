'use client';

import type { MfaChannel, MfaSetup, MfaStatus } from '@authblock/mfa-client';
import { parseOtpauthUri } from '@authblock/mfa-core';
import { type ReactElement, type ReactNode, useId, useState } from 'react';
import { BackupCodes } from '../account/BackupCodes.tsx';
import {
  type ClassNameProp,
  type HeadingLevel,
  resolveClassName,
  StepHeading,
} from '../internal/ui.tsx';
import { useOptionalMfaContext, useSetupMessages } from '../provider/MfaProvider.tsx';
import type { MfaMessageOverrides } from '../provider/messages.ts';
import { useMfaMemory } from '../provider/useMfaMemory.ts';
import { ChannelChoice } from './ChannelChoice.tsx';
import { EmailSetup } from './EmailSetup.tsx';
import { TotpSetup } from './TotpSetup.tsx';

export type MfaSetupWizardStep = 'choose' | 'totp' | 'email' | 'backup-codes' | 'done';

export interface MfaSetupWizardState {
  step: MfaSetupWizardStep;
}

export interface MfaSetupWizardProps {
  /** The user; defaults to the provider's `userId`. */
  userId?: string | undefined;
  /**
   * The channel to advise, marked "Recommended" and selected at first: e.g. `'totp'` for
   * owners and admins, as the guide advises per role.
   */
  recommended?: MfaChannel | undefined;
  /** The channels offered (e.g. only `['totp']` where a page requires it). @default both */
  channels?: readonly MfaChannel[] | undefined;
  /** The channel selected at first. @default `recommended`, else 'email' */
  defaultChannel?: MfaChannel | undefined;
  /** MFA was turned on (the backup codes are shown next). */
  onEnabled?: ((status: MfaStatus) => void) | undefined;
  /** MFA is on and the backup codes were saved: the setup is over. */
  onComplete?: ((status: MfaStatus) => void) | undefined;
  /** Shows a "Cancel" button on the first step. */
  onCancel?: (() => void) | undefined;
  /** Focus the heading when the component appears (set it when it replaces other content). */
  autoFocus?: boolean | undefined;
  /** @default 2 */
  headingLevel?: HeadingLevel | undefined;
  /** Added to `abmfa-setup`; may be a function of state. */
  className?: ClassNameProp<MfaSetupWizardState> | undefined;
  messages?: MfaMessageOverrides | undefined;
}

const ALL_CHANNELS: readonly MfaChannel[] = ['email', 'totp'];

type Step =
  | { step: 'choose' }
  | { step: 'totp' | 'email' }
  | {
      step: 'backup-codes';
      codes: readonly string[];
      status: MfaStatus;
      /** What the authenticator entry is filed under, for the backup-codes file. */
      entry: { issuer?: string | undefined; account?: string | undefined };
    }
  | { step: 'done'; status: MfaStatus };

/**
 * The whole setup: choose email or an authenticator app, finish that channel's step (which
 * starts the setup), then save the backup codes. Focus moves to each new step's heading.
 */
export function MfaSetupWizard({
  userId,
  recommended,
  channels = ALL_CHANNELS,
  defaultChannel = recommended && channels.includes(recommended)
    ? recommended
    : (channels[0] ?? 'email'),
  onEnabled,
  onComplete,
  onCancel,
  autoFocus,
  headingLevel = 2,
  className,
  messages: overrides,
}: MfaSetupWizardProps): ReactElement {
  const messages = useSetupMessages(overrides);
  const [channel, setChannel] = useState<MfaChannel>(defaultChannel);
  const [current, setCurrent] = useState<Step>({ step: 'choose' });
  const [moved, setMoved] = useState(false);
  const doneId = useId();
  const go = (next: Step) => {
    setMoved(true);
    setCurrent(next);
  };
  const { remember } = useMfaMemory(userId);
  const stepProps = { userId, headingLevel, messages: overrides, autoFocus: true };
  const context = useOptionalMfaContext();
  const toBackupCodes = (status: MfaStatus, setup: MfaSetup) => {
    // On: whatever switch led here is finished, and the method is known from now on.
    remember({ channel: setup.channel, switchUnfinished: false });
    const entry = setup.channel === 'totp' ? parseOtpauthUri(setup.qrCodeUri) : {};
    go({ step: 'backup-codes', codes: setup.backupCodes, status, entry });
    onEnabled?.(status);
  };

  let content: ReactNode;
  if (current.step === 'totp' || current.step === 'email') {
    const ChannelSetup = current.step === 'totp' ? TotpSetup : EmailSetup;
    content = (
      <ChannelSetup
        {...stepProps}
        onEnabled={toBackupCodes}
        onCancel={() => go({ step: 'choose' })}
      />
    );
  } else if (current.step === 'backup-codes') {
    const { status, entry } = current;
    content = (
      <BackupCodes
        {...stepProps}
        codes={current.codes}
        // The app's own words first; else what the authenticator app files it under.
        appName={context?.appName ?? entry.issuer}
        account={context?.account ?? entry.account}
        continueLabel={messages.done}
        onContinue={() => {
          go({ step: 'done', status });
          onComplete?.(status);
        }}
      />
    );
  } else if (current.step === 'done') {
    const channelName =
      current.status.channel === 'totp' ? messages.channelTotp : messages.channelEmail;
    content = (
      <section className="abmfa-setup__done" aria-labelledby={doneId}>
        <StepHeading level={headingLevel} id={doneId} className="abmfa-setup__heading" autoFocus>
          {messages.setupDoneHeading}
        </StepHeading>
        <p>{messages.setupDoneText(channelName)}</p>
      </section>
    );
  } else {
    content = (
      <ChannelChoice
        channels={channels}
        recommended={recommended}
        channel={channel}
        onChannelChange={setChannel}
        onContinue={() => go({ step: channel })}
        onCancel={onCancel}
        autoFocus={moved || autoFocus}
        headingLevel={headingLevel}
        messages={messages}
      />
    );
  }

  return (
    <div
      className={resolveClassName('abmfa-setup', className, { step: current.step })}
      data-state={current.step}
    >
      {content}
    </div>
  );
}
