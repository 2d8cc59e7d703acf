'use client';

import type { MfaStatus } from '@authblock/mfa-client';
import { type ReactNode, useId, useState } from 'react';
import { useSetupMessages } from './context.tsx';
import { useMfaStatus } from './hooks.ts';
import { StatusOverview, StatusPending } from './internal/StatusOverview.tsx';
import {
  type ClassNameProp,
  dataFlag,
  type HeadingLevel,
  resolveClassName,
  StepHeading,
  useFocusAfterRender,
} from './internal/ui.tsx';
import { MfaBackupCodeNudge } from './MfaBackupCodeNudge.tsx';
import { MfaDisable } from './MfaDisable.tsx';
import { MfaSetupWizard } from './MfaSetupWizard.tsx';
import { useMfaMemory } from './memory.ts';
import type { MfaMessageOverrides } from './messages.ts';

export type MfaSettingsView = 'overview' | 'setup' | 'disable' | 'switch';

export interface MfaSettingsState {
  view: MfaSettingsView;
  isEnabled: boolean;
  isLoading: boolean;
  /** `lowBackupCodes` or fewer backup codes left while MFA is on. */
  isLow: boolean;
}

export interface MfaSettingsProps {
  /** The user; defaults to the provider's `userId`. */
  userId?: string | undefined;
  /**
   * The view the card opens in: `'switch'` starts setting the method up again at once (a
   * nudge on another page sends the person here). @default 'overview'
   */
  defaultView?: MfaSettingsView | undefined;
  /** Warn when this many backup codes or fewer remain. @default 3 */
  lowBackupCodes?: number | undefined;
  /** MFA was turned on (after its backup codes were saved). */
  onEnabled?: ((status: MfaStatus) => void) | undefined;
  /** MFA was turned off (also the first half of switching method). */
  onDisabled?: ((status: MfaStatus) => void) | undefined;
  /** @default 2 */
  headingLevel?: HeadingLevel | undefined;
  /** Added to `abmfa-settings`; may be a function of state. */
  className?: ClassNameProp<MfaSettingsState> | undefined;
  messages?: MfaMessageOverrides | undefined;
}

/**
 * The security-settings card: whether MFA is on, with which channel, how many backup
 * codes remain (with a warning when few do), and the actions to turn it on, switch method
 * (turn off, then set up again) or turn it off.
 */
export function MfaSettings({
  userId,
  defaultView = 'overview',
  lowBackupCodes = 3,
  onEnabled,
  onDisabled,
  headingLevel = 2,
  className,
  messages: overrides,
}: MfaSettingsProps) {
  const messages = useSetupMessages(overrides);
  const statusQuery = useMfaStatus(userId);
  const [view, setView] = useState<MfaSettingsView>(defaultView);
  const { memory, remember } = useMfaMemory(userId);
  const [moved, setMoved] = useState(false);
  const focusSoon = useFocusAfterRender();
  const id = useId();
  const status = statusQuery.data;
  const go = (next: MfaSettingsView) => {
    setMoved(true);
    setView(next);
  };
  // "Try again" stays (pending) while the status loads; once the card replaces it, focus
  // moves to the heading instead of falling to <body>.
  const retryStatus = async () => {
    const result = await statusQuery.refetch();
    if (result.data) focusSoon(() => document.getElementById(`${id}-heading`));
  };

  const state: MfaSettingsState = {
    view,
    isEnabled: Boolean(status?.enabled),
    isLoading: statusQuery.isPending,
    // Only a count the server gave can be low: the reference's answers may leave it out.
    isLow:
      Boolean(status?.enabled) &&
      status?.backupCodesRemaining !== undefined &&
      status.backupCodesRemaining <= lowBackupCodes,
  };
  const subHeading = (headingLevel < 6 ? headingLevel + 1 : 6) as HeadingLevel;
  const shared = { userId, messages: overrides, autoFocus: true, headingLevel: subHeading };

  let body: ReactNode;
  if (view === 'setup') {
    body = (
      <MfaSetupWizard
        {...shared}
        onComplete={(next) => {
          onEnabled?.(next);
          go('overview');
        }}
        onCancel={() => go('overview')}
      />
    );
  } else if (view === 'disable' || view === 'switch') {
    body = (
      <MfaDisable
        {...shared}
        description={view === 'switch' ? messages.switchIntro : undefined}
        onDisabled={(next) => {
          // Turned off: the old codes are gone, nothing left to confirm.
          if (!next.enabled) remember({ backupCodesUnconfirmed: false });
          onDisabled?.(next);
          go(view === 'switch' ? 'setup' : 'overview');
        }}
        onCancel={() => go('overview')}
      />
    );
  } else if (!status) {
    body = (
      <StatusPending
        isLoading={statusQuery.isPending}
        isRetrying={statusQuery.isFetching}
        error={statusQuery.error}
        onRetry={() => void retryStatus()}
        errorId={`${id}-error`}
        messages={messages}
      />
    );
  } else {
    body = (
      <>
        <StatusOverview status={status} isLow={state.isLow} onAction={go} messages={messages} />
        {/* After a backup-code sign-in, once (unless a nudge elsewhere on the page took it). */}
        <MfaBackupCodeNudge
          userId={userId}
          onSetUpAgain={() => go('switch')}
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
            <button type="button" className="abmfa-button" onClick={() => go('switch')}>
              {messages.backupNewCodes}
            </button>
          </div>
        ) : null}
      </>
    );
  }

  return (
    <section
      className={resolveClassName('abmfa-settings', className, state)}
      data-state={status ? (status.enabled ? 'on' : 'off') : 'loading'}
      data-view={view}
      data-warning={dataFlag(state.isLow)}
      data-loading={dataFlag(state.isLoading)}
      aria-labelledby={`${id}-heading`}
      aria-busy={statusQuery.isPending}
    >
      <StepHeading
        key={view}
        level={headingLevel}
        id={`${id}-heading`}
        className="abmfa-settings__heading"
        autoFocus={moved && view === 'overview'}
      >
        {messages.settingsHeading}
      </StepHeading>
      {body}
    </section>
  );
}
