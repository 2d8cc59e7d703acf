'use client';

import { type ReactNode, useId, useRef, useState } from 'react';
import { useMessages } from './context.tsx';
import {
  ActionButton,
  type ClassNameProp,
  dataFlag,
  type HeadingLevel,
  resolveClassName,
  StepHeading,
} from './internal/ui.tsx';
import type { MfaCoreMessages, MfaMessageOverrides } from './messages.ts';

export interface BackupCodesState {
  isConfirmed: boolean;
  /** The user tried to continue without confirming. */
  isInvalid: boolean;
}

export interface BackupCodesProps {
  /** The codes from the setup response (shown once; the server keeps only hashes). */
  codes: readonly string[];
  /**
   * Called when the user continues after confirming they saved the codes. Without it the
   * confirmation and the button are not shown.
   */
  onContinue?: () => void;
  /** The continue button's text. @default messages.continue */
  continueLabel?: ReactNode;
  /** Focus the heading when the step appears. */
  autoFocus?: boolean;
  /** @default 2 */
  headingLevel?: HeadingLevel;
  /** Added to `abmfa-backup-codes`; may be a function of state. */
  className?: ClassNameProp<BackupCodesState>;
  messages?: MfaMessageOverrides;
}

/** How long the print frame may stay when the browser never says printing is over. */
export const PRINT_FRAME_TIMEOUT_MS = 60_000;

/** The file and print text: a title, the advice and one code a line. */
export function backupCodesText(codes: readonly string[], messages: MfaCoreMessages): string {
  return [messages.backupFileTitle, messages.backupFileNote, '', ...codes, ''].join('\n');
}

/**
 * The 10 backup codes, shown once, with copy, download and print; the user confirms they
 * saved them before moving on.
 */
export function BackupCodes({
  codes,
  onContinue,
  continueLabel,
  autoFocus,
  headingLevel = 2,
  className,
  messages: overrides,
}: BackupCodesProps) {
  const messages = useMessages(overrides);
  const [isConfirmed, setConfirmed] = useState(false);
  const [isInvalid, setInvalid] = useState(false);
  const [notice, setNotice] = useState('');
  // Bumped per copy and per refused Continue, so a repeated message is announced again.
  const [noticeCount, setNoticeCount] = useState(0);
  const [refusedCount, setRefusedCount] = useState(0);
  const checkboxRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const copyAll = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setNotice(messages.copied);
    } catch {
      setNotice(messages.copyFailed);
    }
    setNoticeCount((count) => count + 1);
  };

  const download = () => {
    const blob = new Blob([backupCodesText(codes, messages)], { type: 'text/plain' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = messages.backupFileName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const print = () => {
    // Printing focuses the frame, which is removed afterwards: give focus back to where it
    // was (the Print button) instead of letting it fall to <body>.
    const previous = document.activeElement;
    // A hidden frame prints only the codes, not the app around them.
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;opacity:0';
    document.body.append(frame);
    const frameDocument = frame.contentDocument;
    const frameWindow = frame.contentWindow;
    if (!frameDocument || !frameWindow) {
      frame.remove();
      return;
    }
    const pre = frameDocument.createElement('pre');
    pre.textContent = backupCodesText(codes, messages);
    pre.style.font = '16px/1.6 ui-monospace, monospace';
    frameDocument.title = messages.backupFileTitle;
    frameDocument.body.append(pre);
    let fallback: ReturnType<typeof setTimeout> | undefined;
    const cleanUp = () => {
      clearTimeout(fallback);
      if (!frame.isConnected) return;
      const focusWasInFrame = document.activeElement === frame;
      frame.remove();
      const lost =
        focusWasInFrame || !document.activeElement || document.activeElement === document.body;
      if (lost && previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
    frameWindow.addEventListener('afterprint', cleanUp, { once: true });
    // Some browsers never fire `afterprint` on a frame: do not leave it in the page.
    fallback = setTimeout(cleanUp, PRINT_FRAME_TIMEOUT_MS);
    frameWindow.focus();
    frameWindow.print();
  };

  const onContinueClick = () => {
    if (!isConfirmed) {
      setInvalid(true);
      setRefusedCount((count) => count + 1);
      checkboxRef.current?.focus();
      return;
    }
    onContinue?.();
  };

  const state: BackupCodesState = { isConfirmed, isInvalid: isInvalid && !isConfirmed };
  return (
    <section
      className={resolveClassName('abmfa-backup-codes', className, state)}
      data-state={isConfirmed ? 'confirmed' : 'unconfirmed'}
      data-invalid={dataFlag(state.isInvalid)}
      aria-labelledby={`${id}-heading`}
    >
      <StepHeading
        level={headingLevel}
        id={`${id}-heading`}
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
        {codes.map((code) => (
          <li key={code} className="abmfa-backup-codes__code">
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <p className="abmfa-backup-codes__advice">{messages.backupStoreAdvice}</p>
      <div className="abmfa-backup-codes__actions">
        <button type="button" className="abmfa-button" onClick={() => void copyAll()}>
          {messages.copyAll}
        </button>
        <button type="button" className="abmfa-button" onClick={download}>
          {messages.download}
        </button>
        <button type="button" className="abmfa-button" onClick={print}>
          {messages.print}
        </button>
      </div>
      <div className="abmfa-backup-codes__notice" role="status">
        {notice ? <span key={noticeCount}>{notice}</span> : null}
      </div>
      {onContinue ? (
        <div className="abmfa-backup-codes__confirm">
          <div className="abmfa-checkbox">
            <input
              id={`${id}-confirm`}
              ref={checkboxRef}
              type="checkbox"
              className="abmfa-checkbox__input"
              checked={isConfirmed}
              onChange={(event) => setConfirmed(event.target.checked)}
              aria-invalid={state.isInvalid || undefined}
              aria-describedby={`${id}-confirm-error`}
            />
            <label htmlFor={`${id}-confirm`} className="abmfa-checkbox__label">
              {messages.backupConfirm}
            </label>
          </div>
          <div id={`${id}-confirm-error`} className="abmfa-error" role="alert">
            {state.isInvalid ? <p key={refusedCount}>{messages.backupConfirmRequired}</p> : null}
          </div>
          <ActionButton
            className="abmfa-button abmfa-button--primary"
            onClick={onContinueClick}
            aria-describedby={`${id}-confirm-error`}
          >
            {continueLabel ?? messages.continue}
          </ActionButton>
        </div>
      ) : null}
    </section>
  );
}
