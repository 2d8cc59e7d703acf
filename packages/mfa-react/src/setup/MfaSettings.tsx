'use client';

import type { MfaStatus } from '@authblock/mfa-client';
import { type ReactElement, type ReactNode, useId, useState } from 'react';
import {
  type ClassNameProp,
  dataFlag,
  type HeadingLevel,
  resolveClassName,
  StepHeading,
  useFocusAfterRender,
} from '../internal/ui.tsx';
import { useMfaStatus } from '../provider/hooks.ts';
import { useSetupMessages } from '../provider/MfaProvider.tsx';
import type { MfaMessageOverrides } from '../provider/messages.ts';
import { SettingsChange } from './SettingsChange.tsx';
import { SettingsOverview } from './SettingsOverview.tsx';
import { StatusPending } from './StatusOverview.tsx';

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
  /**
   * Asked before the card opens "Turn off" or "Switch method" (also the way to new backup
   * codes); resolve `false` to stay on the overview. Guard them with step-up here
   * (`useMfaStepUp`: a second factor for `disable`, the full step-up for `switch`).
   */
  beforeChange?: ((view: 'disable' | 'switch') => boolean | Promise<boolean>) | undefined;
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
  beforeChange,
  headingLevel = 2,
  className,
  messages: overrides,
}: MfaSettingsProps): ReactElement {
  const messages = useSetupMessages(overrides);
  const statusQuery = useMfaStatus(userId);
  const [view, setView] = useState<MfaSettingsView>(defaultView);
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

  let body: ReactNode;
  if (view !== 'overview') {
    body = (
      <SettingsChange
        view={view}
        userId={userId}
        headingLevel={subHeading}
        onEnabled={onEnabled}
        onDisabled={onDisabled}
        go={go}
        messages={messages}
        overrides={overrides}
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
      <SettingsOverview
        status={status}
        isLow={state.isLow}
        userId={userId}
        onAction={async (next) => {
          if (next !== 'setup' && beforeChange && !(await beforeChange(next))) return;
          go(next);
        }}
        messages={messages}
        overrides={overrides}
      />
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
