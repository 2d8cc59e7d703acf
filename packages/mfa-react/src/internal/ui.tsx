'use client';

import {
  type ElementType,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type RefObject,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';

/** A component's `className`: a string added to the stable `abmfa-*` class, or a function of state. */
export type ClassNameProp<State> = string | ((state: State) => string | undefined) | undefined;

/** The stable class plus the caller's, which may depend on the component's state. */
export function resolveClassName<State>(
  base: string,
  className: ClassNameProp<State>,
  state: State,
): string {
  const extra = typeof className === 'function' ? className(state) : className;
  return extra ? `${base} ${extra}` : base;
}

/** `data-*` booleans: present when true, absent otherwise (so CSS can use `[data-invalid]`). */
export function dataFlag(value: boolean | undefined): '' | undefined {
  return value ? '' : undefined;
}

/**
 * Wraps a value put inside a sentence (an address, a code) in Unicode isolates, so the
 * sentence's direction does not reorder it: in Arabic, "Password123!" stays as typed
 * instead of "!Password123".
 */
export function isolate(value: string): string {
  return `\u2068${value}\u2069`;
}

/** Heading levels a component's title may use, so it fits the page's outline. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

interface StepHeadingProps {
  level: HeadingLevel;
  id?: string | undefined;
  className: string;
  /** Move focus here when the step appears (set by the component that switched steps). */
  autoFocus?: boolean | undefined;
  children: ReactNode;
}

/** A step's heading: focusable from script only, focused when a new step appears. */
export function StepHeading({ level, id, className, autoFocus, children }: StepHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(ref, autoFocus);
  const Tag = `h${level}` as ElementType;
  return (
    <Tag ref={ref} id={id} className={className} tabIndex={-1}>
      {children}
    </Tag>
  );
}

/** Focuses an element once, when it first mounts, if asked to. */
export function useFocusOnMount(ref: RefObject<HTMLElement | null>, enabled: boolean | undefined) {
  const enabledAtMount = useRef(enabled);
  useEffect(() => {
    if (enabledAtMount.current) ref.current?.focus();
  }, [ref]);
}

/**
 * Moves focus after React has committed the next render: for a target that the same
 * state change creates or keeps (the code field after a resend, a step's heading once the
 * control that had focus is gone). Returns `focusSoon(() => element)`.
 */
export function useFocusAfterRender() {
  const [request, setRequest] = useState<{ target: () => HTMLElement | null } | null>(null);
  useEffect(() => {
    request?.target()?.focus();
  }, [request]);
  return useCallback((target: () => HTMLElement | null) => setRequest({ target }), []);
}

interface LiveErrorProps {
  id: string;
  className: string;
  /** The message; empty keeps the region in the page, so the next one is announced. */
  message: string | undefined;
  /** Changes on every failure, so an identical message is announced again. */
  announceKey?: number | undefined;
}

/** An always-present alert region; the message inside changes per failure. */
export function LiveError({ id, className, message, announceKey }: LiveErrorProps) {
  return (
    <div id={id} className={className} role="alert" data-state={message ? 'visible' : 'hidden'}>
      {message ? <p key={announceKey}>{message}</p> : null}
    </div>
  );
}

interface TextFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'className' | 'id' | 'onChange' | 'value'> {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  /** A prop rather than `ref`: React 18 does not pass `ref` to function components. */
  inputRef?: Ref<HTMLInputElement> | undefined;
  isInvalid?: boolean | undefined;
}

/** A required, labelled text input with the kit's class names (email, password). */
export function TextField({
  id,
  label,
  onValueChange,
  inputRef,
  isInvalid,
  ...input
}: TextFieldProps) {
  return (
    <div className="abmfa-field">
      <label className="abmfa-field__label" htmlFor={id}>
        {label}
      </label>
      <input
        {...input}
        id={id}
        ref={inputRef}
        className="abmfa-field__input"
        required
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={isInvalid || undefined}
      />
    </div>
  );
}
