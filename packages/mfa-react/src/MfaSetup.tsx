'use client';

import type { MfaChannel, MfaSetup as MfaSetupData, MfaStatus } from '@authblock/mfa-client';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { BackupCodes } from './BackupCodes.tsx';
import { useSetupMessages } from './context.tsx';
import { EmailSetup } from './EmailSetup.tsx';
import { errorText } from './errors.ts';
import { useMfaSetup } from './hooks.ts';
import {
  ActionButton,
  type ClassNameProp,
  dataFlag,
  type HeadingLevel,
  LiveError,
  resolveClassName,
  StepHeading,
} from './internal/ui.tsx';
import { useAction } from './internal/useAction.ts';
import type { MfaMessageOverrides } from './messages.ts';
import { TotpSetup } from './TotpSetup.tsx';

export type MfaSetupStep = 'choose' | 'totp' | 'email' | 'backup-codes' | 'done';

export interface MfaSetupState {
  step: MfaSetupStep;
  isPending: boolean;
}

export interface MfaSetupProps {
  /** The user; defaults to the provider's `userId`. */
  userId?: string;
  /** The channel selected at first. @default `recommended`, else 'email' */
  defaultChannel?: MfaChannel;
  /**
   * The channel to advise, marked "Recommended" and selected at first: e.g. `'totp'` for
   * owners and admins, as the guide advises per role.
   */
  recommended?: MfaChannel;
  /** The channels offered (e.g. only `['totp']` where a page requires it). @default both */
  channels?: readonly MfaChannel[];
  /** MFA is on and the backup codes were saved. */
  onComplete?: (status: MfaStatus) => void;
  /** Shows a "Cancel" button on the first step. */
  onCancel?: () => void;
  /** Focus the heading when the component appears (set it when it replaces other content). */
  autoFocus?: boolean;
  /** @default 2 */
  headingLevel?: HeadingLevel;
  /** Added to `abmfa-setup`; may be a function of state. */
  className?: ClassNameProp<MfaSetupState>;
  messages?: MfaMessageOverrides;
}

const ALL_CHANNELS: readonly MfaChannel[] = ['email', 'totp'];

type Step =
  | { step: 'choose' }
  | { step: 'totp'; setup: Extract<MfaSetupData, { channel: 'totp' }> }
  | { step: 'email'; setup: Extract<MfaSetupData, { channel: 'email' }> }
  | { step: 'backup-codes'; codes: readonly string[]; status: MfaStatus }
  | { step: 'done'; status: MfaStatus };

/**
 * The whole setup: choose email or an authenticator app, finish that channel's step, then
 * save the backup codes. Focus moves to each new step's heading.
 */
export function MfaSetup({
  userId,
  recommended,
  channels = ALL_CHANNELS,
  defaultChannel = recommended && channels.includes(recommended)
    ? recommended
    : (channels[0] ?? 'email'),
  onComplete,
  onCancel,
  autoFocus,
  headingLevel = 2,
  className,
  messages: overrides,
}: MfaSetupProps) {
  const messages = useSetupMessages(overrides);
  const setupMutation = useMfaSetup(userId);
  const action = useAction();
  const [channel, setChannel] = useState<MfaChannel>(defaultChannel);
  const [current, setCurrent] = useState<Step>({ step: 'choose' });
  const [moved, setMoved] = useState(false);
  const id = useId();

  const go = (next: Step) => {
    setMoved(true);
    setCurrent(next);
  };

  const onChoose = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const setup = await setupMutation.mutateAsync({ channel });
      go(setup.channel === 'totp' ? { step: 'totp', setup } : { step: 'email', setup });
    });
  };

  const toBackupCodes = (status: MfaStatus, setup: MfaSetupData) =>
    go({ step: 'backup-codes', codes: setup.backupCodes, status });

  const state: MfaSetupState = { step: current.step, isPending: action.isPending };
  const rootClass = resolveClassName('abmfa-setup', className, state);
  const stepProps = { userId, headingLevel, messages: overrides, autoFocus: true };

  let content: ReactNode;
  switch (current.step) {
    case 'totp':
      content = (
        <TotpSetup
          {...stepProps}
          setup={current.setup}
          onEnabled={toBackupCodes}
          onCancel={() => go({ step: 'choose' })}
        />
      );
      break;
    case 'email':
      content = (
        <EmailSetup
          {...stepProps}
          setup={current.setup}
          onEnabled={toBackupCodes}
          onCancel={() => go({ step: 'choose' })}
        />
      );
      break;
    case 'backup-codes': {
      const { status } = current;
      content = (
        <BackupCodes
          {...stepProps}
          codes={current.codes}
          continueLabel={messages.done}
          onContinue={() => {
            go({ step: 'done', status });
            onComplete?.(status);
          }}
        />
      );
      break;
    }
    case 'done': {
      const channelName =
        current.status.channel === 'totp' ? messages.channelTotp : messages.channelEmail;
      content = (
        <section className="abmfa-setup__done" aria-labelledby={`${id}-done`}>
          <StepHeading
            level={headingLevel}
            id={`${id}-done`}
            className="abmfa-setup__heading"
            autoFocus
          >
            {messages.setupDoneHeading}
          </StepHeading>
          <p>{messages.setupDoneText(channelName)}</p>
        </section>
      );
      break;
    }
    default:
      content = (
        <form
          className="abmfa-setup__choose"
          aria-labelledby={`${id}-heading`}
          aria-busy={action.isPending}
          data-loading={dataFlag(action.isPending)}
          noValidate
          onSubmit={onChoose}
        >
          <StepHeading
            level={headingLevel}
            id={`${id}-heading`}
            className="abmfa-setup__heading"
            autoFocus={moved || autoFocus}
          >
            {messages.setupHeading}
          </StepHeading>
          <p className="abmfa-setup__intro">{messages.setupIntro}</p>
          <fieldset className="abmfa-setup__channels">
            <legend className="abmfa-setup__legend">{messages.channelLegend}</legend>
            {channels.map((option) => (
              <div
                key={option}
                className="abmfa-setup__channel"
                data-state={channel === option ? 'checked' : 'unchecked'}
              >
                <input
                  id={`${id}-${option}`}
                  type="radio"
                  name={`${id}-channel`}
                  value={option}
                  checked={channel === option}
                  onChange={() => setChannel(option)}
                  aria-describedby={`${id}-${option}-description`}
                  className="abmfa-setup__channel-input"
                />
                <label htmlFor={`${id}-${option}`} className="abmfa-setup__channel-label">
                  {option === 'email' ? messages.channelEmail : messages.channelTotp}
                  {option === recommended ? (
                    <span className="abmfa-setup__recommended"> {messages.recommendedBadge}</span>
                  ) : null}
                </label>
                <p id={`${id}-${option}-description`} className="abmfa-setup__channel-description">
                  {option === 'email'
                    ? messages.channelEmailDescription
                    : messages.channelTotpDescription}
                </p>
              </div>
            ))}
          </fieldset>
          <LiveError
            id={`${id}-error`}
            className="abmfa-error"
            message={action.error ? errorText(action.error, messages) : undefined}
            announceKey={action.errorCount}
          />
          <div className="abmfa-setup__actions">
            <ActionButton
              type="submit"
              className="abmfa-button abmfa-button--primary"
              isPending={action.isPending}
              pendingLabel={messages.startingSetup}
            >
              {messages.startSetup}
            </ActionButton>
            {onCancel ? (
              <button type="button" className="abmfa-button" onClick={onCancel}>
                {messages.cancel}
              </button>
            ) : null}
          </div>
        </form>
      );
  }

  return (
    <div className={rootClass} data-state={current.step} data-loading={dataFlag(action.isPending)}>
      {content}
    </div>
  );
}
