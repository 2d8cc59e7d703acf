'use client';

import type { MfaSetup, MfaStatus } from '@authblock/mfa-client';
import { type FormEvent, useId, useRef, useState } from 'react';
import QRCode from 'react-qr-code';
import { useSetupMessages } from './context.tsx';
import { errorText, isCodeRejected, isTransient } from './errors.ts';
import { useMfaEnable } from './hooks.ts';
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
import { useAction } from './internal/useAction.ts';
import { useStartSetup } from './internal/useStartSetup.ts';
import type { MfaMessageOverrides } from './messages.ts';
import { OtpInput } from './OtpInput.tsx';

export type TotpSetupData = Extract<MfaSetup, { channel: 'totp' }>;

export interface TotpSetupState {
  /** `starting` (no secret yet), `ready`, or `failed` (setup could not start). */
  step: 'starting' | 'ready' | 'failed';
  isPending: boolean;
  isInvalid: boolean;
}

export interface TotpSetupProps {
  /** A started TOTP setup. Without it the component starts one when it appears. */
  setup?: TotpSetupData;
  /** The user; defaults to the provider's `userId`. */
  userId?: string;
  /** TOTP is on: the new status and the setup (whose backup codes to show next). */
  onEnabled?: (status: MfaStatus, setup: TotpSetupData) => void;
  /** Shows a "Back" button. */
  onCancel?: () => void;
  /** QR code size in CSS pixels. @default 176 */
  qrSize?: number;
  /** Focus the heading when the step appears. */
  autoFocus?: boolean;
  /** @default 2 */
  headingLevel?: HeadingLevel;
  /** Added to `abmfa-totp-setup`; may be a function of state. */
  className?: ClassNameProp<TotpSetupState>;
  messages?: MfaMessageOverrides;
}

/** Splits a base32 secret into groups of four for reading aloud or typing. */
export function groupSecret(secret: string): string {
  return (
    secret
      .replace(/\s/g, '')
      .match(/.{1,4}/g)
      ?.join(' ') ?? ''
  );
}

/** The account label inside an `otpauth://` URI (`Issuer:user@example.com`), if readable. */
export function otpauthLabel(uri: string): string | undefined {
  const match = /^otpauth:\/\/totp\/([^?]+)/i.exec(uri);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/**
 * Authenticator-app setup: the QR code, "Can't scan?" manual entry with a copyable key,
 * the supported apps, and the first code to turn TOTP on.
 */
export function TotpSetup({
  setup: givenSetup,
  userId,
  onEnabled,
  onCancel,
  qrSize = 176,
  autoFocus,
  headingLevel = 2,
  className,
  messages: overrides,
}: TotpSetupProps) {
  const messages = useSetupMessages(overrides);
  const started = useStartSetup('totp', givenSetup, userId);
  const enable = useMfaEnable(userId);
  const action = useAction();
  const [code, setCode] = useState('');
  const [copyNotice, setCopyNotice] = useState('');
  // Bumped per copy, so a second "Copied" is announced again.
  const [copyCount, setCopyCount] = useState(0);
  const lastCode = useRef<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const focusSoon = useFocusAfterRender();
  const id = useId();
  const setup = started.setup;

  const submit = (value: string) => {
    if (!setup) return;
    lastCode.current = value;
    void action.run(async () => {
      try {
        const status = await enable.mutateAsync({ totpCode: value });
        onEnabled?.(status, setup);
      } catch (error) {
        requestAnimationFrame(() => inputRef.current?.select());
        throw error;
      }
    });
  };

  // "Try again" disappears while its request runs: focus goes to the field first.
  const onRetry = () => {
    if (!lastCode.current) return;
    inputRef.current?.focus();
    submit(lastCode.current);
  };

  // The start's "Try again" stays (pending) while it runs; once the QR code is there it is
  // gone with the rest of the failed state, so focus moves to the step's heading.
  const retryStart = async () => {
    if (await started.restart()) focusSoon(() => document.getElementById(`${id}-heading`));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!code) {
      inputRef.current?.focus();
      return;
    }
    submit(code);
  };

  const copyKey = async () => {
    if (!setup) return;
    try {
      await navigator.clipboard.writeText(setup.secret);
      setCopyNotice(messages.copied);
    } catch {
      setCopyNotice(messages.copyFailed);
    }
    setCopyCount((count) => count + 1);
  };

  const error = action.error ?? started.startError;
  const errorMessage = error ? errorText(error, messages) : undefined;
  const state: TotpSetupState = {
    step: setup ? 'ready' : started.startError ? 'failed' : 'starting',
    isPending: action.isPending || started.isStarting,
    isInvalid: Boolean(action.error),
  };
  const canRetry = Boolean(action.error) && isTransient(action.error) && lastCode.current !== null;
  const label = setup ? otpauthLabel(setup.qrCodeUri) : undefined;

  return (
    <form
      className={resolveClassName('abmfa-totp-setup', className, state)}
      data-state={state.step}
      data-loading={dataFlag(state.isPending)}
      data-invalid={dataFlag(state.isInvalid)}
      aria-labelledby={`${id}-heading`}
      aria-busy={state.isPending}
      noValidate
      onSubmit={onSubmit}
    >
      <StepHeading
        level={headingLevel}
        id={`${id}-heading`}
        className="abmfa-totp-setup__heading"
        autoFocus={autoFocus}
      >
        {messages.totpHeading}
      </StepHeading>
      {!setup ? (
        <>
          <p className="abmfa-status" role="status">
            {started.isStarting ? messages.loading : ''}
          </p>
          <LiveError
            id={`${id}-start-error`}
            className="abmfa-error"
            message={errorMessage}
            announceKey={started.startErrorCount}
          />
          {started.startError || started.isRetrying ? (
            <ActionButton
              className="abmfa-button"
              onClick={() => void retryStart()}
              isPending={started.isStarting}
            >
              {messages.retry}
            </ActionButton>
          ) : null}
        </>
      ) : (
        <>
          <p className="abmfa-totp-setup__scan">{messages.totpScan}</p>
          <div className="abmfa-totp-setup__qr">
            <QRCode
              value={setup.qrCodeUri}
              size={qrSize}
              role="img"
              aria-label={messages.totpQrLabel}
              title={messages.totpQrLabel}
            />
          </div>
          <details className="abmfa-totp-setup__manual">
            <summary className="abmfa-totp-setup__manual-toggle">{messages.totpCantScan}</summary>
            <p>{messages.totpManualIntro}</p>
            <dl className="abmfa-totp-setup__details">
              {label ? (
                <div>
                  <dt>{messages.totpAccount}</dt>
                  <dd>{label}</dd>
                </div>
              ) : null}
              <div>
                <dt>{messages.totpKey}</dt>
                <dd>
                  <code className="abmfa-totp-setup__secret" data-secret={setup.secret}>
                    {groupSecret(setup.secret)}
                  </code>{' '}
                  <button
                    type="button"
                    className="abmfa-button abmfa-button--small"
                    onClick={() => void copyKey()}
                  >
                    {messages.copyKey}
                  </button>
                </dd>
              </div>
              <div>
                <dt>{messages.totpKeyType}</dt>
                <dd>{messages.totpKeyTypeValue}</dd>
              </div>
            </dl>
            <p className="abmfa-totp-setup__copy-notice" role="status">
              {copyNotice ? <span key={copyCount}>{copyNotice}</span> : null}
            </p>
          </details>
          <p className="abmfa-totp-setup__apps">
            {messages.totpApps}{' '}
            <span className="abmfa-totp-setup__app-list">
              {messages.totpSupportedApps.join(', ')}
            </span>
          </p>
          <OtpInput
            value={code}
            onValueChange={setCode}
            onComplete={submit}
            description={messages.totpCodeHint}
            errorMessage={errorMessage}
            errorKey={action.errorCount}
            isInvalid={isCodeRejected(action.error)}
            describedBy={canRetry ? `${id}-retry` : undefined}
            isPending={action.isPending}
            inputRef={inputRef}
            messages={overrides}
          />
          <div className="abmfa-totp-setup__actions">
            <ActionButton
              type="submit"
              className="abmfa-button abmfa-button--primary"
              isPending={action.isPending}
              pendingLabel={messages.enabling}
            >
              {messages.enable}
            </ActionButton>
            {canRetry ? (
              <ActionButton id={`${id}-retry`} className="abmfa-button" onClick={onRetry}>
                {messages.retry}
              </ActionButton>
            ) : null}
            {onCancel ? (
              <button type="button" className="abmfa-button abmfa-button--link" onClick={onCancel}>
                {messages.back}
              </button>
            ) : null}
          </div>
        </>
      )}
    </form>
  );
}
