'use client';

import type { MfaChannel } from '@authblock/mfa-client';
import { type ReactElement, useEffect, useState } from 'react';
import { type ClassNameProp, resolveClassName } from '../internal/ui.tsx';
import { useMfaStatus } from '../provider/hooks.ts';
import { useMessages } from '../provider/MfaProvider.tsx';
import type { MfaMessageOverrides } from '../provider/messages.ts';
import { useMfaMemory } from '../provider/useMfaMemory.ts';

/** What `useMfaBackupCodeNudge` returns. */
export interface MfaBackupCodeNudgeResult {
  /** The nudge names the codes left, so it waits for a server that says how many. */
  isShown: boolean;
  /** Backup codes left (0 until the status says). */
  remaining: number;
  /** The person's method, when the server or this device knows it: the nudge speaks of it. */
  channel: MfaChannel | null;
  /** Hides the nudge (it was taken from the memory store already: it does not come back). */
  dismiss: () => void;
}

/**
 * After a sign-in with a backup code (the guide: "consider setting up a new 2FA method"):
 * whether to nudge now, with the codes left. Shown once: the first nudge to see the flag
 * takes it from the memory store, so a reload, the next page or a second nudge on the same
 * page (the settings card's) stays quiet.
 */
export function useMfaBackupCodeNudge(userId?: string | undefined): MfaBackupCodeNudgeResult {
  const status = useMfaStatus(userId).data;
  const { memory, take } = useMfaMemory(userId);
  const [isShown, setShown] = useState(false);
  const isOn = Boolean(status?.enabled);
  useEffect(() => {
    if (isOn && memory.backupCodeSignIn && take('backupCodeSignIn')) setShown(true);
  }, [isOn, memory.backupCodeSignIn, take]);
  const remaining = status?.backupCodesRemaining;
  // The server's channel, else the one the kit turned on on this device.
  const serverChannel = status?.channel;
  const channel =
    serverChannel && serverChannel !== 'unknown' ? serverChannel : (memory.channel ?? null);
  return {
    channel,
    isShown: isShown && isOn && remaining !== undefined,
    remaining: remaining ?? 0,
    dismiss: () => setShown(false),
  };
}

export interface MfaBackupCodeNudgeState {
  remaining: number;
}

export interface MfaBackupCodeNudgeProps {
  /** The user; defaults to the provider's `userId`. */
  userId?: string | undefined;
  /**
   * "Set up again": take them to set their method up anew (your security page; there
   * `<MfaSettings defaultView="switch">` opens the switch straight away).
   */
  onSetUpAgain: () => void;
  /** Added to `abmfa-nudge`; may be a function of state. */
  className?: ClassNameProp<MfaBackupCodeNudgeState> | undefined;
  messages?: MfaMessageOverrides | undefined;
}

/**
 * "You signed in with a backup code — 9 left. Set up your authenticator app again?" (or the
 * person's own method), once, on
 * the page after such a sign-in, with the way to set up again and a dismiss. Renders
 * nothing otherwise. `MfaSettings` shows one itself; put this one on whatever page
 * follows sign-in when that is not the settings page.
 */
export function MfaBackupCodeNudge({
  userId,
  onSetUpAgain,
  className,
  messages: overrides,
}: MfaBackupCodeNudgeProps): ReactElement | null {
  const messages = useMessages(overrides);
  const { isShown, remaining, channel, dismiss } = useMfaBackupCodeNudge(userId);
  if (!isShown) return null;
  const question =
    channel === 'totp'
      ? messages.backupNudgeTotp
      : channel === 'email'
        ? messages.backupNudgeEmail
        : messages.backupNudgeAny;
  return (
    <div className={resolveClassName('abmfa-nudge', className, { remaining })}>
      <p>
        {messages.backupNudge(remaining)} {question}
      </p>
      <div className="abmfa-nudge__actions">
        <button
          type="button"
          className="abmfa-button"
          onClick={() => {
            dismiss();
            onSetUpAgain();
          }}
        >
          {messages.backupNudgeAction}
        </button>
        <button type="button" className="abmfa-button abmfa-button--link" onClick={dismiss}>
          {messages.dismiss}
        </button>
      </div>
    </div>
  );
}
