import type { RefObject } from 'react';
import type { MfaCoreMessages } from '../provider/messages.ts';
import { type MfaButtonProps, pressProps } from './press.ts';

/**
 * "Try again" after a failure on the way (the flow's `canRetry`: the network, the server),
 * or `null` when there is nothing to retry: one definition for every flow that checks codes.
 */
export function retryButtonProps({
  canRetry,
  id,
  fieldRef,
  retry,
  isDisabled = false,
  messages,
}: {
  canRetry: boolean;
  id: string;
  /** The code field: focus goes there first. */
  fieldRef: RefObject<HTMLInputElement | null>;
  /** The flow's `retry`: sends the last code again. */
  retry: () => Promise<unknown>;
  isDisabled?: boolean | undefined;
  messages: Pick<MfaCoreMessages, 'retry'>;
}): MfaButtonProps | null {
  if (!canRetry) return null;
  return pressProps({
    id,
    children: messages.retry,
    isDisabled,
    // "Try again" disappears while its request runs: focus goes to the field first, or it
    // would fall to the page.
    onPress: () => {
      fieldRef.current?.focus();
      void retry();
    },
  });
}
