'use client';

import {
  createMfaBackupCodesFlow,
  type MfaBackupCodesFlow,
  type MfaBackupCodesFlowState,
} from '@authblock/mfa-core';
import { useEffect, useId, useRef, useState } from 'react';
import { type MfaButtonProps, pressProps } from '../internal/press.ts';
import type { MfaInputRef } from '../internal/prop-bundles.ts';
import { copyText, downloadText, fileNameSlug, printText } from '../internal/share.ts';
import { useFlow } from '../internal/useFlow.ts';
import { useMessages, useOptionalMfaContext } from '../provider/MfaProvider.tsx';
import type { MfaCoreMessages, MfaMessageOverrides } from '../provider/messages.ts';
import { useMfaMemory } from '../provider/useMfaMemory.ts';

export interface UseMfaBackupCodesOptions {
  /** The codes from the setup response (shown once; the server keeps only hashes). */
  codes: readonly string[];
  /** The person confirmed they saved the codes and continues. */
  onContinue?: (() => void) | undefined;
  messages?: MfaMessageOverrides | undefined;
  /** Named in the file and the printout: what the codes unlock. @default the provider's `appName` */
  appName?: string | undefined;
  /** Named in the file and the printout: whose codes they are. @default the provider's `account` */
  account?: string | undefined;
}

/** What the backup-codes file says the codes are for. */
export interface BackupCodesFileDetails {
  appName?: string | undefined;
  account?: string | undefined;
  /** When the codes were made (shown). */
  date: Date;
  /** The language of the date. @default 'en' */
  locale?: string | undefined;
}

/** `YYYY-MM-DD` in the person's own time zone: the day they saw the codes. */
function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The file and print text: a title; the app, the account and the date, so whoever finds
 * the file later knows what it unlocks; the advice; one code a line.
 */
export function backupCodesText(
  codes: readonly string[],
  messages: MfaCoreMessages,
  details?: BackupCodesFileDetails,
): string {
  const about: string[] = [];
  if (details?.appName) about.push(`${messages.backupFileApp}: ${details.appName}`);
  if (details?.account) about.push(`${messages.backupFileAccount}: ${details.account}`);
  if (details) {
    const day = new Intl.DateTimeFormat(details.locale ?? 'en', { dateStyle: 'long' });
    about.push(
      `${messages.backupFileDate}: ${day.format(details.date)} (${localDay(details.date)})`,
    );
  }
  return [messages.backupFileTitle, ...about, messages.backupFileNote, '', ...codes, ''].join('\n');
}

/**
 * The file's name: the app's (letters and digits of any script, so any system accepts it), the
 * language's own `backupFileName`, and the day, e.g. `acme-backup-codes-2026-12-05.txt`;
 * a second set saved later does not overwrite the first.
 */
export function backupCodesFileName(
  messages: MfaCoreMessages,
  details: Pick<BackupCodesFileDetails, 'appName' | 'date'>,
): string {
  const stem = messages.backupFileName.replace(/\.txt$/i, '');
  const app = fileNameSlug(details.appName ?? '');
  return `${[app, stem, localDay(details.date)].filter(Boolean).join('-')}.txt`;
}

/** What `useMfaBackupCodes` returns: the flow's state and the props to spread. */
export interface MfaBackupCodesResult {
  state: MfaBackupCodesFlowState;
  /** The flow itself, for anything the bundles do not cover. */
  flow: MfaBackupCodesFlow;
  messages: MfaCoreMessages;
  /** The heading's, the checkbox's and its error's: label and describe with them. */
  ids: { heading: string; confirm: string; error: string };
  copyButtonProps: MfaButtonProps;
  downloadButtonProps: MfaButtonProps;
  printButtonProps: MfaButtonProps;
  /** For a `role="status"` region: copied, or could not copy; `count` changes per copy (a `key`). */
  notice: { text: string; count: number };
  /** "I saved them": spread onto an `<input>`. */
  checkboxProps: {
    id: string;
    ref: MfaInputRef;
    type: 'checkbox';
    checked: boolean;
    onChange: (event: { target: { checked: boolean } }) => void;
    'aria-invalid': true | undefined;
    'aria-describedby': string;
  };
  /** Continuing without ticking the checkbox: text for the element `ids.error` names. */
  confirmError: string | undefined;
  /** Continues only once the checkbox is ticked (else focus goes to it). */
  continueButtonProps: MfaButtonProps & { 'aria-describedby': string };
}

/**
 * The backup codes without markup: copy, download and print, and the "I saved them"
 * confirmation that must be ticked before continuing.
 */
export function useMfaBackupCodes({
  codes,
  onContinue,
  messages: overrides,
  appName,
  account,
}: UseMfaBackupCodesOptions): MfaBackupCodesResult {
  const messages = useMessages(overrides);
  const context = useOptionalMfaContext();
  // The day the codes were shown, fixed then: a download after midnight still says when.
  const [date] = useState(() => new Date(context?.clock?.now() ?? Date.now()));
  const details: BackupCodesFileDetails = {
    appName: appName ?? context?.appName,
    account: account ?? context?.account,
    date,
    locale: context?.locale,
  };
  // Until they confirm, the settings card reminds them (also after a reload or sign-out).
  const { remember } = useMfaMemory();
  useEffect(() => {
    remember({ backupCodesUnconfirmed: true });
  }, [remember]);
  const continued = () => {
    remember({ backupCodesUnconfirmed: false });
    onContinue?.();
  };
  const [flow, state] = useFlow(() => createMfaBackupCodesFlow({ codes, onContinue: continued }), {
    onContinue: continued,
  });
  const [notice, setNotice] = useState({ text: '', count: 0 });
  const checkboxRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const ids = { heading: `${id}-heading`, confirm: `${id}-confirm`, error: `${id}-confirm-error` };
  const text = backupCodesText(codes, messages, details);

  const copyAll = async () => {
    const copied = await copyText(codes.join('\n'));
    // A new key per copy, so a second "Copied" is announced again.
    setNotice((last) => ({
      text: copied ? messages.copied : messages.copyFailed,
      count: last.count + 1,
    }));
  };

  return {
    state,
    flow,
    messages,
    ids,
    copyButtonProps: pressProps({ children: messages.copyAll, onPress: () => void copyAll() }),
    downloadButtonProps: pressProps({
      children: messages.download,
      onPress: () => downloadText(text, backupCodesFileName(messages, details)),
    }),
    printButtonProps: pressProps({
      children: messages.print,
      onPress: () =>
        printText(
          text,
          details.appName
            ? `${details.appName}: ${messages.backupFileTitle}`
            : messages.backupFileTitle,
        ),
    }),
    /** For a `role="status"` region: copied, or could not copy. */
    notice,
    checkboxProps: {
      id: ids.confirm,
      ref: checkboxRef,
      type: 'checkbox' as const,
      checked: state.isConfirmed,
      onChange: (event: { target: { checked: boolean } }) =>
        flow.setConfirmed(event.target.checked),
      'aria-invalid': state.isInvalid || undefined,
      'aria-describedby': ids.error,
    },
    confirmError: state.isInvalid ? messages.backupConfirmRequired : undefined,
    continueButtonProps: {
      ...pressProps({
        children: messages.continue,
        onPress: () => {
          if (!flow.continue()) checkboxRef.current?.focus();
        },
      }),
      'aria-describedby': ids.error,
    },
  };
}
