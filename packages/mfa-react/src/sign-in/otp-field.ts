import { normalizeCode } from '@authblock/mfa-client';
import type { ReactNode, Ref } from 'react';
import type { ClassNameProp } from '../internal/ui.tsx';
import type { MfaMessageOverrides } from '../provider/messages.ts';

// The one-time-code field's contract: what `useOtpField` and `OtpInput` take, what they
// report, and what a code in the field may hold.

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
  /**
   * A change brought characters no code of this kind has (a letter in a 6-digit code): the
   * field left them out. Say so (`useCodeFormat` does), or "abc123" silently becomes "123".
   */
  onRefusedCharacters?: (() => void) | undefined;
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

/** Characters in a whole code of each kind: 6 digits; a backup code's 8 (DESIGN.md). */
export const OTP_LENGTH: Record<OtpMode, number> = { numeric: 6, backup: 8 };

/** The characters a code of `mode` may not have (after `normalizeCode`). */
const notInCode: Record<OtpMode, RegExp> = { numeric: /\D/g, backup: /[^0-9A-Z]/g };

/**
 * What the field holds: the code in the form the client sends it (`normalizeCode`: no
 * spaces or dashes, upper case; the one normaliser of the kit), then only the characters
 * its kind of code has, at most `length` of them.
 */
export function otpFieldValue(raw: string, mode: OtpMode, length: number): string {
  return normalizeCode(raw).replace(notInCode[mode], '').slice(0, length);
}

/** `raw` has characters the field leaves out: letters in a 6-digit code, symbols in any. */
export function hasRefusedCharacters(raw: string, mode: OtpMode): boolean {
  return normalizeCode(raw).replace(notInCode[mode], '') !== normalizeCode(raw);
}

/**
 * Whether the field holds a code worth sending: exactly `length` of its characters (six
 * digits, or a backup code's eight letters or digits, the guide's and the reference's
 * shapes alike). Anything shorter cannot be right and would cost one of the five tries.
 */
export function isWholeCode(code: string, mode: OtpMode, length = OTP_LENGTH[mode]): boolean {
  return code.length === length && otpFieldValue(code, mode, length) === code;
}
