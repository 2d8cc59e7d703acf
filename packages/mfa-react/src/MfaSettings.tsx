'use client';

import type { MfaStatus } from '@authblock/mfa-client';
import { type ReactNode, useId, useState } from 'react';
import { useSetupMessages } from './context.tsx';
import { errorText } from './errors.ts';
import { useMfaStatus } from './hooks.ts';
import {
  ActionButton,
  type ClassNameProp,
  dataFlag,
  type HeadingLevel,
  LiveError,
  resolveClassName,
  StepHeading,
  useFocusAfterRender,
} from './internal/ui.tsx';
import { MfaDisable } from './MfaDisable.tsx';
import { MfaSetup } from './MfaSetup.tsx';
import type { MfaMessageOverrides } from './messages.ts';

export type MfaSettingsView = 'overview' | 'setup' | 'disable' | 'switch';

export interface MfaSettingsState {
  view: MfaSettingsView;
  isEnabled: boolean;
  isLoading: boolean;
  /** Three or fewer backup codes left while MFA is on. */
  isLow: boolean;
}

export interface MfaSettingsProps {
  /** The user; defaults to the provider's `userId`. */
  userId?: string;
  /** Warn when this many backup codes or fewer remain. @default 3 */
  lowBackupCodes?: number;
  /** MFA was turned on or off (after switching, called for each). */
  onChange?: (status: MfaStatus) => void;
  /** @default 2 */
  headingLevel?: HeadingLevel;
  /** Added to `abmfa-settings`; may be a function of state. */
  className?: ClassNameProp<MfaSettingsState>;
  messages?: MfaMessageOverrides;
}

/**
 * The security-settings card: whether MFA is on, with which channel, how many backup
 * codes remain (with a warning when few do), and the actions to turn it on, switch method
 * (turn off, then set up again) or turn it off.
 */
export function MfaSettings({
  userId,
  lowBackupCodes = 3,
  onChange,
  headingLevel = 2,
  className,
  messages: overrides,
}: MfaSettingsProps) {
  const messages = useSetupMessages(overrides);
  const statusQuery = useMfaStatus(userId);
  const [view, setView] = useState<MfaSettingsView>('overview');
  const [moved, setMoved] = useState(false);
  const focusSoon = useFocusAfterRender();
  const id = useId();
  const status = statusQuery.data;

  // "Try again" stays (pending) while the status loads; once the card replaces it, focus
  // moves to the heading instead of falling to <body>.
  const retryStatus = async () => {
    const result = await statusQuery.refetch();
    if (result.data) focusSoon(() => document.getElementById(`${id}-heading`));
  };

  const go = (next: MfaSettingsView) => {
    setMoved(true);
    setView(next);
  };

  const state: MfaSettingsState = {
    view,
    isEnabled: Boolean(status?.enabled),
    isLoading: statusQuery.isPending,
    isLow: Boolean(status?.enabled) && (status?.backupCodesRemaining ?? 0) <= lowBackupCodes,
  };
  const subHeading = (headingLevel < 6 ? headingLevel + 1 : 6) as HeadingLevel;
  const shared = { userId, messages: overrides, autoFocus: true, headingLevel: subHeading };

  let body: ReactNode;
  if (view === 'setup') {
    body = (
      <MfaSetup
        {...shared}
        onComplete={(next) => {
          onChange?.(next);
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
        onSuccess={(next) => {
          onChange?.(next);
          go(view === 'switch' ? 'setup' : 'overview');
        }}
        onCancel={() => go('overview')}
      />
    );
  } else if (!status) {
    body = (
      <>
        <p className="abmfa-status" role="status">
          {statusQuery.isPending ? messages.loading : ''}
        </p>
        <LiveError
          id={`${id}-error`}
          className="abmfa-error"
          message={statusQuery.error ? errorText(statusQuery.error, messages) : undefined}
        />
        {statusQuery.error ? (
          <ActionButton
            className="abmfa-button"
            onClick={() => void retryStatus()}
            isPending={statusQuery.isFetching}
          >
            {messages.retry}
          </ActionButton>
        ) : null}
      </>
    );
  } else {
    body = (
      <>
        <dl className="abmfa-settings__facts">
          <div className="abmfa-settings__fact" data-state={status.enabled ? 'on' : 'off'}>
            <dt>{messages.statusLabel}</dt>
            <dd>{status.enabled ? messages.statusOn : messages.statusOff}</dd>
          </div>
          {status.enabled && status.channel ? (
            <div className="abmfa-settings__fact">
              <dt>{messages.methodLabel}</dt>
              <dd>{status.channel === 'totp' ? messages.channelTotp : messages.channelEmail}</dd>
            </div>
          ) : null}
          {status.enabled ? (
            <div className="abmfa-settings__fact" data-warning={dataFlag(state.isLow)}>
              <dt>{messages.backupRemainingLabel}</dt>
              <dd>{status.backupCodesRemaining}</dd>
            </div>
          ) : null}
        </dl>
        {state.isLow ? (
          <p className="abmfa-settings__warning" data-warning="">
            {messages.backupLow(status.backupCodesRemaining)}
          </p>
        ) : null}
        {status.enabled ? null : <p className="abmfa-settings__off">{messages.settingsOffText}</p>}
        <div className="abmfa-settings__actions">
          {status.enabled ? (
            <>
              <button type="button" className="abmfa-button" onClick={() => go('switch')}>
                {messages.switchMethod}
              </button>
              <button
                type="button"
                className="abmfa-button abmfa-button--danger"
                onClick={() => go('disable')}
              >
                {messages.turnOff}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="abmfa-button abmfa-button--primary"
              onClick={() => go('setup')}
            >
              {messages.turnOn}
            </button>
          )}
        </div>
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
