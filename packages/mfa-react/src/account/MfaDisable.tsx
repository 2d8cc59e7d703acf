'use client';

import type { ReactElement, ReactNode } from 'react';
import { useSecretFormMethod } from '../internal/secret-form.ts';
import {
  type ClassNameProp,
  dataFlag,
  type HeadingLevel,
  LiveError,
  resolveClassName,
  StepHeading,
  TextField,
} from '../internal/ui.tsx';
import { type UseMfaDisableOptions, useMfaDisable } from './useMfaDisable.ts';

export interface MfaDisableState {
  isPending: boolean;
  isInvalid: boolean;
}

export interface MfaDisableProps extends UseMfaDisableOptions {
  /** Shows a "Cancel" button. */
  onCancel?: (() => void) | undefined;
  /** Replaces the explanatory text under the heading. */
  description?: ReactNode | undefined;
  /** Focus the heading when the form appears (set it when switching to this step). */
  autoFocus?: boolean | undefined;
  /** @default 2 */
  headingLevel?: HeadingLevel | undefined;
  /** Added to `abmfa-disable`; may be a function of state. */
  className?: ClassNameProp<MfaDisableState> | undefined;
}

/** Turns two-factor authentication off after the user confirms their password. */
export function MfaDisable({
  onCancel,
  description,
  autoFocus,
  headingLevel = 2,
  className,
  ...options
}: MfaDisableProps): ReactElement {
  const method = useSecretFormMethod();
  const disable = useMfaDisable(options);
  const { state, messages } = disable;
  const shown: MfaDisableState = {
    isPending: state.isPending,
    isInvalid: Boolean(disable.errorMessage),
  };
  return (
    <form
      {...disable.formProps}
      method={method}
      className={resolveClassName('abmfa-disable', className, shown)}
      data-loading={dataFlag(shown.isPending)}
      data-invalid={dataFlag(shown.isInvalid)}
    >
      <StepHeading
        level={headingLevel}
        {...disable.headingProps}
        className="abmfa-disable__heading"
        autoFocus={autoFocus}
      />
      <p {...disable.introProps} className="abmfa-disable__intro">
        {description ?? messages.disableIntro}
      </p>
      <TextField {...disable.passwordFieldProps} />
      <LiveError {...disable.errorProps} className="abmfa-error" />
      <div className="abmfa-disable__actions">
        <button {...disable.submitButtonProps} className="abmfa-button abmfa-button--danger" />
        {onCancel ? (
          <button type="button" className="abmfa-button" onClick={onCancel}>
            {messages.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
