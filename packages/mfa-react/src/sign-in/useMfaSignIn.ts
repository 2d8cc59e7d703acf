'use client';

import type { MfaRequired } from '@authblock/mfa-client';
import {
  createMfaSignInFlow,
  type MfaSignInFlow,
  type MfaSignInFlowState,
  type MfaSignInSuccess,
} from '@authblock/mfa-core';
import { type FormEvent, useId, useRef } from 'react';
import { type MfaButtonProps, pressProps } from '../internal/press.ts';
import type {
  MfaErrorProps,
  MfaFormProps,
  MfaHeadingProps,
  MfaTextFieldProps,
} from '../internal/prop-bundles.ts';
import { useFlow } from '../internal/useFlow.ts';
import { errorText, isLockout, retryAfterSeconds } from '../provider/errors.ts';
import { useMessages, useMfaContext } from '../provider/MfaProvider.tsx';
import type { MfaCoreMessages, MfaMessageOverrides } from '../provider/messages.ts';

export interface UseMfaSignInOptions {
  /** Signed in, with or without a second factor. */
  onSuccess: (result: MfaSignInSuccess) => void;
  /** Prefills the email field. */
  defaultEmail?: string | undefined;
  messages?: MfaMessageOverrides | undefined;
}

/** `useMfaSignIn`'s `challengeProps`: spread onto `MfaChallenge` (or pass to `useMfaChallenge`). */
export interface MfaSignInChallengeProps {
  challenge: MfaRequired;
  credentials: { method: 'password'; email: string; password: string };
  onSuccess: (result: MfaSignInSuccess) => void;
  /** Back to the password form. */
  onCancel: () => void;
}

/** What `useMfaSignIn` returns: the flow's state and the props to spread. */
export interface MfaSignInResult {
  state: MfaSignInFlowState;
  /** The flow itself, for anything the bundles do not cover. */
  flow: MfaSignInFlow;
  formProps: MfaFormProps;
  headingProps: MfaHeadingProps;
  emailFieldProps: MfaTextFieldProps;
  passwordFieldProps: MfaTextFieldProps;
  errorProps: MfaErrorProps;
  submitButtonProps: MfaButtonProps;
  /** For `MfaChallenge` / `useMfaChallenge` while `state.step` is `challenge`. */
  challengeProps: MfaSignInChallengeProps | null;
  messages: MfaCoreMessages;
}

/**
 * Email and password sign-in without markup: state and prop bundles for the two fields,
 * the error, the button, and `challengeProps` for `MfaChallenge` / `useMfaChallenge` once
 * the account asks for a second factor.
 */
export function useMfaSignIn({
  onSuccess,
  defaultEmail,
  messages: overrides,
}: UseMfaSignInOptions): MfaSignInResult {
  const { client, clock } = useMfaContext();
  const messages = useMessages(overrides);
  const [flow, state] = useFlow(
    () => createMfaSignInFlow({ client, clock, email: defaultEmail, onSuccess }),
    { client, onSuccess },
  );
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const errorId = `${id}-error`;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = !state.email.trim() ? emailRef : !state.password ? passwordRef : null;
    if (missing) missing.current?.focus();
    await flow.submit();
    // Wrong credentials: retype the password. Other failures (the network, the server)
    // leave focus where it was, on the button or the field the person pressed Enter in.
    if (flow.getState().isRejected) passwordRef.current?.focus();
  };

  const { missing } = state;
  // Locked by wrong codes: a new sign-in (after Back, or later) hears how long from the
  // server's Retry-After, not just "wait".
  const lockedFor = isLockout(state.error) ? retryAfterSeconds(state.error) : undefined;
  const errorMessage = missing
    ? messages.fillCredentials
    : lockedFor !== undefined
      ? messages.lockedOutFor(lockedFor)
      : state.error
        ? errorText(state.error, messages)
        : undefined;
  const field = {
    readOnly: state.isPending,
    'aria-describedby': errorId,
  };

  return {
    state,
    flow,
    formProps: {
      onSubmit: (event: FormEvent) => void onSubmit(event),
      noValidate: true,
      'aria-labelledby': `${id}-heading`,
      'aria-busy': state.isPending,
    },
    headingProps: {
      id: `${id}-heading`,
      autoFocus: state.hasReturned,
      children: messages.signInHeading,
    },
    emailFieldProps: {
      ...field,
      id: `${id}-email`,
      label: messages.emailLabel,
      inputRef: emailRef,
      type: 'email',
      name: 'email',
      autoComplete: 'username',
      value: state.email,
      onValueChange: (email: string) => flow.setEmail(email),
      isInvalid: Boolean(missing?.email) || state.isRejected,
    },
    passwordFieldProps: {
      ...field,
      id: `${id}-password`,
      label: messages.passwordLabel,
      inputRef: passwordRef,
      type: 'password',
      name: 'password',
      autoComplete: 'current-password',
      value: state.password,
      onValueChange: (password: string) => flow.setPassword(password),
      isInvalid: Boolean(missing?.password) || state.isRejected,
    },
    errorProps: { id: errorId, message: errorMessage, announceKey: state.errorCount },
    submitButtonProps: pressProps({
      type: 'submit',
      children: messages.signIn,
      isPending: state.isPending,
      pendingLabel: messages.signingIn,
    }),
    /** For `MfaChallenge` / `useMfaChallenge` while `state.step` is `challenge`. */
    challengeProps: state.challenge
      ? {
          challenge: state.challenge,
          credentials: {
            method: 'password' as const,
            email: state.email,
            password: state.password,
          },
          // The flow reports it (`onSuccess`) and forgets the password.
          onSuccess: (result: MfaSignInSuccess) => flow.finishChallenge(result),
          onCancel: () => flow.cancelChallenge(),
        }
      : null,
    messages,
  };
}
