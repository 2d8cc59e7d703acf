import type { MouseEvent, ReactNode } from 'react';
import { dataFlag } from './ui.tsx';

export interface PressOptions {
  /** Not needed for `type: 'submit'`: the form's `onSubmit` runs. */
  onPress?: (() => void) | undefined;
  children: ReactNode;
  /** Its request runs: shows `pendingLabel` and ignores presses. */
  isPending?: boolean | undefined;
  pendingLabel?: ReactNode | undefined;
  /** Not available for now (a cooldown, a lockout): ignores presses. */
  isDisabled?: boolean | undefined;
  type?: 'button' | 'submit' | undefined;
  id?: string | undefined;
}

/** Props for a `<button>`, spreadable onto your own. */
export interface MfaButtonProps {
  type: 'button' | 'submit';
  id?: string | undefined;
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
  'aria-disabled': true | undefined;
  'data-loading': '' | undefined;
  children: ReactNode;
}

/**
 * A button's props. While pending or disabled it is `aria-disabled` and ignores presses,
 * but it is never natively disabled: a focused button that turned `disabled` would drop
 * keyboard focus to `<body>`. Ignoring the click also cancels the form submission it
 * would start (a submit button's click, or Enter in a field of its form).
 */
export function pressProps({
  onPress,
  children,
  isPending = false,
  pendingLabel,
  isDisabled = false,
  type = 'button',
  id,
}: PressOptions): MfaButtonProps {
  const isInactive = isPending || isDisabled;
  return {
    type,
    id,
    onClick: (event) => {
      if (isInactive) event.preventDefault();
      else onPress?.();
    },
    'aria-disabled': isInactive || undefined,
    'data-loading': dataFlag(isPending),
    children: isPending && pendingLabel ? pendingLabel : children,
  };
}
