'use client';

import type { MfaStatus } from '@authblock/mfa-client';
import {
  createMfaDisableFlow,
  type MfaDisableFlow,
  type MfaDisableFlowState,
} from '@authblock/mfa-core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef } from 'react';
import { type MfaButtonProps, pressProps } from '../internal/press.ts';
import type {
  MfaErrorProps,
  MfaFormProps,
  MfaHeadingProps,
  MfaTextFieldProps,
} from '../internal/prop-bundles.ts';
import { useFlow } from '../internal/useFlow.ts';
import { errorText } from '../provider/errors.ts';
import {
  useMessages,
  useMfaClient,
  useMfaContext,
  useMfaUserId,
} from '../provider/MfaProvider.tsx';
import type { MfaCoreMessages, MfaMessageOverrides } from '../provider/messages.ts';
import { mfaKeys } from '../provider/queries.ts';

export interface UseMfaDisableOptions {
  /** The user; defaults to the provider's `userId`. */
  userId?: string | undefined;
  /** MFA is off; receives the new status (also written to the status query). */
  onDisabled?: ((status: MfaStatus) => void) | undefined;
  messages?: MfaMessageOverrides | undefined;
}

/** What `useMfaDisable` returns: the flow's state and the props to spread. */
export interface MfaDisableResult {
  state: MfaDisableFlowState;
  /** The flow itself, for anything the bundles do not cover. */
  flow: MfaDisableFlow;
  messages: MfaCoreMessages;
  /** Also in `errorProps.message`. */
  errorMessage: string | undefined;
  formProps: MfaFormProps;
  headingProps: MfaHeadingProps;
  /** The id the password field's `aria-describedby` names: put it on your intro text. */
  introProps: { id: string };
  passwordFieldProps: MfaTextFieldProps;
  errorProps: MfaErrorProps;
  submitButtonProps: MfaButtonProps;
}

/** Turning MFA off without markup: the password field, the error and the button. */
export function useMfaDisable({
  userId: givenUserId,
  onDisabled,
  messages: overrides,
}: UseMfaDisableOptions = {}): MfaDisableResult {
  const client = useMfaClient();
  const userId = useMfaUserId(givenUserId);
  const queryClient = useQueryClient();
  const { clock } = useMfaContext();
  const messages = useMessages(overrides);
  const disabled = (status: MfaStatus) => {
    queryClient.setQueryData(mfaKeys.status(userId), status);
    onDisabled?.(status);
  };
  // The user is what this flow is about: fixed when it is created.
  const [flow, state] = useFlow(
    () => createMfaDisableFlow({ client, clock, userId, onDisabled: disabled }),
    { client, onDisabled: disabled },
  );
  const passwordRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const ids = { heading: `${id}-heading`, intro: `${id}-intro`, error: `${id}-error` };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!state.password) passwordRef.current?.focus();
    if (!(await flow.submit()) && flow.getState().error) passwordRef.current?.select();
  };

  const errorMessage = state.isMissing
    ? messages.fillPassword
    : state.isWrongPassword
      ? messages.disableWrongPassword
      : state.error
        ? errorText(state.error, messages)
        : undefined;

  return {
    state,
    flow,
    messages,
    errorMessage,
    formProps: {
      onSubmit: (event: FormEvent) => void onSubmit(event),
      noValidate: true,
      'aria-labelledby': ids.heading,
      'aria-busy': state.isPending,
    },
    headingProps: { id: ids.heading, children: messages.disableHeading },
    introProps: { id: ids.intro },
    passwordFieldProps: {
      id: `${id}-password`,
      label: messages.passwordLabel,
      inputRef: passwordRef,
      type: 'password',
      name: 'password',
      autoComplete: 'current-password',
      value: state.password,
      onValueChange: (password: string) => flow.setPassword(password),
      readOnly: state.isPending,
      isInvalid: state.isMissing || state.isWrongPassword,
      'aria-describedby': `${ids.intro} ${ids.error}`,
    },
    errorProps: { id: ids.error, message: errorMessage, announceKey: state.errorCount },
    submitButtonProps: pressProps({
      type: 'submit',
      children: messages.disable,
      isPending: state.isPending,
      pendingLabel: messages.disabling,
    }),
  };
}
