'use client';

import type { ReactElement, ReactNode } from 'react';
import {
  type ClassNameProp,
  dataFlag,
  type HeadingLevel,
  resolveClassName,
  StepHeading,
} from '../internal/ui.tsx';
import { type UseMfaBackupCodesOptions, useMfaBackupCodes } from './useMfaBackupCodes.ts';

export interface BackupCodesState {
  isConfirmed: boolean;
  /** The user tried to continue without confirming. */
  isInvalid: boolean;
}

export interface BackupCodesProps extends UseMfaBackupCodesOptions {
  /** The continue button's text. @default messages.continue */
  continueLabel?: ReactNode | undefined;
  /** Focus the heading when the step appears. */
  autoFocus?: boolean | undefined;
  /** @default 2 */
  headingLevel?: HeadingLevel | undefined;
  /** Added to `abmfa-backup-codes`; may be a function of state. */
  className?: ClassNameProp<BackupCodesState> | undefined;
}

/**
 * The 10 backup codes, shown once, with copy, download and print; the user confirms they
 * saved them before moving on (the confirmation shows when `onContinue` is given).
 */
export function BackupCodes({
  continueLabel,
  autoFocus,
  headingLevel = 2,
  className,
  ...options
}: BackupCodesProps): ReactElement {
  const backup = useMfaBackupCodes(options);
  const { state, messages, ids } = backup;
  const shown: BackupCodesState = { isConfirmed: state.isConfirmed, isInvalid: state.isInvalid };
  return (
    <section
      className={resolveClassName('abmfa-backup-codes', className, shown)}
      data-state={state.isConfirmed ? 'confirmed' : 'unconfirmed'}
      data-invalid={dataFlag(state.isInvalid)}
      aria-labelledby={ids.heading}
    >
      <StepHeading
        level={headingLevel}
        id={ids.heading}
        className="abmfa-backup-codes__heading"
        autoFocus={autoFocus}
      >
        {messages.backupHeading}
      </StepHeading>
      <p className="abmfa-backup-codes__intro">{messages.backupIntro}</p>
      <p className="abmfa-backup-codes__warning">
        <strong>{messages.backupOnce}</strong>
      </p>
      <ul className="abmfa-backup-codes__list" aria-label={messages.backupListLabel}>
        {state.codes.map((code) => (
          <li key={code} className="abmfa-backup-codes__code">
            {/* Left to right in every language: a code is a string of characters, not words. */}
            <code dir="ltr">{code}</code>
          </li>
        ))}
      </ul>
      <p className="abmfa-backup-codes__advice">{messages.backupStoreAdvice}</p>
      <div className="abmfa-backup-codes__actions">
        <button {...backup.copyButtonProps} className="abmfa-button" />
        <button {...backup.downloadButtonProps} className="abmfa-button" />
        <button {...backup.printButtonProps} className="abmfa-button" />
      </div>
      <div className="abmfa-backup-codes__notice" role="status">
        {backup.notice.text ? <span key={backup.notice.count}>{backup.notice.text}</span> : null}
      </div>
      {options.onContinue ? (
        <div className="abmfa-backup-codes__confirm">
          <div className="abmfa-checkbox">
            <input {...backup.checkboxProps} className="abmfa-checkbox__input" />
            <label htmlFor={ids.confirm} className="abmfa-checkbox__label">
              {messages.backupConfirm}
            </label>
          </div>
          <div id={ids.error} className="abmfa-error" role="alert">
            {backup.confirmError ? <p key={state.refusedCount}>{backup.confirmError}</p> : null}
          </div>
          <button {...backup.continueButtonProps} className="abmfa-button abmfa-button--primary">
            {continueLabel ?? messages.continue}
          </button>
        </div>
      ) : null}
    </section>
  );
}
