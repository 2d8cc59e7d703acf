'use client';

import { isMfaStepUpRequired } from '@authblock/mfa-core';
import { type FormEvent, useEffect, useId, useRef } from 'react';
import { useLazyCatalogue } from '../internal/lazy-catalogue.ts';
import { pressProps } from '../internal/press.ts';
import {
  type ClassNameProp,
  dataFlag,
  type HeadingLevel,
  LiveError,
  resolveClassName,
  TextField,
} from '../internal/ui.tsx';
import { errorText, withAttemptsLeft } from '../provider/errors.ts';
import { useMessages } from '../provider/MfaProvider.tsx';
import type { MfaMessageOverrides } from '../provider/messages.ts';
import { MfaChallenge } from '../sign-in/MfaChallenge.tsx';
import { OtpInput } from '../sign-in/OtpInput.tsx';
import { stepUpCatalogues } from './catalogues.ts';
import { MfaClockHint } from './MfaClockHint.tsx';
import { enStepUpMessages, type StepUpMessages } from './messages.ts';
import type { UseMfaStepUpResult } from './useMfaStepUp.ts';

export interface MfaStepUpDialogState {
  step: UseMfaStepUpResult['state']['step'];
  isPending: boolean;
  isInvalid: boolean;
}

export interface MfaStepUpDialogProps {
  /** What `useMfaStepUp` returned. */
  stepUp: UseMfaStepUpResult;
  /** @default 2 */
  headingLevel?: HeadingLevel | undefined;
  /** Replaces any of the dialog's own strings. */
  messages?: Partial<StepUpMessages> | undefined;
  /** Replaces any of the shared strings (error texts, the challenge's). */
  coreMessages?: MfaMessageOverrides | undefined;
  /** Added to `abmfa-step-up`; may be a function of state. */
  className?: ClassNameProp<MfaStepUpDialogState> | undefined;
}

/**
 * The step-up as a modal dialog (the native `<dialog>`: the page behind is inert, so focus
 * stays inside): the authenticator code or a backup code, or the password then the sign-in
 * challenge; Escape and Cancel cancel (the action never runs); focus returns to where it
 * was. Wrong codes, tries left and lockouts read as in the sign-in challenge.
 */
export function MfaStepUpDialog({
  stepUp,
  headingLevel = 2,
  messages: overrides,
  coreMessages,
  className,
}: MfaStepUpDialogProps) {
  const { state, flow } = stepUp;
  const core = useMessages(coreMessages);
  const catalogue = useLazyCatalogue(stepUpCatalogues, undefined);
  const text = { ...(catalogue?.messages ?? enStepUpMessages), ...overrides };
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const id = useId();
  const ids = { heading: `${id}-heading`, intro: `${id}-intro`, error: `${id}-error` };

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (state.isOpen && !dialog.open) {
      returnFocus.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      fieldRef.current?.focus();
    } else if (!state.isOpen && dialog.open) {
      dialog.close();
      returnFocus.current?.focus();
      returnFocus.current = null;
    }
  }, [state.isOpen]);

  const isLocked = state.step === 'locked';
  const isCodeStep = state.step === 'code' || state.step === 'backup' || isLocked;
  const errorMessage =
    isLocked && state.lockoutSeconds !== null
      ? core.lockedOutFor(state.lockoutSeconds)
      : state.isMissing
        ? state.step === 'password'
          ? text.missingPassword
          : text.missingCode
        : state.isWrongAccount
          ? text.wrongAccount
          : isMfaStepUpRequired(state.error)
            ? text.stepUpRequired
            : state.error && !state.isLockoutOver
              ? `${state.step === 'action' ? `${text.actionFailed} ` : ''}${withAttemptsLeft(
                  errorText(state.error, core),
                  state.remainingAttempts,
                  core,
                )}`
              : undefined;
  const shown: MfaStepUpDialogState = {
    step: state.step,
    isPending: state.isPending,
    isInvalid: state.isRejected || state.isMissing,
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (state.step === 'password') void flow.submitPassword();
    else if (isCodeStep) void flow.submitCode();
    else if (state.step === 'action') void flow.retry();
  };
  const cancelButton = (
    <button
      {...pressProps({
        onPress: () => flow.cancel(),
        children: text.cancel,
        isDisabled: state.isPending,
      })}
      className="abmfa-button abmfa-button--link"
    />
  );
  const Heading = `h${headingLevel}` as 'h2';
  const credentials = flow.challengeCredentials;

  return (
    <dialog
      ref={dialogRef}
      className={resolveClassName('abmfa-step-up', className, shown)}
      aria-labelledby={ids.heading}
      aria-describedby={state.isOpen ? ids.intro : undefined}
      data-state={state.step}
      data-level={state.level ?? undefined}
      data-loading={dataFlag(state.isPending)}
      data-invalid={dataFlag(shown.isInvalid)}
      onCancel={(event) => {
        // Escape: the flow decides (not while a check runs), and the effect closes it.
        event.preventDefault();
        flow.cancel();
      }}
    >
      {state.isOpen ? (
        <>
          <Heading id={ids.heading} className="abmfa-step-up__heading">
            {text.heading}
          </Heading>
          {state.step === 'challenge' && state.challenge && credentials ? (
            <>
              <MfaChallenge
                challenge={state.challenge}
                credentials={credentials}
                onSuccess={(result) => void flow.signedIn(result)}
                headingLevel={Math.min(headingLevel + 1, 6) as HeadingLevel}
                messages={coreMessages}
              />
              <p id={ids.intro} hidden>
                {text.passwordIntro}
              </p>
              <div className="abmfa-step-up__actions">{cancelButton}</div>
            </>
          ) : (
            <form onSubmit={onSubmit} noValidate aria-busy={state.isPending}>
              <p id={ids.intro} className="abmfa-step-up__intro">
                {state.level === 'full'
                  ? text.passwordIntro
                  : state.isBackupCode
                    ? text.backupIntro
                    : text.codeIntro}
              </p>
              {isCodeStep ? (
                <>
                  <OtpInput
                    key={state.isBackupCode ? 'backup' : 'code'}
                    mode={state.isBackupCode ? 'backup' : 'numeric'}
                    value={state.code}
                    onValueChange={(code) => flow.setCode(code)}
                    onComplete={(code) => void flow.submitCode(code)}
                    errorMessage={errorMessage}
                    errorKey={state.errorCount}
                    isInvalid={!isLocked && shown.isInvalid}
                    isPending={state.isPending}
                    isLocked={isLocked}
                    inputRef={fieldRef}
                    messages={coreMessages}
                  />
                  {isLocked ? (
                    <p className="abmfa-step-up__lockout" data-state="locked">
                      {core.lockedOut(core.countdown(state.lockoutRemaining))}
                    </p>
                  ) : null}
                  <MfaClockHint totpRejections={state.totpRejections} messages={overrides} />
                </>
              ) : state.step === 'password' ? (
                <>
                  <TextField
                    id={`${id}-password`}
                    label={text.passwordLabel}
                    type="password"
                    autoComplete="current-password"
                    value={state.password}
                    onValueChange={(password) => flow.setPassword(password)}
                    inputRef={fieldRef}
                    isInvalid={shown.isInvalid}
                    aria-describedby={ids.error}
                    readOnly={state.isPending}
                  />
                  <LiveError
                    id={ids.error}
                    className="abmfa-step-up__error"
                    message={errorMessage}
                    announceKey={state.errorCount}
                  />
                </>
              ) : (
                <LiveError
                  id={ids.error}
                  className="abmfa-step-up__error"
                  message={errorMessage}
                  announceKey={state.errorCount}
                />
              )}
              <div className="abmfa-step-up__actions">
                {state.step !== 'action' || state.canRetry ? (
                  <button
                    {...pressProps({
                      type: 'submit',
                      children: state.step === 'action' ? core.retry : text.confirm,
                      isPending: state.isPending,
                      pendingLabel: text.confirming,
                      isDisabled: isLocked,
                    })}
                    className="abmfa-button abmfa-button--primary"
                  />
                ) : null}
                {isCodeStep && !isLocked ? (
                  <button
                    {...pressProps({
                      onPress: () => {
                        flow.setBackupCode(!state.isBackupCode);
                        requestAnimationFrame(() => fieldRef.current?.focus());
                      },
                      children: state.isBackupCode ? text.useAppCode : text.useBackupCode,
                      isDisabled: state.isPending,
                    })}
                    className="abmfa-button abmfa-button--link"
                  />
                ) : null}
                {cancelButton}
              </div>
            </form>
          )}
        </>
      ) : null}
    </dialog>
  );
}
