'use client';

import type { MfaRequired } from '@authblock/mfa-client';
import type { MfaSignInSuccess } from '@authblock/mfa-core';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useMessages } from './context.tsx';
import { errorCode, errorText, isCodeRejected, isTransient, retryAfterSeconds } from './errors.ts';
import { usePasswordlessRequest, usePasswordlessVerify } from './hooks.ts';
import {
  ActionButton,
  type ClassNameProp,
  dataFlag,
  type HeadingLevel,
  LiveError,
  resolveClassName,
  StepHeading,
  TextField,
  useFocusAfterRender,
} from './internal/ui.tsx';
import { useAction } from './internal/useAction.ts';
import { useCountdown } from './internal/useCountdown.ts';
import { MfaChallenge } from './MfaChallenge.tsx';
import type { MfaMessageOverrides } from './messages.ts';
import { OtpInput } from './OtpInput.tsx';

export interface PasswordlessSignInFormState {
  step: 'email' | 'code' | 'challenge';
  isPending: boolean;
  isInvalid: boolean;
}

export interface PasswordlessSignInFormProps {
  /** Signed in, with or without a second factor. */
  onSuccess: (result: MfaSignInSuccess) => void;
  /** Prefills the email field. */
  defaultEmail?: string;
  /**
   * Seconds before a code may be requested again (sign-in code and emailed MFA code).
   * @default 30
   */
  resendCooldown?: number;
  /** @default 2 */
  headingLevel?: HeadingLevel;
  /** Added to `abmfa-passwordless`; may be a function of state. */
  className?: ClassNameProp<PasswordlessSignInFormState>;
  messages?: MfaMessageOverrides;
}

/**
 * Passwordless sign-in: request an emailed code, enter it, then the MFA challenge when the
 * account has it on.
 */
export function PasswordlessSignInForm({
  onSuccess,
  defaultEmail = '',
  resendCooldown = 30,
  headingLevel = 2,
  className,
  messages: overrides,
}: PasswordlessSignInFormProps) {
  const messages = useMessages(overrides);
  const request = usePasswordlessRequest();
  const verify = usePasswordlessVerify();
  const requestAction = useAction();
  const verifyAction = useAction();
  const [email, setEmail] = useState(defaultEmail);
  const [code, setCode] = useState('');
  const [step, setStep] = useState<'email' | 'code'>('email');
  const [challenge, setChallenge] = useState<MfaRequired | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  // Bumped per refused submit, so the same "fill in" message is announced again.
  const [missingCount, setMissingCount] = useState(0);
  const [resent, setResent] = useState(false);
  const [navigated, setNavigated] = useState(false);
  const lastCode = useRef<string | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const resendTimer = useCountdown();
  const focusSoon = useFocusAfterRender();
  const id = useId();

  const isPending = requestAction.isPending || verifyAction.isPending;
  const shownError =
    step === 'email' ? requestAction.error : (verifyAction.error ?? requestAction.error);
  const state: PasswordlessSignInFormState = {
    step: challenge ? 'challenge' : step,
    isPending,
    isInvalid: Boolean(shownError) || Boolean(missing),
  };
  const rootClass = resolveClassName('abmfa-passwordless', className, state);

  if (challenge) {
    return (
      <div className={rootClass} data-state={state.step}>
        <MfaChallenge
          challenge={challenge}
          credentials={{ method: 'passwordless', email: email.trim(), code }}
          onSuccess={onSuccess}
          onCancel={() => {
            setChallenge(null);
            setCode('');
            setStep('email');
            setNavigated(true);
          }}
          resendCooldown={resendCooldown}
          headingLevel={headingLevel}
          messages={overrides}
        />
      </div>
    );
  }

  const requestCode = () =>
    requestAction.run(async () => {
      // From the code step this is a resend: either way the user goes back to the code.
      const field = step === 'code' ? codeRef : emailRef;
      setResent(false);
      try {
        await request.mutateAsync({ email: email.trim() });
        resendTimer.start(resendCooldown);
        if (step === 'code') {
          setResent(true);
          focusSoon(() => field.current);
        }
        setStep('code');
        setNavigated(true);
      } catch (error) {
        const wait = retryAfterSeconds(error);
        if (wait) resendTimer.start(wait);
        focusSoon(() => field.current);
        throw error;
      }
    });

  const submitCode = (value: string) => {
    lastCode.current = value;
    void verifyAction.run(async () => {
      try {
        const result = await verify.mutateAsync({ email: email.trim(), code: value });
        if (result.status === 'signed_in') onSuccess({ user: result.user, tokens: result.tokens });
        else setChallenge(result);
      } catch (error) {
        requestAnimationFrame(() => codeRef.current?.select());
        throw error;
      }
    });
  };

  // "Try again" disappears while its request runs: focus goes to the field first.
  const onRetry = () => {
    if (!lastCode.current) return;
    codeRef.current?.focus();
    submitCode(lastCode.current);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (step === 'email') {
      setMissing(email.trim() ? null : messages.fillEmail);
      if (email.trim()) void requestCode();
      else {
        setMissingCount((count) => count + 1);
        emailRef.current?.focus();
      }
      return;
    }
    setMissing(code ? null : messages.fillCode);
    if (code) submitCode(code);
    else {
      setMissingCount((count) => count + 1);
      codeRef.current?.focus();
    }
  };

  const errorId = `${id}-error`;
  const retryId = `${id}-retry`;
  const canRetry = step === 'code' && isTransient(verifyAction.error) && lastCode.current !== null;
  // There is no password here: "invalid credentials" can only mean the emailed code.
  const errorMessage =
    missing ??
    (shownError
      ? errorCode(shownError) === 'invalid_credentials'
        ? messages.passwordlessWrongCode
        : errorText(shownError, messages)
      : undefined);

  return (
    <form
      className={rootClass}
      data-state={state.step}
      data-loading={dataFlag(isPending)}
      data-invalid={dataFlag(state.isInvalid)}
      aria-labelledby={`${id}-heading`}
      aria-busy={isPending}
      noValidate
      onSubmit={onSubmit}
    >
      {step === 'email' ? (
        <>
          <StepHeading
            key="email"
            level={headingLevel}
            id={`${id}-heading`}
            className="abmfa-passwordless__heading"
            autoFocus={navigated}
          >
            {messages.passwordlessHeading}
          </StepHeading>
          <p className="abmfa-passwordless__intro" id={`${id}-intro`}>
            {messages.passwordlessIntro}
          </p>
          <TextField
            id={`${id}-email`}
            label={messages.emailLabel}
            inputRef={emailRef}
            type="email"
            name="email"
            autoComplete="username"
            value={email}
            onValueChange={setEmail}
            readOnly={isPending}
            isInvalid={Boolean(missing) || errorCode(requestAction.error) === 'validation_error'}
            aria-describedby={`${id}-intro ${errorId}`}
          />
          <LiveError
            id={errorId}
            className="abmfa-error"
            message={errorMessage}
            announceKey={requestAction.errorCount + missingCount}
          />
          <ActionButton
            type="submit"
            className="abmfa-button abmfa-button--primary"
            isPending={requestAction.isPending}
            pendingLabel={messages.sendingCode}
          >
            {messages.sendCode}
          </ActionButton>
        </>
      ) : (
        <>
          <StepHeading
            key="code"
            level={headingLevel}
            id={`${id}-heading`}
            className="abmfa-passwordless__heading"
          >
            {messages.passwordlessCodeHeading}
          </StepHeading>
          <OtpInput
            value={code}
            onValueChange={setCode}
            onComplete={submitCode}
            label={messages.passwordlessCodeLabel}
            description={messages.passwordlessCodeSent(email.trim())}
            errorMessage={errorMessage}
            errorKey={verifyAction.errorCount + requestAction.errorCount + missingCount}
            isInvalid={Boolean(missing) || isCodeRejected(verifyAction.error)}
            describedBy={canRetry ? retryId : undefined}
            isPending={verifyAction.isPending}
            autoFocus
            inputRef={codeRef}
            messages={overrides}
          />
          <div className="abmfa-passwordless__actions">
            <ActionButton
              type="submit"
              className="abmfa-button abmfa-button--primary"
              isPending={verifyAction.isPending}
              pendingLabel={messages.verifying}
            >
              {messages.signIn}
            </ActionButton>
            {canRetry ? (
              <ActionButton id={retryId} className="abmfa-button" onClick={onRetry}>
                {messages.retry}
              </ActionButton>
            ) : null}
            <ActionButton
              className="abmfa-button abmfa-button--link"
              onClick={() => void requestCode()}
              isPending={requestAction.isPending}
              pendingLabel={messages.resending}
              disabled={resendTimer.isRunning}
              data-state={resendTimer.isRunning ? 'cooldown' : 'ready'}
            >
              {resendTimer.isRunning
                ? messages.resendIn(messages.countdown(resendTimer.remaining))
                : messages.resend}
            </ActionButton>
            <button
              type="button"
              className="abmfa-button abmfa-button--link"
              onClick={() => {
                setStep('email');
                setCode('');
                setNavigated(true);
                setResent(false);
                verifyAction.clearError();
              }}
            >
              {messages.changeEmail}
            </button>
          </div>
          <p className="abmfa-passwordless__status" role="status">
            {resent ? messages.codeResent : ''}
          </p>
        </>
      )}
    </form>
  );
}
