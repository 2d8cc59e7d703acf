/** Strings of `RequireMfa` (English; the other languages are in `locales/require-mfa/`). */
export const enRequireMfaMessages = {
  checking: 'Checking two-factor authentication…',
  /** Names the region that stands in for the page. */
  regionLabel: 'Two-factor authentication required',
  needsTotp: 'This page needs an authenticator app. Set it up to continue.',
  needsEmail: 'This page needs email codes. Set them up to continue.',
  needsAny: 'This page needs two-factor authentication. Turn it on to continue.',
  switchToTotp:
    'This page needs an authenticator app, and you use email codes. Confirm your password to turn email codes off, then set up the app.',
  switchToEmail:
    'This page needs email codes, and you use an authenticator app. Confirm your password to turn it off, then set up email codes.',
  confirmBackupCodes:
    'This page needs your backup codes saved somewhere safe. They are the way back in if you lose your second factor.',
  confirmBackupCodesLabel: 'I have saved my backup codes',
  confirm: 'Continue',
  retry: 'Try again',
};
export type RequireMfaMessages = typeof enRequireMfaMessages;
