'use client';

import type { MfaStatus } from '@authblock/mfa-client';
import { MfaBackupCodeNudge } from '../account/MfaBackupCodeNudge.tsx';
import type { MfaMessageOverrides, MfaMessages } from '../provider/messages.ts';
import { useMfaMemory } from '../provider/useMfaMemory.ts';
import { StatusOverview } from './StatusOverview.tsx';

interface SettingsOverviewProps {
  status: MfaStatus;
  isLow: boolean;
  userId: string | undefined;
  onAction: (view: 'setup' | 'disable' | 'switch') => void;
  messages: MfaMessages;
  overrides: MfaMessageOverrides | undefined;
}

/**
 * The settings card's first view: the facts and actions, the nudge after a backup-code
 * sign-in, and the reminder while the backup codes were never confirmed saved.
 */
export function SettingsOverview({
  status,
  isLow,
  userId,
  onAction,
  messages,
  overrides,
}: SettingsOverviewProps) {
  const { memory } = useMfaMemory(userId);
  // The server's channel, else the one the kit turned on (the reference's status names none).
  const channel =
    status.channel && status.channel !== 'unknown' ? status.channel : (memory.channel ?? null);
  return (
    <>
      {!status.enabled && memory.switchUnfinished ? (
        // Half a switch leaves the account on its password alone: said on every visit, first
        // thing, with the one way back into the setup.
        <div className="abmfa-settings__alert" data-warning="" role="alert">
          <p>
            <strong>{messages.switchUnfinished}</strong>
          </p>
          <button
            type="button"
            className="abmfa-button abmfa-button--primary"
            onClick={() => onAction('setup')}
          >
            {messages.switchFinish}
          </button>
        </div>
      ) : null}
      <StatusOverview
        status={status}
        channel={channel}
        isLow={isLow}
        onAction={onAction}
        messages={messages}
        hasAlert={!status.enabled && Boolean(memory.switchUnfinished)}
      />
      {/* After a backup-code sign-in, once (unless a nudge elsewhere on the page took it). */}
      <MfaBackupCodeNudge
        userId={userId}
        onSetUpAgain={() => onAction('switch')}
        className="abmfa-settings__nudge"
        messages={overrides}
      />
      {status.enabled && memory.backupCodesUnconfirmed ? (
        // Auth Block gives new codes only with a new setup, so the way to codes they have
        // saved is switching (off, then on again): said here before they start.
        <div className="abmfa-settings__warning abmfa-settings__reminder" data-warning="">
          <p>
            {messages.backupUnconfirmed} {messages.backupNewCodesIntro}
          </p>
          <button type="button" className="abmfa-button" onClick={() => onAction('switch')}>
            {messages.backupNewCodes}
          </button>
        </div>
      ) : null}
    </>
  );
}
