'use client';

import type { MfaSetup, MfaStatus } from '@authblock/mfa-client';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useSetupMessages } from './context.tsx';
import { errorText, isCodeRejected, isTransient, retryAfterSeconds } from './errors.ts';
import { useMfaEnable, useMfaVerify } from './hooks.ts';
import {
  ActionButton,
  type ClassNameProp,
  dataFlag,
  type HeadingLevel,
  LiveError,
  resolveClassName,
  StepHeading,
  useFocusAfterRender,
} from './internal/ui.tsx';
import { useAction } from './internal/useAction.ts';
import { useCountdown } from './internal/useCountdown.ts';
import { useStartSetup } from './internal/useStartSetup.ts';
import type { MfaMessageOverrides } from './messages.ts';
import { OtpInput } from './OtpInput.tsx';

export type EmailSetupData = Extract<MfaSetup, { channel: 'email' }>;

export interface EmailSetupState {
  /** `starting` (no code sent yet), `ready`, or `failed` (setup could not start). */
  step: 'starting' | 'ready' | 'failed';
  isPending: boolean;
  isInvalid: boolean;
}

export interface EmailSetupProps {
  /** A started email setup (the code is already sent). Without it the component starts one. */
  setup?: EmailSetupData;
  /** The user; defaults to the provider's `userId`. */
  userId?: string;
  /** Email MFA is on: the new status and the newest setup (whose backup codes to show next). */
  onEnabled?: (status: MfaStatus, setup: EmailSetupData) => void;
  /** Shows a "Back" button. */
  onCancel?: () => void;
  /**
   * Seconds before "Resend code" may be used, after each send; the server's
   * `Retry-After` wins when it answers 429.
   * @default 30
   */
  resendCooldown?: number;
  /** Focus the heading when the step appears. */
  autoFocus?: boolean;
  /** @default 2 */
  headingLevel?: HeadingLevel;
  /** Added to `abmfa-email-setup`; may be a function of state. */
  className?: ClassNameProp<EmailSetupState>;
  messages?: MfaMessageOverrides;
}

/** Seconds an emailed code lives when the server does not say. */
const DEFAULT_EXPIRY_SECONDS = 600;

/**
 * Email setup: tells where the code went and for how long it works, takes the code,
 * verifies it and turns email MFA on; resend with a visible cooldown.
 */
export function EmailSetup({
  setup: givenSetup,
  userId,
  onEnabled,
  onCancel,
  resendCooldown = 30,
  autoFocus,
  headingLevel = 2,
  className,
  messages: overrides,
}: EmailSetupProps) {
  const messages = useSetupMessages(overrides);
  const started = useStartSetup('email', givenSetup, userId);
  const verify = useMfaVerify(userId);
  const enable = useMfaEnable(userId);
  const action = useAction();
  const resend = useAction();
  const resendTimer = useCountdown(resendCooldown);
  const [code, setCode] = useState('');
  const [resent, setResent] = useState(false);
  // The emailed code is single use: once accepted, a retry only repeats the enable call.
  const verifiedCode = useRef<string | null>(null);
  const lastCode = useRef<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const focusSoon = useFocusAfterRender();
  const id = useId();
  const setup = started.setup;

  const submit = (value: string) => {
    if (!setup) return;
    lastCode.current = value;
    void action.run(async () => {
      try {
        if (verifiedCode.current !== value) {
          await verify.mutateAsync({ code: value });
          verifiedCode.current = value;
        }
        const status = await enable.mutateAsync({ channel: 'email' });
        onEnabled?.(status, setup);
      } catch (error) {
        requestAnimationFrame(() => inputRef.current?.select());
        throw error;
      }
    });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!code) {
      inputRef.current?.focus();
      return;
    }
    submit(code);
  };

  const onResend = () => {
    setResent(false);
    void resend.run(async () => {
      try {
        await started.restartAsync();
        verifiedCode.current = null;
        action.clearError();
        setCode('');
        setResent(true);
        resendTimer.start(resendCooldown);
        // The new code goes in the field: take the user there (the button is in cooldown).
        focusSoon(() => inputRef.current);
      } catch (error) {
        resendTimer.start(retryAfterSeconds(error) ?? resendCooldown);
        focusSoon(() => inputRef.current);
        throw error;
      }
    });
  };

  // "Try again" disappears while its request runs: focus goes to the field first.
  const onRetry = () => {
    if (!lastCode.current) return;
    inputRef.current?.focus();
    submit(lastCode.current);
  };

  // The start's "Try again" stays (pending) while it runs; once the code is sent it is
  // gone with the rest of the failed state, so focus moves to the new code field.
  const retryStart = async () => {
    if (await started.restart()) focusSoon(() => inputRef.current);
  };

  const error = action.error ?? resend.error ?? started.startError;
  const errorMessage = error ? errorText(error, messages) : undefined;
  const state: EmailSetupState = {
    step: setup ? 'ready' : started.startError ? 'failed' : 'starting',
    isPending: action.isPending || started.isStarting,
    isInvalid: Boolean(action.error),
  };
  const canRetry = Boolean(action.error) && isTransient(action.error) && lastCode.current !== null;
  const expiryMinutes = Math.max(1, Math.round((setup?.expiresIn ?? DEFAULT_EXPIRY_SECONDS) / 60));

  return (
    <form
      className={resolveClassName('abmfa-email-setup', className, state)}
      data-state={state.step}
      data-loading={dataFlag(state.isPending)}
      data-invalid={dataFlag(state.isInvalid)}
      aria-labelledby={`${id}-heading`}
      aria-busy={state.isPending}
      noValidate
      onSubmit={onSubmit}
    >
      <StepHeading
        level={headingLevel}
        id={`${id}-heading`}
        className="abmfa-email-setup__heading"
        autoFocus={autoFocus}
      >
        {messages.emailHeading}
      </StepHeading>
      {!setup ? (
        <>
          <p className="abmfa-status" role="status">
            {started.isStarting ? messages.loading : ''}
          </p>
          <LiveError
            id={`${id}-start-error`}
            className="abmfa-error"
            message={errorMessage}
            announceKey={started.startErrorCount}
          />
          {started.startError || started.isRetrying ? (
            <ActionButton
              className="abmfa-button"
              onClick={() => void retryStart()}
              isPending={started.isStarting}
            >
              {messages.retry}
            </ActionButton>
          ) : null}
        </>
      ) : (
        <>
          <p className="abmfa-email-setup__sent" id={`${id}-sent`}>
            {setup.sentTo ? messages.emailSentTo(setup.sentTo) : messages.emailSentToYou}{' '}
            <span className="abmfa-email-setup__expiry">
              {messages.emailExpiry(messages.minutes(expiryMinutes))}
            </span>
          </p>
          <OtpInput
            value={code}
            onValueChange={setCode}
            onComplete={submit}
            description={messages.emailCodeHint}
            errorMessage={errorMessage}
            errorKey={action.errorCount + resend.errorCount}
            isInvalid={isCodeRejected(action.error)}
            describedBy={[`${id}-sent`, canRetry ? `${id}-retry` : ''].join(' ').trim()}
            isPending={action.isPending}
            inputRef={inputRef}
            messages={overrides}
          />
          <div className="abmfa-email-setup__actions">
            <ActionButton
              type="submit"
              className="abmfa-button abmfa-button--primary"
              isPending={action.isPending}
              pendingLabel={messages.verifying}
            >
              {messages.enable}
            </ActionButton>
            {canRetry ? (
              <ActionButton id={`${id}-retry`} className="abmfa-button" onClick={onRetry}>
                {messages.retry}
              </ActionButton>
            ) : null}
            <ActionButton
              className="abmfa-button abmfa-button--link"
              onClick={onResend}
              isPending={resend.isPending}
              pendingLabel={messages.resending}
              disabled={resendTimer.isRunning || action.isPending}
              data-state={resendTimer.isRunning ? 'cooldown' : 'ready'}
            >
              {resendTimer.isRunning
                ? messages.resendIn(messages.countdown(resendTimer.remaining))
                : messages.resend}
            </ActionButton>
            {onCancel ? (
              <button type="button" className="abmfa-button abmfa-button--link" onClick={onCancel}>
                {messages.back}
              </button>
            ) : null}
          </div>
          <p className="abmfa-email-setup__status" role="status">
            {resent ? messages.codeResent : ''}
          </p>
        </>
      )}
    </form>
  );
}
