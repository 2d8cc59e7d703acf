'use client';

import type { MfaChannel, MfaStatus } from '@authblock/mfa-client';
import { pressProps } from '../internal/press.ts';
import { dataFlag, LiveError } from '../internal/ui.tsx';
import { errorText } from '../provider/errors.ts';
import type { MfaMessages } from '../provider/messages.ts';

interface StatusOverviewProps {
  status: MfaStatus;
  /** The method, from the server or remembered; `null` when neither knows. */
  channel: MfaChannel | null;
  /** An alert above already offers the way back on: no second "Turn on" button. */
  hasAlert: boolean;
  isLow: boolean;
  onAction: (view: 'setup' | 'disable' | 'switch') => void;
  messages: MfaMessages;
}

/** The settings card's facts (on/off, method, backup codes left) and its actions. */
export function StatusOverview({
  status,
  channel,
  hasAlert,
  isLow,
  onAction,
  messages,
}: StatusOverviewProps) {
  return (
    <>
      <dl className="abmfa-settings__facts">
        <div className="abmfa-settings__fact" data-state={status.enabled ? 'on' : 'off'}>
          <dt>{messages.statusLabel}</dt>
          <dd>{status.enabled ? messages.statusOn : messages.statusOff}</dd>
        </div>
        {/* Neither the server nor this device knows the method: just "On". */}
        {status.enabled && channel ? (
          <div className="abmfa-settings__fact">
            <dt>{messages.methodLabel}</dt>
            <dd>{channel === 'totp' ? messages.channelTotp : messages.channelEmail}</dd>
          </div>
        ) : null}
        {status.enabled && status.backupCodesRemaining !== undefined ? (
          <div className="abmfa-settings__fact" data-warning={dataFlag(isLow)}>
            <dt>{messages.backupRemainingLabel}</dt>
            <dd>{status.backupCodesRemaining}</dd>
          </div>
        ) : null}
      </dl>
      {isLow && status.backupCodesRemaining !== undefined ? (
        <p className="abmfa-settings__warning" data-warning="">
          {messages.backupLow(status.backupCodesRemaining)}
        </p>
      ) : null}
      {status.enabled || hasAlert ? null : (
        <p className="abmfa-settings__off">{messages.settingsOffText}</p>
      )}
      <div className="abmfa-settings__actions">
        {status.enabled ? (
          <>
            <button type="button" className="abmfa-button" onClick={() => onAction('switch')}>
              {messages.switchMethod}
            </button>
            <button
              type="button"
              className="abmfa-button abmfa-button--danger"
              onClick={() => onAction('disable')}
            >
              {messages.turnOff}
            </button>
          </>
        ) : hasAlert ? null : (
          <button
            type="button"
            className="abmfa-button abmfa-button--primary"
            onClick={() => onAction('setup')}
          >
            {messages.turnOn}
          </button>
        )}
      </div>
    </>
  );
}

interface StatusPendingProps {
  isLoading: boolean;
  isRetrying: boolean;
  error: unknown;
  onRetry: () => void;
  errorId: string;
  messages: MfaMessages;
}

/** No status yet: "Loading…", or why it failed with "Try again" (pending while it runs). */
export function StatusPending({
  isLoading,
  isRetrying,
  error,
  onRetry,
  errorId,
  messages,
}: StatusPendingProps) {
  const retry = pressProps({ children: messages.retry, isPending: isRetrying, onPress: onRetry });
  return (
    <>
      <p className="abmfa-status" role="status">
        {isLoading ? messages.loading : ''}
      </p>
      <LiveError
        id={errorId}
        className="abmfa-error"
        message={error ? errorText(error, messages) : undefined}
      />
      {error ? <button {...retry} className="abmfa-button" /> : null}
    </>
  );
}
