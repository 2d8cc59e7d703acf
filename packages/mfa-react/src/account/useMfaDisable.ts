'use client';

import type { MfaStatus } from '@authblock/mfa-client';
import { createMfaDisableFlow } from '@authblock/mfa-core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef } from 'react';
import { pressProps } from '../internal/press.ts';
import { useFlow } from '../internal/useFlow.ts';
import { errorText } from '../provider/errors.ts';
import {
  useMessages,
  useMfaClient,
  useMfaContext,
  useMfaUserId,
} from '../provider/MfaProvider.tsx';
import type { MfaMessageOverrides } from '../provider/messages.ts';
import { mfaKeys } from '../provider/queries.ts';

export interface UseMfaDisableOptions {
  /** The user; defaults to the provider's `userId`. */
  userId?: string | undefined;
  /** MFA is off; receives the new status (also written to the status query). */
  onDisabled?: ((status: MfaStatus) => void) | undefined;
  messages?: MfaMessageOverrides | undefined;
}

/** Turning MFA off without markup: the password field, the error and the button. */
export function useMfaDisable({
  userId: givenUserId,
  onDisabled,
  messages: overrides,
}: UseMfaDisableOptions = {}) {
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
