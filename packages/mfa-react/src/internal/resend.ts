import type { MfaCoreMessages } from '../provider/messages.ts';
import { type MfaButtonProps, pressProps } from './press.ts';

/**
 * "Resend code", or "Resend code in 0:29" while the cooldown runs (then it ignores
 * presses): one definition for every flow that emails codes.
 */
export function resendButtonProps({
  remaining,
  isPending,
  isDisabled = false,
  onPress,
  messages,
}: {
  remaining: number;
  isPending: boolean;
  isDisabled?: boolean | undefined;
  onPress: () => void;
  messages: MfaCoreMessages;
}): MfaButtonProps & { 'data-state': 'cooldown' | 'ready' } {
  const isCoolingDown = remaining > 0;
  return {
    ...pressProps({
      onPress,
      children: isCoolingDown ? messages.resendIn(messages.countdown(remaining)) : messages.resend,
      isPending,
      pendingLabel: messages.resending,
      isDisabled: isCoolingDown || isDisabled,
    }),
    'data-state': isCoolingDown ? 'cooldown' : 'ready',
  };
}
