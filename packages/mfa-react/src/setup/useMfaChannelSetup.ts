'use client';

import type { MfaChannel, MfaStatus } from '@authblock/mfa-client';
import {
  MfaChannelSetupFlow,
  type MfaChannelSetupState,
  type MfaSetupOf,
} from '@authblock/mfa-core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef } from 'react';
import { type MfaButtonProps, pressProps } from '../internal/press.ts';
import type {
  MfaErrorProps,
  MfaFormProps,
  MfaResendButtonProps,
} from '../internal/prop-bundles.ts';
import { resendButtonProps } from '../internal/resend.ts';
import { retryButtonProps as retryProps } from '../internal/retry.ts';
import { useFocusAfterRender } from '../internal/ui.tsx';
import { useFlow } from '../internal/useFlow.ts';
import { errorText } from '../provider/errors.ts';
import {
  useMfaClient,
  useMfaContext,
  useMfaUserId,
  useSetupMessages,
} from '../provider/MfaProvider.tsx';
import type { MfaMessageOverrides, MfaMessages } from '../provider/messages.ts';
import { mfaKeys } from '../provider/queries.ts';
import type { OtpInputProps } from '../sign-in/otp-field.ts';

export interface UseMfaChannelSetupOptions<Channel extends MfaChannel> {
  /** A started setup. Without it, one is started when the step appears. */
  setup?: MfaSetupOf<Channel> | undefined;
  /** The user; defaults to the provider's `userId`. */
  userId?: string | undefined;
  /** MFA is on: the new status and the setup (whose backup codes to show next). */
  onEnabled?: ((status: MfaStatus, setup: MfaSetupOf<Channel>) => void) | undefined;
  /**
   * Email: seconds before "Resend code" may be used, after each send; the server's
   * `Retry-After` wins when it answers 429.
   * @default 30
   */
  resendCooldown?: number | undefined;
  messages?: MfaMessageOverrides | undefined;
}

/** What `useMfaTotpSetup` and `useMfaEmailSetup` both return: the flow's state and the props to spread. */
export interface MfaChannelSetupResult<Channel extends MfaChannel> {
  state: MfaChannelSetupState<Channel>;
  /** The flow itself, for anything the bundles do not cover. */
  flow: MfaChannelSetupFlow<Channel>;
  messages: MfaMessages;
  /** The heading's (name the form with it), "Try again"'s and the start error's. */
  ids: { heading: string; retry: string; startError: string };
  formProps: MfaFormProps;
  /** While there is no setup yet: "Loading…" for a `role="status"` region. */
  startStatus: string;
  startErrorProps: MfaErrorProps;
  /** Present once a start failed (and, pending, while it runs again). */
  retryStartButtonProps: MfaButtonProps | null;
  /** For `OtpInput` or `useOtpField`. */
  fieldProps: OtpInputProps;
  enableButtonProps: MfaButtonProps;
  /** Present after a failure on the way (network, offline, server): sends the code again. */
  retryButtonProps: MfaButtonProps | null;
}

/** What `useMfaTotpSetup` returns. */
export type MfaTotpSetupResult = MfaChannelSetupResult<'totp'>;

/** What `useMfaEmailSetup` returns: the common setup, and resending the emailed code. */
export interface MfaEmailSetupResult extends MfaChannelSetupResult<'email'> {
  resendButtonProps: MfaResendButtonProps;
  /** For a `role="status"` region: code resent. */
  statusMessage: string;
}

function useMfaChannelSetup<Channel extends MfaChannel>(
  channel: Channel,
  {
    setup,
    userId: givenUserId,
    onEnabled,
    resendCooldown,
    messages: overrides,
  }: UseMfaChannelSetupOptions<Channel>,
): MfaChannelSetupResult<Channel> & { resend: () => Promise<void> } {
  const client = useMfaClient();
  const userId = useMfaUserId(givenUserId);
  const queryClient = useQueryClient();
  const { clock } = useMfaContext();
  const messages = useSetupMessages(overrides);
  const enabled = (status: MfaStatus, started: MfaSetupOf<Channel>) => {
    queryClient.setQueryData(mfaKeys.status(userId), status);
    onEnabled?.(status, started);
  };
  // Setup starts once, when the step is first shown (the flow's first subscriber).
  const [flow, state] = useFlow(
    () =>
      new MfaChannelSetupFlow(channel, {
        client,
        clock,
        userId,
        setup,
        resendCooldown,
        onEnabled: enabled,
      }),
    { client, onEnabled: enabled },
  );
  const inputRef = useRef<HTMLInputElement>(null);
  const focusSoon = useFocusAfterRender();
  const id = useId();
  const ids = { heading: `${id}-heading`, retry: `${id}-retry`, startError: `${id}-start-error` };

  const submit = async (code?: string) => {
    if (!(await flow.submit(code)) && flow.getState().error) {
      requestAnimationFrame(() => inputRef.current?.select());
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (state.code) void submit();
    else inputRef.current?.focus();
  };
  // The start's "Try again" stays (pending) while it runs; once setup is there it is gone
  // with the rest of the failed state, so focus moves on: to the heading (TOTP: read the
  // QR code first) or to the field the emailed code goes in.
  const retryStart = async () => {
    if (await flow.retryStart()) {
      focusSoon(() =>
        channel === 'totp' ? document.getElementById(ids.heading) : inputRef.current,
      );
    }
  };

  const errorMessage = state.error ? errorText(state.error, messages) : undefined;
  const fieldProps: OtpInputProps = {
    value: state.code,
    onValueChange: (code) => flow.setCode(code),
    onComplete: (code) => void submit(code),
    errorMessage,
    errorKey: state.errorCount,
    isInvalid: state.isCodeRejected,
    describedBy: state.canRetry ? ids.retry : undefined,
    isPending: state.isPending,
    inputRef,
    messages: overrides,
  };
  const retryButtonProps = retryProps({
    canRetry: state.canRetry,
    id: ids.retry,
    fieldRef: inputRef,
    retry: () => flow.retry(),
    messages,
  });

  return {
    state,
    flow,
    messages,
    ids,
    formProps: {
      onSubmit,
      noValidate: true,
      'aria-labelledby': ids.heading,
      'aria-busy': state.isPending || state.isStarting,
    },
    /** While there is no setup yet: "Loading…" for a `role="status"` region. */
    startStatus: state.isStarting ? messages.loading : '',
    startErrorProps: { id: ids.startError, message: errorMessage, announceKey: state.errorCount },
    /** Present once a start failed (and, pending, while it runs again). */
    retryStartButtonProps: state.hasStartFailed
      ? pressProps({
          children: messages.retry,
          isPending: state.isStarting,
          onPress: () => void retryStart(),
        })
      : null,
    fieldProps,
    enableButtonProps: pressProps({
      type: 'submit',
      children: messages.enable,
      isPending: state.isPending,
      pendingLabel: channel === 'totp' ? messages.enabling : messages.verifying,
    }),
    retryButtonProps,
    resend: async () => {
      await flow.resend();
      // The new code goes in the field: take the person there (the button is in cooldown).
      focusSoon(() => inputRef.current);
    },
  };
}

/**
 * Authenticator-app setup without markup: starts setup (the secret and QR URI), takes the
 * first code and turns TOTP on; retry after a failure on the way, offline.
 */
export function useMfaTotpSetup(options: UseMfaChannelSetupOptions<'totp'>): MfaTotpSetupResult {
  const { resend: _resend, ...setup } = useMfaChannelSetup('totp', options);
  return setup;
}

/**
 * Email setup without markup: a code is emailed, checked and email MFA turned on; resend
 * with a visible cooldown, retry after a failure on the way, offline.
 */
export function useMfaEmailSetup(options: UseMfaChannelSetupOptions<'email'>): MfaEmailSetupResult {
  const { resend, ...setup } = useMfaChannelSetup('email', options);
  const { state, messages } = setup;
  return {
    ...setup,
    resendButtonProps: resendButtonProps({
      remaining: state.resendRemaining,
      isPending: state.isResending,
      isDisabled: state.isPending,
      onPress: () => void resend(),
      messages,
    }),
    statusMessage: state.isResent ? messages.codeResent : '',
  };
}
