'use client';

import type { MfaRequired } from '@authblock/mfa-client';
import {
  createMfaChallengeFlow,
  type MfaChallengeCredentials,
  type MfaChallengeFlow,
  type MfaChallengeFlowState,
  type MfaSignInSuccess,
} from '@authblock/mfa-core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef } from 'react';
import { type MfaButtonProps, pressProps } from '../internal/press.ts';
import type {
  MfaFormProps,
  MfaHeadingProps,
  MfaInputRef,
  MfaResendButtonProps,
  MfaTextProps,
} from '../internal/prop-bundles.ts';
import { resendButtonProps as resendProps } from '../internal/resend.ts';
import { retryButtonProps as retryProps } from '../internal/retry.ts';
import { isolate, useFocusAfterRender } from '../internal/ui.tsx';
import { useFlow } from '../internal/useFlow.ts';
import { errorText, withAttemptsLeft, withNewestCodeHint } from '../provider/errors.ts';
import { useEmailCodeMinutes, useMessages, useMfaContext } from '../provider/MfaProvider.tsx';
import type { MfaCoreMessages, MfaMessageOverrides } from '../provider/messages.ts';
import { mfaKeys } from '../provider/queries.ts';
import { useMfaMemory } from '../provider/useMfaMemory.ts';
import type { OtpInputProps } from './otp-field.ts';
import { useCodeFormat } from './useCodeFormat.ts';

export interface UseMfaChallengeOptions {
  /** The `mfa_required` result of sign-in or passwordless verify. */
  challenge: MfaRequired;
  /** What the first step sent, so the second can repeat it with the code. */
  credentials: MfaChallengeCredentials;
  /** The code was accepted: the user and their tokens. */
  onSuccess: (result: MfaSignInSuccess) => void;
  /**
   * Seconds before "Resend code" may be used (email channel), counted from when the
   * challenge appears and after each resend; the server's `Retry-After` wins when longer.
   * @default 30
   */
  resendCooldown?: number | undefined;
  /**
   * Seconds an emailed code lives, for "The code expires in …" (the sign-in answer does not
   * say). @default the provider's `emailCodeTtl` (600)
   */
  emailCodeTtl?: number | undefined;
  /** Focus the code field when the challenge appears. @default true */
  autoFocus?: boolean | undefined;
  messages?: MfaMessageOverrides | undefined;
}

/** What `useMfaChallenge` returns: the flow's state and the props to spread. */
export interface MfaChallengeResult {
  state: MfaChallengeFlowState;
  /** The flow itself, for anything the bundles do not cover. */
  flow: MfaChallengeFlow;
  /** The code field's input (also in `fieldProps.inputRef`). */
  inputRef: MfaInputRef;
  formProps: MfaFormProps;
  headingProps: MfaHeadingProps;
  /** For `OtpInput` or `useOtpField`. */
  fieldProps: OtpInputProps;
  verifyButtonProps: MfaButtonProps;
  /** Present after a failure on the way (network, offline, server): sends the code again. */
  retryButtonProps: MfaButtonProps | null;
  /** Absent while locked (a backup code counts toward the same lock). */
  switchButtonProps: MfaButtonProps | null;
  /** Present on the email channel (not for backup codes), except while locked. */
  resendButtonProps: MfaResendButtonProps | null;
  /** Present while locked: the ticking countdown, outside any live region. */
  lockoutProps: MfaTextProps | null;
  /** For a `role="status"` region: signed in, lockout over, code resent. */
  statusMessage: string;
  /** Also in `fieldProps.errorMessage`. */
  errorMessage: string | undefined;
  messages: MfaCoreMessages;
}

/**
 * The sign-in challenge without markup: the flow's state and prop bundles for the code
 * field (`OtpInput` or `useOtpField`), the buttons, the lockout notice and the messages.
 * Every rule (lockout countdown, resend cooldown, retry, offline, focus) comes with it.
 */
export function useMfaChallenge({
  challenge,
  credentials,
  onSuccess,
  resendCooldown,
  emailCodeTtl,
  autoFocus = true,
  messages: overrides,
}: UseMfaChallengeOptions): MfaChallengeResult {
  const { client, clock } = useMfaContext();
  const queryClient = useQueryClient();
  const messages = useMessages(overrides);
  const expiryMinutes = useEmailCodeMinutes(null, emailCodeTtl);
  const { remember } = useMfaMemory();
  // Called after a request, long after `flow` below exists.
  const signedIn = (result: MfaSignInSuccess) => {
    // A spent backup code changed the cached status of that user.
    void queryClient.invalidateQueries({ queryKey: mfaKeys.status(result.user.id) });
    // The next page nudges them to set their usual method up again (once).
    if (flow.getState().isBackupCode) remember({ backupCodeSignIn: true }, result.user.id);
    onSuccess(result);
  };
  // The challenge and credentials are what this flow is about: fixed when it is created.
  const [flow, state] = useFlow(
    () =>
      createMfaChallengeFlow({
        client,
        clock,
        challenge,
        credentials,
        resendCooldown,
        onSuccess: signedIn,
      }),
    { client, onSuccess: signedIn },
  );
  const inputRef = useRef<HTMLInputElement>(null);
  const focusSoon = useFocusAfterRender();
  const id = useId();
  const ids = { heading: `${id}-heading`, retry: `${id}-retry`, lockout: `${id}-lockout` };
  const isLocked = state.step === 'locked';
  const isDone = state.step === 'done';
  const format = useCodeFormat(state.isBackupCode ? 'backup' : 'numeric', messages);

  // A lockout that ran out opens the field again: take the person back to it.
  useEffect(() => {
    if (state.isLockoutOver) inputRef.current?.focus();
  }, [state.isLockoutOver]);

  const submit = async (code?: string) => {
    if (!(await flow.submit(code)) && flow.getState().error) {
      requestAnimationFrame(() => inputRef.current?.select());
    }
  };
  // Only a whole code is sent: "12345" or a backup code short of a character is said to be
  // short here, and costs no try.
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (state.code && format.check(state.code)) void submit();
    else inputRef.current?.focus();
  };
  // The new code goes in the field: take the person there (the button is in cooldown).
  const resend = async () => {
    await flow.resend();
    focusSoon(() => inputRef.current);
  };
  const toggleBackupCode = () => {
    format.clear();
    flow.setBackupCode(!state.isBackupCode);
    requestAnimationFrame(() => inputRef.current?.focus());
  };

  const isEmail = state.channel === 'email';
  // After a passwordless sign-in code, the 2FA code is a second email in the same inbox:
  // said so, or people type the first code again.
  const isSecondEmail = credentials.method === 'passwordless';
  const emailHint = state.sentTo
    ? (isSecondEmail ? messages.challengeEmailSecondCode : messages.challengeEmailHint)(
        isolate(state.sentTo),
      )
    : isSecondEmail
      ? messages.challengeEmailSecondCodeGeneric
      : messages.challengeEmailHintGeneric;
  // A server that names no channel (the API reference's sign-in answer) gets words that
  // fit both: the person knows which of their codes to use.
  const isUnknown = state.channel === 'unknown';
  const hint = state.isBackupCode
    ? messages.backupCodeHint
    : isUnknown
      ? messages.challengeAnyCodeHint
      : !isEmail
        ? messages.challengeTotpHint
        : `${emailHint} ${messages.emailExpiry(expiryMinutes)}`;
  // While locked the alert says so once, with a coarse wait; the countdown below the
  // field ticks outside any live region. A lockout that ran out gives way to "try again now".
  const errorMessage =
    isLocked && state.lockoutSeconds !== null
      ? messages.lockedOutFor(state.lockoutSeconds)
      : format.message
        ? format.message
        : state.error && !state.isLockoutOver
          ? withAttemptsLeft(
              withNewestCodeHint(
                errorText(state.error, messages),
                state.error,
                state.isResent && !state.isBackupCode && (isUnknown ? 'if-email' : 'email'),
                messages,
              ),
              state.remainingAttempts,
              messages,
            )
          : undefined;
  const channelName = isEmail ? messages.channelEmail : messages.channelTotp;

  const fieldProps: OtpInputProps = {
    mode: state.isBackupCode ? 'backup' : 'numeric',
    value: state.code,
    onValueChange: (code) => {
      format.changed(code);
      flow.setCode(code);
    },
    onComplete: (code) => void submit(code),
    onRefusedCharacters: format.refused,
    description: hint,
    errorMessage,
    errorKey: format.key ?? state.errorCount,
    isInvalid: !isLocked && (state.isCodeRejected || format.message !== undefined),
    describedBy: [state.canRetry ? ids.retry : '', isLocked ? ids.lockout : ''].join(' ').trim(),
    isPending: state.isPending,
    isLocked: isLocked || isDone,
    autoFocus,
    inputRef,
    messages: overrides,
  };
  const verifyButtonProps = pressProps({
    type: 'submit',
    children: messages.verify,
    isPending: state.isPending,
    pendingLabel: messages.verifying,
    isDisabled: isLocked || isDone,
  });
  const retryButtonProps = retryProps({
    canRetry: state.canRetry,
    id: ids.retry,
    fieldRef: inputRef,
    retry: () => flow.retry(),
    isDisabled: isLocked || isDone,
    messages,
  });
  // While locked only waiting works: Auth Block counts backup codes toward the same lock
  // and refuses a resend until it ends, so neither is offered (the field and Verify stay,
  // inactive, beside the countdown).
  const switchButtonProps: MfaButtonProps | null = isLocked
    ? null
    : pressProps({
        onPress: toggleBackupCode,
        children: !state.isBackupCode
          ? messages.switchToBackupCode
          : isUnknown
            ? messages.switchToAnyCode
            : messages.switchToChannelCode(channelName),
        isDisabled: isDone,
      });
  const resendButtonProps =
    state.canResend && !isLocked
      ? resendProps({
          remaining: state.resendRemaining,
          isPending: state.isResending,
          isDisabled: isDone,
          onPress: () => void resend(),
          // Not knowing the channel, the button says what it does: an email, if email it is.
          messages: isUnknown ? { ...messages, resend: messages.emailNewCode } : messages,
        })
      : null;

  return {
    state,
    /** The flow itself, for anything the bundles do not cover. */
    flow,
    inputRef,
    formProps: {
      onSubmit,
      noValidate: true,
      'aria-labelledby': ids.heading,
      'aria-busy': state.isPending,
    },
    headingProps: { id: ids.heading, children: messages.challengeHeading },
    fieldProps,
    verifyButtonProps,
    /** Present after a failure on the way (network, offline, server): sends the code again. */
    retryButtonProps,
    /** Absent while locked (a backup code counts toward the same lock). */
    switchButtonProps,
    /** Present on the email channel (not for backup codes), except while locked. */
    resendButtonProps,
    /** Present while locked: the ticking countdown, outside any live region. */
    lockoutProps: isLocked
      ? {
          id: ids.lockout,
          children: messages.lockedOut(messages.countdown(state.lockoutRemaining)),
        }
      : null,
    /** For a `role="status"` region: signed in, lockout over, code resent. */
    statusMessage: isDone
      ? messages.signedIn
      : state.isLockoutOver
        ? messages.lockoutOver
        : state.isResent
          ? isUnknown
            ? messages.codeResentIfEmail
            : messages.codeResent
          : '',
    errorMessage,
    messages,
  };
}

export type { MfaChallengeFlowState };
