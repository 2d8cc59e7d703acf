'use client';

import type { ReactElement } from 'react';
import { dataFlag, resolveClassName } from '../internal/ui.tsx';
import type { OtpInputProps } from './otp-field.ts';
import { useOtpField } from './useOtpField.ts';

/**
 * One accessible field for a 6-digit code or a backup code. Pasting "123 456" or
 * "123-456" works; a complete numeric code calls `onComplete` once.
 */
export function OtpInput(props: OtpInputProps): ReactElement {
  const { state, label, description, labelProps, inputProps, descriptionProps, errorMessageProps } =
    useOtpField(props);
  return (
    <div
      className={resolveClassName('abmfa-otp', props.className, state)}
      data-state={state.fill}
      data-mode={state.mode}
      data-invalid={dataFlag(state.isInvalid)}
      data-loading={dataFlag(state.isPending)}
      data-disabled={dataFlag(state.isDisabled)}
      data-locked={dataFlag(state.isLocked)}
    >
      <label htmlFor={labelProps.htmlFor} className="abmfa-otp__label">
        {label}
      </label>
      <input {...inputProps} className="abmfa-otp__input" />
      {description ? (
        <p {...descriptionProps} className="abmfa-otp__description">
          {description}
        </p>
      ) : null}
      <div {...errorMessageProps} className="abmfa-otp__error" role="alert">
        {props.errorMessage ? <p key={props.errorKey}>{props.errorMessage}</p> : null}
      </div>
    </div>
  );
}
