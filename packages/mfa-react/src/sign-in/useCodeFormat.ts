'use client';

import { useState } from 'react';
import type { MfaCoreMessages } from '../provider/messages.ts';
import { isWholeCode, OTP_LENGTH, type OtpMode } from './otp-field.ts';

type FormatIssue = 'characters' | 'incomplete';

/**
 * What the code field can tell before anything is sent: a letter typed into a 6-digit code
 * was left out, or the code is not whole yet. Every hook that sends a typed code uses it, so
 * no field sends "12345" or "123" (from "abc123") and costs one of the five tries on it.
 */
export function useCodeFormat(mode: OtpMode, messages: MfaCoreMessages) {
  const [issue, setIssue] = useState<{ kind: FormatIssue; count: number } | null>(null);
  const say = (kind: FormatIssue) =>
    setIssue((previous) => ({ kind, count: (previous?.count ?? 0) + 1 }));
  const length = OTP_LENGTH[mode];
  const message =
    issue === null
      ? undefined
      : issue.kind === 'characters'
        ? mode === 'numeric'
          ? messages.codeDigitsOnly
          : messages.backupCodeCharactersOnly
        : mode === 'numeric'
          ? messages.codeIncomplete(length)
          : messages.backupCodeIncomplete(length);
  return {
    /** Why the field's code is not sent yet; shown (and announced) instead of the last error. */
    message,
    /** Changes with every notice, so the same words are announced again. */
    key: issue ? -issue.count : undefined,
    /** Before sending: `true` for a whole code; otherwise says why and answers `false`. */
    check(code: string): boolean {
      if (isWholeCode(code, mode)) return true;
      say('incomplete');
      return false;
    },
    /** For the field's `onRefusedCharacters`. */
    refused: () => say('characters'),
    /**
     * The field changed: "not whole" has done its work; "digits only" stays until the
     * field is empty or whole, so typing on after "abc" does not hide why "abc" is missing.
     */
    changed(code: string): void {
      if (issue?.kind === 'incomplete' || code === '' || isWholeCode(code, mode)) setIssue(null);
    },
    /** Another kind of code is asked for: start afresh. */
    clear: () => setIssue(null),
  };
}
