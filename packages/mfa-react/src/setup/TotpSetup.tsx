'use client';

import type { MfaSetupOf } from '@authblock/mfa-core';
import { lazy, type ReactElement, Suspense, useEffect, useRef, useState } from 'react';
import { useSecretFormMethod } from '../internal/secret-form.ts';
import {
  type ClassNameProp,
  dataFlag,
  type HeadingLevel,
  resolveClassName,
  StepHeading,
} from '../internal/ui.tsx';
import { useMfaMemory } from '../provider/useMfaMemory.ts';
import { OtpInput } from '../sign-in/OtpInput.tsx';
import { MfaClockHint } from '../step-up/MfaClockHint.tsx';
import { useTotpRejections } from '../step-up/useTotpRejections.ts';
import { SetupStart } from './SetupStart.tsx';
import { TotpManualEntry } from './TotpManualEntry.tsx';
import { type UseMfaChannelSetupOptions, useMfaTotpSetup } from './useMfaChannelSetup.ts';

// The QR library is its own chunk, never part of a sign-in page: fetched as this step
// mounts, alongside the setup request, and shown once both are in.
const loadQrCode = () => import('./QrCode.tsx');
const QrCode = lazy(loadQrCode);

export type TotpSetupData = MfaSetupOf<'totp'>;

export interface TotpSetupState {
  /** `starting` (no secret yet), `ready`, or `failed` (setup could not start). */
  step: 'starting' | 'ready' | 'failed';
  isPending: boolean;
  isInvalid: boolean;
}

export interface TotpSetupProps extends UseMfaChannelSetupOptions<'totp'> {
  /** Shows a "Back" button. */
  onCancel?: (() => void) | undefined;
  /** QR code size in CSS pixels. @default 176 */
  qrSize?: number | undefined;
  /** Focus the heading when the step appears. */
  autoFocus?: boolean | undefined;
  /** @default 2 */
  headingLevel?: HeadingLevel | undefined;
  /** Added to `abmfa-totp-setup`; may be a function of state. */
  className?: ClassNameProp<TotpSetupState> | undefined;
}

/**
 * Authenticator-app setup: the QR code, "Can't scan?" manual entry with a copyable key,
 * the supported apps, and the first code to turn TOTP on.
 */
export function TotpSetup({
  onCancel,
  qrSize = 176,
  autoFocus,
  headingLevel = 2,
  className,
  ...options
}: TotpSetupProps): ReactElement {
  const method = useSecretFormMethod();
  const totp = useMfaTotpSetup(options);
  useEffect(() => {
    void loadQrCode();
  }, []);
  const { state, messages } = totp;
  const totpRejections = useTotpRejections({
    errorCount: state.errorCount,
    isRejected: state.isCodeRejected,
    isTotp: true,
  });
  // A setup that starts while an earlier one was never finished (a reload half-way): that
  // earlier key is dead, and its entry may already be in the person's app. Decided once
  // per mount, so the store's own update cannot make a first setup look like a restart.
  const { memory, remember } = useMfaMemory(options.userId);
  const [isRestart, setRestart] = useState(false);
  const isDecided = useRef(false);
  useEffect(() => {
    if (!state.setup || isDecided.current) return;
    isDecided.current = true;
    setRestart(Boolean(memory.totpSetupStarted));
    remember({ totpSetupStarted: true });
  }, [state.setup, memory.totpSetupStarted, remember]);
  useEffect(() => {
    if (state.step === 'done') remember({ totpSetupStarted: false });
  }, [state.step, remember]);
  const shown: TotpSetupState = {
    step: state.step === 'done' ? 'ready' : state.step,
    isPending: state.isPending || state.isStarting,
    isInvalid: Boolean(state.error) && Boolean(state.setup),
  };
  return (
    <form
      {...totp.formProps}
      method={method}
      className={resolveClassName('abmfa-totp-setup', className, shown)}
      data-state={shown.step}
      data-loading={dataFlag(shown.isPending)}
      data-invalid={dataFlag(shown.isInvalid)}
    >
      <StepHeading
        level={headingLevel}
        id={totp.ids.heading}
        className="abmfa-totp-setup__heading"
        autoFocus={autoFocus}
      >
        {messages.totpHeading}
      </StepHeading>
      {!state.setup ? (
        <SetupStart {...totp} />
      ) : (
        <>
          {isRestart ? (
            <p className="abmfa-totp-setup__restarted abmfa-settings__warning">
              {messages.totpRestarted}
            </p>
          ) : null}
          <p className="abmfa-totp-setup__scan">{messages.totpScan}</p>
          <Suspense
            fallback={
              <div className="abmfa-totp-setup__qr" data-loading="">
                <span className="abmfa-totp-setup__qr-loading" style={{ inlineSize: qrSize }}>
                  {messages.loading}
                </span>
              </div>
            }
          >
            <QrCode value={state.setup.qrCodeUri} size={qrSize} label={messages.totpQrLabel} />
          </Suspense>
          <TotpManualEntry setup={state.setup} messages={messages} />
          <p className="abmfa-totp-setup__apps">
            {messages.totpApps}{' '}
            <span className="abmfa-totp-setup__app-list">
              {messages.totpSupportedApps.join(', ')}
            </span>
          </p>
          <OtpInput {...totp.fieldProps} description={messages.totpCodeHint} />
          <MfaClockHint totpRejections={totpRejections} />
          <div className="abmfa-totp-setup__actions">
            <button {...totp.enableButtonProps} className="abmfa-button abmfa-button--primary" />
            {totp.retryButtonProps ? (
              <button {...totp.retryButtonProps} className="abmfa-button" />
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
