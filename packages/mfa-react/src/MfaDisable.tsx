'use client';

import type { MfaStatus } from '@authblock/mfa-client';
import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { useMessages } from './context.tsx';
import { errorCode, errorText } from './errors.ts';
import { useMfaDisable } from './hooks.ts';
import {
  ActionButton,
  type ClassNameProp,
  dataFlag,
  type HeadingLevel,
  LiveError,
  resolveClassName,
  StepHeading,
  TextField,
} from './internal/ui.tsx';
import { useAction } from './internal/useAction.ts';
import type { MfaMessageOverrides } from './messages.ts';

export interface MfaDisableState {
  isPending: boolean;
  isInvalid: boolean;
}

export interface MfaDisableProps {
  /** The user; defaults to the provider's `userId`. */
  userId?: string;
  /** MFA is off; receives the new status (also written to the status query). */
  onSuccess?: (status: MfaStatus) => void;
  /** Shows a "Cancel" button. */
  onCancel?: () => void;
  /** Replaces the explanatory text under the heading. */
  description?: ReactNode;
  /** Focus the heading when the form appears (set it when switching to this step). */
  autoFocus?: boolean;
  /** @default 2 */
  headingLevel?: HeadingLevel;
  /** Added to `abmfa-disable`; may be a function of state. */
  className?: ClassNameProp<MfaDisableState>;
  messages?: MfaMessageOverrides;
}

/** Turns two-factor authentication off after the user confirms their password. */
export function MfaDisable({
  userId,
  onSuccess,
  onCancel,
  description,
  autoFocus,
  headingLevel = 2,
  className,
  messages: overrides,
}: MfaDisableProps) {
  const messages = useMessages(overrides);
  const disable = useMfaDisable(userId);
  const action = useAction();
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  // Bumped per refused submit, so the same "fill in" message is announced again.
  const [missingCount, setMissingCount] = useState(0);
  const passwordRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!password);
    if (!password) {
      setMissingCount((count) => count + 1);
      passwordRef.current?.focus();
      return;
    }
    void action.run(async () => {
      try {
        const status = await disable.mutateAsync({ password });
        setPassword('');
        onSuccess?.(status);
      } catch (error) {
        passwordRef.current?.select();
        throw error;
      }
    });
  };

  const errorMessage = missing
    ? messages.fillPassword
    : action.error
      ? errorCode(action.error) === 'invalid_credentials'
        ? messages.disableWrongPassword
        : errorText(action.error, messages)
      : undefined;
  const state: MfaDisableState = { isPending: action.isPending, isInvalid: Boolean(errorMessage) };

  return (
    <form
      className={resolveClassName('abmfa-disable', className, state)}
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
        className="abmfa-disable__heading"
        autoFocus={autoFocus}
      >
        {messages.disableHeading}
      </StepHeading>
      <p className="abmfa-disable__intro" id={`${id}-intro`}>
        {description ?? messages.disableIntro}
      </p>
      <TextField
        id={`${id}-password`}
        label={messages.passwordLabel}
        inputRef={passwordRef}
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        onValueChange={setPassword}
        readOnly={state.isPending}
        isInvalid={missing || errorCode(action.error) === 'invalid_credentials'}
        aria-describedby={`${id}-intro ${id}-error`}
      />
      <LiveError
        id={`${id}-error`}
        className="abmfa-error"
        message={errorMessage}
        announceKey={action.errorCount + missingCount}
      />
      <div className="abmfa-disable__actions">
        <ActionButton
          type="submit"
          className="abmfa-button abmfa-button--danger"
          isPending={state.isPending}
          pendingLabel={messages.disabling}
        >
          {messages.disable}
        </ActionButton>
        {onCancel ? (
          <button type="button" className="abmfa-button" onClick={onCancel}>
            {messages.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
