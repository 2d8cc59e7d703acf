'use client';

import type { MfaRequired } from '@authblock/mfa-client';
import {
  createMfaPasswordlessFlow,
  type MfaPasswordlessFlow,
  type MfaPasswordlessFlowState,
  type MfaSignInSuccess,
} from '@authblock/mfa-core';
import { type FormEvent, useEffect, useId, useRef } from 'react';
import { type MfaButtonProps, pressProps } from '../internal/press.ts';
import type {
  MfaErrorProps,
  MfaFormProps,
  MfaHeadingProps,
  MfaResendButtonProps,
  MfaTextFieldProps,
  MfaTextProps,
} from '../internal/prop-bundles.ts';
import { resendButtonProps } from '../internal/resend.ts';
import { retryButtonProps as retryProps } from '../internal/retry.ts';
import { isolate, useFocusAfterRender } from '../internal/ui.tsx';
import { useFlow } from '../internal/useFlow.ts';
import { errorCode, errorText, withAttemptsLeft, withNewestCodeHint } from '../provider/errors.ts';
import { useEmailCodeMinutes, useMessages, useMfaContext } from '../provider/MfaProvider.tsx';
import type { MfaCoreMessages, MfaMessageOverrides } from '../provider/messages.ts';
import type { OtpInputProps } from './otp-field.ts';

export interface UseMfaPasswordlessSignInOptions {
  /** Signed in, with or without a second factor. */
  onSuccess: (result: MfaSignInSuccess) => void;
  /** Prefills the email field. */
  defaultEmail?: string | undefined;
  /**
   * Seconds before a code may be requested again (sign-in code and emailed MFA code).
   * @default 30
   */
  resendCooldown?: number | undefined;
  /**
   * Seconds an emailed code lives, for "The code expires in …" when the server's answer does
   * not say (the API reference's passwordless request does: `expires_in`).
   * @default the provider's `emailCodeTtl` (600)
   */
  emailCodeTtl?: number | undefined;
  messages?: MfaMessageOverrides | undefined;
}

/**
 * `useMfaPasswordlessSignIn`'s `challengeProps`: spread onto `MfaChallenge` (or pass to
 * `useMfaChallenge`).
 */
export interface MfaPasswordlessChallengeProps {
  challenge: MfaRequired;
  credentials: { method: 'passwordless'; email: string; code: string };
  onSuccess: (result: MfaSignInSuccess) => void;
  /** Back to the email step. */
  onCancel: () => void;
}

/** What `useMfaPasswordlessSignIn` returns: the flow's state and the props to spread. */
export interface MfaPasswordlessSignInResult {
  state: MfaPasswordlessFlowState;
  /** The flow itself, for anything the bundles do not cover. */
  flow: MfaPasswordlessFlow;
  formProps: MfaFormProps;
  /** The email step's heading, or the code step's. */
  headingProps: MfaHeadingProps;
  introProps: MfaTextProps;
  /** The email step. */
  emailFieldProps: MfaTextFieldProps;
  errorProps: MfaErrorProps;
  sendButtonProps: MfaButtonProps;
  /** The code step: for `OtpInput` or `useOtpField`. */
  fieldProps: OtpInputProps;
  verifyButtonProps: MfaButtonProps;
  /** Present after a failure on the way (network, offline, server): sends the code again. */
  retryButtonProps: MfaButtonProps | null;
  /**
   * Absent while the address is locked: a new code could not be checked before the lock
   * ends. After the code was cleared it is the way on.
   */
  resendButtonProps: MfaResendButtonProps | null;
  /** Present while locked: the ticking countdown, outside any live region. */
  lockoutProps: MfaTextProps | null;
  changeEmailButtonProps: MfaButtonProps;
  /** For a `role="status"` region: lockout over, code resent. */
  statusMessage: string;
  /** For `MfaChallenge` / `useMfaChallenge` while `state.step` is `challenge`. */
  challengeProps: MfaPasswordlessChallengeProps | null;
  messages: MfaCoreMessages;
}

/**
 * Passwordless sign-in without markup: the email step, the code step (with resend and
 * retry), and `challengeProps` for the second factor when the account has MFA on.
 */
export function useMfaPasswordlessSignIn({
  onSuccess,
  defaultEmail,
  resendCooldown,
  emailCodeTtl,
  messages: overrides,
}: UseMfaPasswordlessSignInOptions): MfaPasswordlessSignInResult {
  const { client, clock } = useMfaContext();
  const messages = useMessages(overrides);
  const [flow, state] = useFlow(
    () =>
      createMfaPasswordlessFlow({ client, clock, email: defaultEmail, resendCooldown, onSuccess }),
    { client, onSuccess },
  );
  const expiryMinutes = useEmailCodeMinutes(state.codeExpiresIn, emailCodeTtl);
  const emailRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const focusSoon = useFocusAfterRender();
  const id = useId();
  const ids = {
    heading: `${id}-heading`,
    intro: `${id}-intro`,
    error: `${id}-error`,
    retry: `${id}-retry`,
    lockout: `${id}-lockout`,
  };
  const isEmailStep = state.step === 'email';
  // Locked (a countdown), or the code was cleared (only a new code can work): codes are
  // not checked, and only what can work is offered.
  const isLocked = state.lockoutRemaining > 0;
  const isCleared = state.isCodeCleared;

  // A lockout that ran out opens the field again: take the person back to it.
  useEffect(() => {
    if (state.isLockoutOver) codeRef.current?.focus();
  }, [state.isLockoutOver]);

  // From the code step a request is a resend: either way the person goes back to the field
  // the new code (or the corrected address) goes in.
  const requestCode = async () => {
    const field = isEmailStep ? emailRef : codeRef;
    const sent = await flow.requestCode();
    if (!sent && flow.getState().isMissing) field.current?.focus();
    else if (!sent || !isEmailStep) focusSoon(() => field.current);
  };
  const submitCode = async (code?: string) => {
    if (!(await flow.submitCode(code)) && flow.getState().error) {
      requestAnimationFrame(() => codeRef.current?.select());
    }
    if (flow.getState().isMissing) codeRef.current?.focus();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void (isEmailStep ? requestCode() : submitCode());
  };

  const errorMessage = state.isMissing
    ? isEmailStep
      ? messages.fillEmail
      : messages.fillCode
    : isLocked && state.lockoutSeconds !== null
      ? messages.lockedOutFor(state.lockoutSeconds)
      : isCleared
        ? messages.passwordlessCodeCleared
        : state.error && !state.isLockoutOver
          ? withAttemptsLeft(
              withNewestCodeHint(
                // There is no password here: "invalid credentials" can only mean the emailed code.
                errorCode(state.error) === 'invalid_credentials'
                  ? messages.passwordlessWrongCode
                  : errorText(state.error, messages),
                state.error,
                state.isResent && 'email',
                messages,
              ),
              state.remainingAttempts,
              messages,
            )
          : undefined;

  const fieldProps: OtpInputProps = {
    value: state.code,
    onValueChange: (code) => flow.setCode(code),
    onComplete: (code) => void submitCode(code),
    label: messages.passwordlessCodeLabel,
    description: `${messages.passwordlessCodeSent(isolate(state.email.trim()))} ${messages.emailExpiry(expiryMinutes)}`,
    errorMessage,
    errorKey: state.errorCount,
    isInvalid: !isLocked && !isCleared && (state.isMissing || state.isRejected),
    describedBy: [state.canRetry ? ids.retry : '', isLocked ? ids.lockout : ''].join(' ').trim(),
    isPending: state.isPending,
    isLocked: isLocked || isCleared,
    autoFocus: true,
    inputRef: codeRef,
    messages: overrides,
  };
  const retryButtonProps = retryProps({
    canRetry: state.canRetry,
    id: ids.retry,
    fieldRef: codeRef,
    retry: () => flow.retry(),
    messages,
  });

  return {
    state,
    flow,
    formProps: {
      onSubmit,
      noValidate: true,
      'aria-labelledby': ids.heading,
      'aria-busy': state.isPending || state.isRequesting,
    },
    headingProps: isEmailStep
      ? { id: ids.heading, autoFocus: state.hasReturned, children: messages.passwordlessHeading }
      : { id: ids.heading, children: messages.passwordlessCodeHeading },
    introProps: { id: ids.intro, children: messages.passwordlessIntro },
    emailFieldProps: {
      id: `${id}-email`,
      label: messages.emailLabel,
      inputRef: emailRef,
      type: 'email',
      name: 'email',
      autoComplete: 'username',
      value: state.email,
      onValueChange: (email: string) => flow.setEmail(email),
      readOnly: state.isRequesting,
      isInvalid: state.isMissing || state.isRejected,
      'aria-describedby': `${ids.intro} ${ids.error}`,
    },
    errorProps: { id: ids.error, message: errorMessage, announceKey: state.errorCount },
    sendButtonProps: pressProps({
      type: 'submit',
      children: messages.sendCode,
      isPending: state.isRequesting,
      pendingLabel: messages.sendingCode,
    }),
    fieldProps,
    verifyButtonProps: pressProps({
      type: 'submit',
      children: messages.signIn,
      isPending: state.isPending,
      pendingLabel: messages.verifying,
      isDisabled: isLocked || isCleared,
    }),
    retryButtonProps,
    /**
     * Absent while the address is locked: a new code could not be checked before the lock
     * ends. After the code was cleared it is the way on.
     */
    resendButtonProps: isLocked
      ? null
      : resendButtonProps({
          remaining: state.resendRemaining,
          isPending: state.isRequesting,
          onPress: () => void requestCode(),
          messages,
        }),
    /** Present while locked: the ticking countdown, outside any live region. */
    lockoutProps: isLocked
      ? {
          id: ids.lockout,
          children: messages.lockedOut(messages.countdown(state.lockoutRemaining)),
        }
      : null,
    changeEmailButtonProps: pressProps({
      children: messages.changeEmail,
      onPress: () => flow.changeEmail(),
    }),
    statusMessage: state.isLockoutOver
      ? messages.lockoutOver
      : state.isResent
        ? messages.codeResent
        : '',
    /** For `MfaChallenge` / `useMfaChallenge` while `state.step` is `challenge`. */
    challengeProps: state.challenge
      ? {
          challenge: state.challenge,
          credentials: {
            method: 'passwordless' as const,
            email: state.email.trim(),
            code: state.code,
          },
          // The flow reports it (`onSuccess`) and forgets the sign-in code.
          onSuccess: (result: MfaSignInSuccess) => flow.finishChallenge(result),
          onCancel: () => flow.changeEmail(),
        }
      : null,
    messages,
  };
}
