'use client';

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
import { useMessages } from '../provider/MfaProvider.tsx';
import {
  hasRefusedCharacters,
  OTP_LENGTH,
  type OtpInputProps,
  type OtpInputState,
  otpFieldValue,
} from './otp-field.ts';

/** What `useOtpField` returns: the field's state, its words and the props to spread. */
export interface OtpField {
  state: OtpInputState;
  label: ReactNode;
  description: ReactNode;
  labelProps: { htmlFor: string };
  inputProps: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> | undefined };
  descriptionProps: { id: string };
  errorMessageProps: { id: string };
}

/**
 * A one-time-code field: one input (so autofill, paste and screen readers work as for any
 * text field), `autocomplete="one-time-code"`, a numeric keyboard for 6-digit codes.
 * Returns prop bundles to build your own markup; `OtpInput` is the ready-made one.
 */
export function useOtpField(props: OtpInputProps): OtpField {
  const messages = useMessages(props.messages);
  const mode = props.mode ?? 'numeric';
  const length = props.length ?? OTP_LENGTH[mode];
  const [uncontrolled, setUncontrolled] = useState(() =>
    otpFieldValue(props.defaultValue ?? '', mode, length),
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

  const { onValueChange, onComplete, onRefusedCharacters } = props;
  const update = useCallback(
    (raw: string) => {
      const next = otpFieldValue(raw, mode, length);
      if (props.value === undefined) setUncontrolled(next);
      onValueChange?.(next);
      if (hasRefusedCharacters(raw, mode)) onRefusedCharacters?.();
      if (mode !== 'numeric' || next.length < length) {
        lastCompleted.current = null;
        return;
      }
      if (lastCompleted.current === next) return;
      lastCompleted.current = next;
      onComplete?.(next);
    },
    [mode, length, props.value, onValueChange, onComplete, onRefusedCharacters],
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
      const text = event.clipboardData.getData('text');
      if (otpFieldValue(text, mode, length).length < length) return;
      event.preventDefault();
      update(text);
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
