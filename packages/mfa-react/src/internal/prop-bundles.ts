import type { FormEvent } from 'react';
import type { MfaButtonProps } from './press.ts';

// The prop bundles the flow hooks return, written out rather than inferred: a declaration
// file that spells React's types the way one version of `@types/react` prints them would
// fail in an app on the other (18 and 19 are both supported). Only types both versions
// have, in forms both accept (`FormEvent`, `ReactNode`), and refs spelled out (`MfaInputRef`).

/**
 * A ref to an input: read `current`, or pass it as an element's `ref`. Spelled out because
 * neither `RefObject` fits both versions: React 18 does not take `RefObject<HTMLInputElement
 * | null>` as an input's `ref`, and 19's `RefObject<HTMLInputElement>` says `current` is
 * never null.
 */
export interface MfaInputRef {
  readonly current: HTMLInputElement | null;
}

/** Spread onto the flow's `<form>`: its submit handler, and the state assistive tech reads. */
export interface MfaFormProps {
  /** Prevents the browser's own submit and runs the flow's step. */
  onSubmit: (event: FormEvent) => void;
  /** The kit checks the fields itself, with messages from the catalogue. */
  noValidate: true;
  /** The heading's id (`headingProps.id`). */
  'aria-labelledby': string;
  /** A request of the flow runs. */
  'aria-busy': boolean;
}

/** A step's heading (the form's accessible name) and its text. */
export interface MfaHeadingProps {
  id: string;
  children: string;
  /** Move focus to the heading when it appears (the person came back to this step). */
  autoFocus?: boolean | undefined;
}

/** A text element that others point at with `aria-describedby` (an intro, a countdown). */
export interface MfaTextProps {
  id: string;
  children: string;
}

/**
 * An always-present alert region: keep it in the page and put `message` inside it;
 * change the inner element's `key` to `announceKey` so a repeated message is announced.
 */
export interface MfaErrorProps {
  id: string;
  /** Empty while there is nothing to say. */
  message: string | undefined;
  announceKey: number;
}

/** An email or password field: spread onto a labelled `<input>` (`onValueChange` takes the value). */
export interface MfaTextFieldProps {
  id: string;
  label: string;
  /** A prop rather than `ref`: React 18 does not pass `ref` to function components. */
  inputRef: MfaInputRef;
  type: 'email' | 'password';
  name: string;
  autoComplete: string;
  value: string;
  onValueChange: (value: string) => void;
  /** A request with this value runs. */
  readOnly: boolean;
  isInvalid: boolean;
  /** The error region's id (and the intro's, where there is one). */
  'aria-describedby': string;
}

/** "Resend code", with `data-state="cooldown"` while it waits (then it ignores presses). */
export type MfaResendButtonProps = MfaButtonProps & { 'data-state': 'cooldown' | 'ready' };
