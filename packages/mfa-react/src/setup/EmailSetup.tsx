'use client';

import type { MfaSetupOf } from '@authblock/mfa-core';
import type { ReactElement } from 'react';
import { useSecretFormMethod } from '../internal/secret-form.ts';
import {
  type ClassNameProp,
  dataFlag,
  type HeadingLevel,
  isolate,
  resolveClassName,
  StepHeading,
} from '../internal/ui.tsx';
import { useEmailCodeMinutes } from '../provider/MfaProvider.tsx';
import { OtpInput } from '../sign-in/OtpInput.tsx';
import { SetupStart } from './SetupStart.tsx';
import { type UseMfaChannelSetupOptions, useMfaEmailSetup } from './useMfaChannelSetup.ts';

export type EmailSetupData = MfaSetupOf<'email'>;

export interface EmailSetupState {
  /** `starting` (no code sent yet), `ready`, or `failed` (setup could not start). */
  step: 'starting' | 'ready' | 'failed';
  isPending: boolean;
  isInvalid: boolean;
}

export interface EmailSetupProps extends UseMfaChannelSetupOptions<'email'> {
  /** Shows a "Back" button. */
  onCancel?: (() => void) | undefined;
  /**
   * Seconds the emailed code lives when the setup answer does not say (`expires_in`).
   * @default the provider's `emailCodeTtl` (600)
   */
  emailCodeTtl?: number | undefined;
  /** Focus the heading when the step appears. */
  autoFocus?: boolean | undefined;
  /** @default 2 */
  headingLevel?: HeadingLevel | undefined;
  /** Added to `abmfa-email-setup`; may be a function of state. */
  className?: ClassNameProp<EmailSetupState> | undefined;
}

/**
 * Email setup: tells where the code went and for how long it works, takes the code,
 * verifies it and turns email MFA on; resend with a visible cooldown.
 */
export function EmailSetup({
  onCancel,
  emailCodeTtl,
  autoFocus,
  headingLevel = 2,
  className,
  ...options
}: EmailSetupProps): ReactElement {
  const method = useSecretFormMethod();
  const email = useMfaEmailSetup(options);
  const { state, messages, ids } = email;
  const shown: EmailSetupState = {
    step: state.step === 'done' ? 'ready' : state.step,
    isPending: state.isPending || state.isStarting,
    isInvalid: Boolean(state.error) && Boolean(state.setup),
  };
  const sentId = `${ids.heading}-sent`;
  const expiryMinutes = useEmailCodeMinutes(state.setup?.expiresIn, emailCodeTtl);
  return (
    <form
      {...email.formProps}
      method={method}
      className={resolveClassName('abmfa-email-setup', className, shown)}
      data-state={shown.step}
      data-loading={dataFlag(shown.isPending)}
      data-invalid={dataFlag(shown.isInvalid)}
    >
      <StepHeading
        level={headingLevel}
        id={ids.heading}
        className="abmfa-email-setup__heading"
        autoFocus={autoFocus}
      >
        {messages.emailHeading}
      </StepHeading>
      {!state.setup ? (
        <SetupStart {...email} />
      ) : (
        <>
          <p className="abmfa-email-setup__sent" id={sentId}>
            {state.setup.sentTo
              ? messages.emailSentTo(isolate(state.setup.sentTo))
              : messages.emailSentToYou}{' '}
            <span className="abmfa-email-setup__expiry">{messages.emailExpiry(expiryMinutes)}</span>
          </p>
          <OtpInput
            {...email.fieldProps}
            description={messages.emailCodeHint}
            describedBy={[sentId, email.fieldProps.describedBy].join(' ').trim()}
          />
          <div className="abmfa-email-setup__actions">
            <button {...email.enableButtonProps} className="abmfa-button abmfa-button--primary" />
            {email.retryButtonProps ? (
              <button {...email.retryButtonProps} className="abmfa-button" />
            ) : null}
            <button {...email.resendButtonProps} className="abmfa-button abmfa-button--link" />
            {onCancel ? (
              <button type="button" className="abmfa-button abmfa-button--link" onClick={onCancel}>
                {messages.back}
              </button>
            ) : null}
          </div>
          <p className="abmfa-email-setup__status" role="status">
            {email.statusMessage}
          </p>
        </>
      )}
    </form>
  );
}
