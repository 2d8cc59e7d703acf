import { formatDuration } from '../locales/format.ts';

/**
 * Strings of the step-up dialog and the authenticator clock hint (English; the other
 * languages are in `locales/step-up/`, each its own chunk). Error texts (wrong code, tries
 * left, lockout) are the main catalogue's, shared with the sign-in challenge.
 */
export const enStepUpMessages = {
  heading: 'Confirm it’s you',
  codeIntro: 'To continue, enter the 6-digit code from your authenticator app.',
  backupIntro: 'To continue, enter one of your backup codes. It will be used up.',
  passwordIntro: 'To continue, sign in again: your password first, then your second factor.',
  passwordLabel: 'Password',
  confirm: 'Confirm',
  confirming: 'Confirming…',
  cancel: 'Cancel',
  useBackupCode: 'Use a backup code instead',
  useAppCode: 'Use the code from your app',
  missingPassword: 'Enter your password.',
  missingCode: 'Enter the code.',
  wrongAccount: 'That password belongs to another account. Sign in as yourself to continue.',
  stepUpRequired: 'Please confirm it’s you again.',
  actionFailed: 'You are confirmed, but the action did not finish.',
  /** After the second authenticator code refused in a row. */
  clockHint:
    'Codes from an authenticator app depend on your phone’s time: a phone clock that is a minute or more off makes every code wrong. Turn on automatic date and time (Android: Settings › System › Date & time › Set time automatically; iPhone: Settings › General › Date & Time › Set Automatically). Google Authenticator on Android also has Settings › Time correction for codes › Sync now.',
  /** When this device's clock differs from the server's by more than 30 seconds. */
  clockSkew: (minutes: number, isAhead: boolean) =>
    `This device’s clock is about ${formatDuration('en', minutes, 'minute')} ${isAhead ? 'ahead' : 'behind'}. If your authenticator app is on this device, correct its time first.`,
};
export type StepUpMessages = typeof enStepUpMessages;
