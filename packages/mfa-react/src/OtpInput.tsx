'use client';

import { normalizeCode } from '@authblock/mfa-client';
import {
  type ChangeEvent,
  type ClipboardEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  useCallback,
  useId,
  useRef,
  useState,
} from 'react';
import { useMessages } from './context.tsx';
import { type ClassNameProp, dataFlag, resolveClassName } from './internal/ui.tsx';
import type { MfaMessageOverrides } from './messages.ts';

/** `numeric`: a 6-digit TOTP or emailed code. `backup`: a backup code (letters and digits). */
export type OtpMode = 'numeric' | 'backup';

/** What `className` functions and `data-*` attributes describe. */
export interface OtpInputState {
  mode: OtpMode;
  /** `empty`, `partial` or `complete`. */
  fill: 'empty' | 'partial' | 'complete';
  isInvalid: boolean;
  isPending: boolean;
  isDisabled: boolean;
  isLocked: boolean;
}

export interface OtpInputProps {
  /** @default 'numeric' */
  mode?: OtpMode | undefined;
  /**
   * Characters in a complete code. Numeric codes submit on their own once complete.
   * @default 6 (numeric), 8 (backup)
   */
  length?: number | undefined;
  /** The code, when controlled. Always normalised: digits, or upper-case letters and digits. */
  value?: string | undefined;
  /** The starting code, when uncontrolled. */
  defaultValue?: string | undefined;
  /** Every change, already normalised (spaces and dashes from a paste are removed). */
  onValueChange?: ((value: string) => void) | undefined;
  /**
   * Called once when a numeric code reaches `length` characters by typing or pasting.
   * Not called again for the same code; editing it re-arms it.
   */
  onComplete?: ((code: string) => void) | undefined;
  /** Visible label. @default messages.codeLabel / messages.backupCodeLabel */
  label?: ReactNode | undefined;
  /** Hint under the field, linked with `aria-describedby`. */
  description?: ReactNode | undefined;
  /** Error text under the field, announced and linked with `aria-describedby`. */
  errorMessage?: string | undefined;
  /** Change it on every failure so an identical error message is announced again. */
  errorKey?: number | undefined;
  /** Extra ids for `aria-describedby` (e.g. a form-level error). */
  describedBy?: string | undefined;
  /** Marks the field invalid (`aria-invalid`, `data-invalid`). Defaults to `!!errorMessage`. */
  isInvalid?: boolean | undefined;
  /** A request with this code is running: the field turns read-only and `data-loading` is set. */
  isPending?: boolean | undefined;
  /** Natively disabled: out of the tab order. Prefer `isLocked` for a field that had focus. */
  isDisabled?: boolean | undefined;
  /**
   * The field cannot take a code for now (a lockout, or the step is done): read-only and
   * `aria-disabled`, but still focusable, so a user whose focus is here does not lose it.
   */
  isLocked?: boolean | undefined;
  /** Focus the field when it appears. */
  autoFocus?: boolean | undefined;
  /** Form field name. @default 'code' */
  name?: string | undefined;
  id?: string | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
  /** Added to `abmfa-otp`; may be a function of state. */
  className?: ClassNameProp<OtpInputState> | undefined;
  messages?: MfaMessageOverrides | undefined;
}

/**
 * What the field holds: the code in the form the client sends it (`normalizeCode`: no
 * spaces or dashes, upper case; the one normaliser of the kit), then only the characters
 * its kind of code has, at most `length` digits (backup codes may run longer).
 */
function fieldValue(raw: string, mode: OtpMode, length: number): string {
  const code = normalizeCode(raw).replace(mode === 'numeric' ? /\D/g : /[^0-9A-Z]/g, '');
  return code.slice(0, mode === 'numeric' ? length : Math.max(length, 32));
}

/**
 * A one-time-code field: one input (so autofill, paste and screen readers work as for any
 * text field), `autocomplete="one-time-code"`, a numeric keyboard for 6-digit codes.
 * Returns prop bundles to build your own markup; `OtpInput` is the ready-made one.
 */
export function useOtpField(props: OtpInputProps) {
  const messages = useMessages(props.messages);
  const mode = props.mode ?? 'numeric';
  const length = props.length ?? (mode === 'numeric' ? 6 : 8);
  const [uncontrolled, setUncontrolled] = useState(() =>
    fieldValue(props.defaultValue ?? '', mode, length),
  );
  const value = props.value ?? uncontrolled;
  const lastCompleted = useRef<string | null>(null);

  const generatedId = useId();
  const inputId = props.id ?? `${generatedId}-input`;
  const descriptionId = `${generatedId}-description`;
  const errorId = `${generatedId}-error`;
  const isInvalid = props.isInvalid ?? Boolean(props.errorMessage);
  const isPending = props.isPending ?? false;
  const isDisabled = props.isDisabled ?? false;
  const isLocked = props.isLocked ?? false;
  const description =
    props.description ?? (mode === 'numeric' ? messages.codeHint : messages.backupCodeHint);

  const { onValueChange, onComplete } = props;
  const update = useCallback(
    (raw: string) => {
      const next = fieldValue(raw, mode, length);
      if (props.value === undefined) setUncontrolled(next);
      onValueChange?.(next);
      if (mode !== 'numeric' || next.length < length) {
        lastCompleted.current = null;
        return;
      }
      if (lastCompleted.current === next) return;
      lastCompleted.current = next;
      onComplete?.(next);
    },
    [mode, length, props.value, onValueChange, onComplete],
  );
  const onChange = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => update(event.target.value),
    [update],
  );
  // A whole code pasted into a partly filled field replaces what was there: inserted at
  // the caret, "1" + "123 456" would become "112345" and be submitted.
  const isReadOnly = isPending || isLocked || isDisabled;
  const onPaste = useCallback(
    (event: ClipboardEvent<HTMLInputElement>) => {
      if (isReadOnly) return;
      const pasted = fieldValue(event.clipboardData.getData('text'), mode, length);
      if (pasted.length < length) return;
      event.preventDefault();
      update(pasted);
    },
    [isReadOnly, mode, length, update],
  );

  const state: OtpInputState = {
    mode,
    fill: value.length === 0 ? 'empty' : value.length >= length ? 'complete' : 'partial',
    isInvalid,
    isPending,
    isDisabled,
    isLocked,
  };

  const describedBy =
    [description ? descriptionId : null, errorId, props.describedBy].filter(Boolean).join(' ') ||
    undefined;

  const inputProps: InputHTMLAttributes<HTMLInputElement> & {
    ref?: Ref<HTMLInputElement> | undefined;
  } = {
    ref: props.inputRef,
    id: inputId,
    name: props.name ?? 'code',
    type: 'text',
    value,
    onChange,
    onPaste,
    // Backup codes are not one-time codes a browser could offer from an SMS or email.
    autoComplete: mode === 'numeric' ? 'one-time-code' : 'off',
    inputMode: mode === 'numeric' ? 'numeric' : 'text',
    pattern: mode === 'numeric' ? `[0-9]{${length}}` : undefined,
    autoCapitalize: mode === 'numeric' ? 'off' : 'characters',
    autoCorrect: 'off',
    spellCheck: false,
    enterKeyHint: 'done',
    autoFocus: props.autoFocus,
    disabled: isDisabled,
    readOnly: isPending || isLocked,
    'aria-disabled': isLocked || undefined,
    'aria-invalid': isInvalid || undefined,
    'aria-describedby': describedBy,
  };

  return {
    state,
    label: props.label ?? (mode === 'numeric' ? messages.codeLabel : messages.backupCodeLabel),
    description,
    labelProps: { htmlFor: inputId },
    inputProps,
    descriptionProps: { id: descriptionId },
    errorMessageProps: { id: errorId },
  };
}

/**
 * One accessible field for a 6-digit code or a backup code. Pasting "123 456" or
 * "123-456" works; a complete numeric code calls `onComplete` once.
 */
export function OtpInput(props: OtpInputProps) {
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
