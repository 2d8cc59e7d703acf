'use client';

import type { ReactElement } from 'react';
import { useSecretFormMethod } from '../internal/secret-form.ts';
import {
  type ClassNameProp,
  dataFlag,
  type HeadingLevel,
  resolveClassName,
  StepHeading,
} from '../internal/ui.tsx';
import { MfaClockHint } from '../step-up/MfaClockHint.tsx';
import { useTotpRejections } from '../step-up/useTotpRejections.ts';
import { OtpInput } from './OtpInput.tsx';
import { type UseMfaChallengeOptions, useMfaChallenge } from './useMfaChallenge.ts';

export interface MfaChallengeState {
  /** `code` (the channel's code), `backup` (a backup code), `locked` or `done`. */
  step: 'code' | 'backup' | 'locked' | 'done';
  isPending: boolean;
  isInvalid: boolean;
}

export interface MfaChallengeProps extends UseMfaChallengeOptions {
  /** Shows a "Back" button, e.g. to return to the password form. */
  onCancel?: (() => void) | undefined;
  /** @default 2 */
  headingLevel?: HeadingLevel | undefined;
  /** Added to `abmfa-challenge`; may be a function of state. */
  className?: ClassNameProp<MfaChallengeState> | undefined;
}

/**
 * The second sign-in step: a code for the user's channel, or a backup code instead;
 * resend for email codes, a countdown while locked out, and `onSuccess` with the tokens.
 * All of it comes from `useMfaChallenge`; this is one rendering of it.
 */
export function MfaChallenge({
  onCancel,
  headingLevel = 2,
  className,
  ...options
}: MfaChallengeProps): ReactElement {
  const method = useSecretFormMethod();
  const challenge = useMfaChallenge(options);
  const { state, messages } = challenge;
  // The API reference's sign-in names no channel, and documents authenticator codes only.
  const totpRejections = useTotpRejections({
    errorCount: state.errorCount,
    isRejected: state.isCodeRejected,
    isTotp: !state.isBackupCode && state.channel !== 'email',
  });
  const shown: MfaChallengeState = {
    step: state.step,
    isPending: state.isPending,
    isInvalid: Boolean(challenge.errorMessage),
  };
  return (
    <form
      {...challenge.formProps}
      method={method}
      className={resolveClassName('abmfa-challenge', className, shown)}
      data-state={state.step}
      data-channel={state.channel}
      data-loading={dataFlag(state.isPending)}
      data-invalid={dataFlag(shown.isInvalid)}
    >
      <StepHeading
        level={headingLevel}
        {...challenge.headingProps}
        className="abmfa-challenge__heading"
      />
      <OtpInput key={state.isBackupCode ? 'backup' : 'code'} {...challenge.fieldProps} />
      {challenge.lockoutProps ? (
        <p {...challenge.lockoutProps} className="abmfa-challenge__lockout" data-state="locked" />
      ) : null}
      <MfaClockHint totpRejections={totpRejections} />
      <div className="abmfa-challenge__actions">
        <button {...challenge.verifyButtonProps} className="abmfa-button abmfa-button--primary" />
        {challenge.retryButtonProps ? (
          <button {...challenge.retryButtonProps} className="abmfa-button" />
        ) : null}
        {challenge.switchButtonProps ? (
          <button {...challenge.switchButtonProps} className="abmfa-button abmfa-button--link" />
        ) : null}
        {challenge.resendButtonProps ? (
          <button {...challenge.resendButtonProps} className="abmfa-button abmfa-button--link" />
        ) : null}
        {onCancel ? (
          <button type="button" className="abmfa-button abmfa-button--link" onClick={onCancel}>
            {messages.back}
          </button>
        ) : null}
      </div>
      <div className="abmfa-challenge__status" role="status">
        {challenge.statusMessage}
      </div>
    </form>
  );
}
