import { formatClock, formatDuration, plural, waitDuration } from '../locales/format.ts';

/**
 * Every string the components show, in English. The other languages live in `locales/mfa/`,
 * one catalogue per locale with the same keys, loaded when `<MfaProvider locale>` asks. Override any of them through
 * `<MfaProvider messages={...}>` or a component's `messages` prop; a translation passes
 * the whole map. Entries that need a value are functions.
 */
/** Strings of the sign-in, challenge, backup-code and disable components (the main entry). */
export const enCoreMessages = {
  // ---------------------------------------------------------------- shared
  codeLabel: 'Verification code',
  backupCodeLabel: 'Backup code',
  codeHint: 'Enter the 6-digit code.',
  backupCodeHint: 'Enter one of your backup codes. Spaces and dashes are ignored.',
  verify: 'Verify',
  verifying: 'Verifying…',
  continue: 'Continue',
  cancel: 'Cancel',
  back: 'Back',
  retry: 'Try again',
  loading: 'Loading…',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy. Select the text and copy it yourself.',
  /** A countdown's `m:ss`, in the locale's digits. */
  countdown: (seconds: number) => formatClock('en', seconds),
  /** Countdown text inside buttons and notices; `time` is `countdown(seconds)`. */
  resendIn: (time: string) => `Resend code in ${time}`,
  resend: 'Resend code',
  resending: 'Sending…',
  codeResent: 'A new code is on its way.',
  emailNewCode: 'Email me a new code',
  codeResentIfEmail: 'If you get your codes by email, a new one is on its way.',
  /** The visible countdown under a locked field (not announced as it ticks); `time` is `m:ss`. */
  lockedOut: (time: string) => `You can try again in ${time}.`,
  /**
   * Announced once when a lockout starts, from the server's `Retry-After` in seconds:
   * whole minutes rounded up, or seconds under a minute.
   */
  lockedOutFor: (seconds: number) =>
    `Too many attempts. Try again in ${waitDuration('en', seconds)}.`,
  lockoutOver: 'You can try again now.',
  /** After a wrong code, when the server says how many more it allows (`remainingAttempts`). */
  attemptsLeft: (count: number) =>
    plural('en', count, { one: '# try left.', other: '# tries left.' }),
  codeDigitsOnly: 'A code has digits only: the field left out anything else.',
  backupCodeCharactersOnly:
    'A backup code has letters and digits only: the field left out anything else.',
  codeIncomplete: (count: number) =>
    plural('en', count, { other: 'The code has # digits: enter all of them. Nothing was sent.' }),
  backupCodeIncomplete: (count: number) =>
    plural('en', count, {
      other: 'A backup code has # letters or digits: enter all of them. Nothing was sent.',
    }),

  // ---------------------------------------------------------------- channel names
  channelTotp: 'Authenticator app',
  channelEmail: 'Email',

  // ---------------------------------------------------------------- backup codes
  backupHeading: 'Save your backup codes',
  backupIntro:
    'If you lose your phone or cannot reach your email, sign in with one of these codes. Each code works once.',
  backupOnce: 'They will not be shown again.',
  backupListLabel: 'Backup codes',
  backupStoreAdvice:
    'Keep them in a password manager or print them. Do not store them on the same device as your authenticator app.',
  copyAll: 'Copy all',
  download: 'Download .txt',
  print: 'Print',
  backupConfirm: 'I have saved these codes',
  backupConfirmRequired: 'Confirm that you have saved your backup codes to continue.',
  backupFileName: 'backup-codes.txt',
  backupFileTitle: 'Two-factor authentication backup codes',
  backupFileNote: 'Each code works once. Keep this file somewhere safe.',
  /** The file's and printout's labels: what the codes unlock, whose they are, and when. */
  backupFileApp: 'App',
  backupFileAccount: 'Account',
  backupFileDate: 'Created',
  // ---------------------------------------------------------------- challenge
  challengeHeading: 'Two-factor authentication',
  challengeTotpHint: 'Enter the 6-digit code from your authenticator app.',
  /** The server did not say which channel (the API reference's sign-in answer). */
  challengeAnyCodeHint:
    'Enter the 6-digit code from your authenticator app, or from the newest email if you get your codes by email.',
  switchToAnyCode: 'Use your authenticator or email code instead',
  challengeEmailHint: (address: string) => `Enter the 6-digit code we sent to ${address}.`,
  challengeEmailHintGeneric: 'Enter the 6-digit code we sent to your email address.',
  /** How long an emailed code works, in whole minutes (from the server, else `emailCodeTtl`). */
  emailExpiry: (minutes: number) =>
    `The code expires in ${formatDuration('en', minutes, 'minute')}.`,
  switchToBackupCode: 'Use a backup code instead',
  switchToChannelCode: (channel: string) => `Use your ${channel.toLowerCase()} code instead`,
  /**
   * Passwordless sign-in for an email-2FA account: the challenge's code is a second email,
   * not the sign-in code just used.
   */
  challengeEmailSecondCode: (address: string) =>
    `We sent a second, different code to ${address}. It is in the same inbox as the sign-in code you just used: enter the newest one.`,
  challengeEmailSecondCodeGeneric:
    'We sent a second, different code to the same inbox as the sign-in code you just used: enter the newest one.',
  signedIn: 'Signed in.',

  // ---------------------------------------------------------------- after a backup-code sign-in
  /** Shown once after signing in with a backup code; `remaining` codes are left. */
  backupNudge: (remaining: number) =>
    `You signed in with a backup code — ${plural('en', remaining, { one: '# left', other: '# left' })}.`,
  backupNudgeTotp: 'Set up your authenticator app again?',
  backupNudgeEmail: 'Set up your email codes again?',
  backupNudgeAny: 'Set up two-factor authentication again?',
  backupNudgeAction: 'Set up again',
  dismiss: 'Dismiss',

  // ---------------------------------------------------------------- sign-in
  signInHeading: 'Sign in',
  emailLabel: 'Email',
  passwordLabel: 'Password',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  fillCredentials: 'Enter your email and password.',
  fillEmail: 'Enter your email address.',
  fillPassword: 'Enter your password.',
  fillCode: 'Enter the code.',
  passwordlessHeading: 'Sign in with an email code',
  passwordlessIntro: 'We will email you a sign-in code.',
  sendCode: 'Email me a code',
  sendingCode: 'Sending…',
  passwordlessCodeHeading: 'Check your email',
  passwordlessCodeSent: (email: string) =>
    `If an account exists for ${email}, we sent it a sign-in code.`,
  passwordlessCodeLabel: 'Sign-in code',
  /** Too many wrong tries cleared the sign-in code (`GW-PL-014`): only a new one can work. */
  passwordlessCodeCleared: 'Too many wrong codes, so this code no longer works. Request a new one.',
  /** A wrong or used passwordless code (the server says `invalid_credentials`). */
  passwordlessWrongCode: 'That sign-in code is not correct. Check the newest email and try again.',
  changeEmail: 'Use a different email',

  // ---------------------------------------------------------------- disable
  disableHeading: 'Turn off two-factor authentication',
  disableIntro:
    'Your account will be protected by your password alone. Confirm with your password.',
  disable: 'Turn off',
  disabling: 'Turning off…',
  disableWrongPassword: 'That password is not correct.',

  // ---------------------------------------------------------------- errors, by error code
  'error.invalid_mfa_code': 'That code is not correct. Check it and try again.',
  'error.code_expired': 'That code has expired. Request a new one.',
  'error.code_used': 'That code was already used. Enter the next code your app shows.',
  'error.code_replaced':
    'A newer code was sent, so this one no longer works. Enter the code from the newest email.',
  /** Added to a wrong emailed code after "Resend" (a server may not say it was replaced). */
  newestCodeOnly: 'Only the code in the newest email works.',
  newestCodeOnlyIfEmail: 'If you get your codes by email, only the code in the newest one works.',
  'error.code_not_requested': 'There is no code waiting for this address. Request a new one.',
  'error.too_many_attempts': 'Too many wrong codes. For your security, wait before trying again.',
  'error.rate_limited': 'A code was sent moments ago. Wait a moment before asking for another.',
  'error.invalid_credentials': 'The email or password is not correct.',
  'error.mfa_already_enabled': 'Two-factor authentication is already on.',
  'error.mfa_setup_incomplete': 'Setup is not finished. Start again.',
  'error.mfa_not_enabled': 'Two-factor authentication is off.',
  'error.unauthorized': 'Your session has ended. Sign in again.',
  'error.forbidden': 'You are not allowed to do that.',
  'error.validation_error': 'Check what you entered and try again.',
  'error.server_error': 'Something went wrong on our side. Try again.',
  'error.network': 'Could not reach the server. Check your connection and try again.',
  'error.offline': 'You’re offline — check your connection.',
  'error.response': 'The server sent an answer we could not read. Try again.',
  'error.generic': 'Something went wrong. Try again.',
};

/** Strings only the setup entry (`@authblock/mfa-react/setup`) shows. */
export const enSetupMessages = {
  // ---------------------------------------------------------------- channel choice
  setupHeading: 'Set up two-factor authentication',
  setupIntro: 'Choose how you will confirm it is you when you sign in.',
  channelLegend: 'Verification method',
  /** Beside the channel an app recommends (`MfaSetupWizard`'s `recommended`). */
  recommendedBadge: '(recommended)',
  channelEmailDescription: 'Simpler: we email you a code when you sign in. No app needed.',
  channelTotpDescription:
    'Stronger: codes come from an app on your phone, work offline, and cannot be read by someone who gets into your email. Best if your account can change other people’s access or see sensitive data.',
  channelRecommended: 'Recommended',
  startSetup: 'Continue',
  startingSetup: 'Starting…',

  totpHeading: 'Set up your authenticator app',
  totpScan: 'Scan this QR code with your authenticator app.',
  totpQrLabel: 'QR code for your authenticator app',
  totpApps: 'Works with:',
  totpSupportedApps: [
    'Google Authenticator',
    'Authy',
    '1Password',
    'Bitwarden',
    'Microsoft Authenticator',
  ] as readonly string[],
  totpCantScan: "Can't scan? Enter the key manually",
  totpManualIntro: 'In your app, add an account and enter these details:',
  totpIssuer: 'Service name',
  totpAccount: 'Account',
  copyIssuer: 'Copy service name',
  copyAccount: 'Copy account',
  totpKey: 'Key',
  totpKeyType: 'Type',
  totpKeyTypeValue: 'Time-based',
  copyKey: 'Copy key',
  /** Setup started again (e.g. after a reload): the key is new. */
  totpRestarted:
    'Setup started again, so this is a new key. Codes from an entry you added before no longer work: remove that entry from your app.',
  totpCodeHint: 'Enter the 6-digit code your app shows.',
  enable: 'Turn on',
  enabling: 'Turning on…',

  emailHeading: 'Confirm your email',
  emailSentTo: (address: string) => `We sent a 6-digit code to ${address}.`,
  emailSentToYou: 'We sent a 6-digit code to your email address.',
  emailCodeHint: 'Enter the code from the email.',

  // ---------------------------------------------------------------- end of setup
  done: 'Done',
  setupDoneHeading: 'Two-factor authentication is on',
  setupDoneText: (channel: string) => `You will be asked for a code (${channel}) when you sign in.`,

  // ---------------------------------------------------------------- settings card
  settingsHeading: 'Two-factor authentication',
  statusLabel: 'Status',
  statusOn: 'On',
  statusOff: 'Off',
  methodLabel: 'Method',
  backupRemainingLabel: 'Backup codes remaining',
  backupLow: (count: number) =>
    count === 0
      ? 'You have no backup codes left. Set up two-factor authentication again to get new ones.'
      : `${plural('en', count, { one: 'Only # backup code left.', other: 'Only # backup codes left.' })} Set up two-factor authentication again to get new ones.`,
  backupUnconfirmed:
    'You have not confirmed that you saved your backup codes. Without them, losing your phone or email can lock you out.',
  backupNewCodes: 'Get new backup codes',
  backupNewCodesIntro:
    'New backup codes come with a new setup: set up two-factor authentication again (your current codes then stop working).',
  settingsOffText: 'Add a second step to your sign-in to protect your account.',
  turnOn: 'Turn on',
  switchMethod: 'Switch method',
  switchIntro:
    'To switch method, turn two-factor authentication off, then set it up again. Your current backup codes stop working; you get new ones.',
  switchUnfinished:
    'Two-factor authentication is off: switching method was not finished. Until you set it up again, only your password protects your account.',
  switchFinish: 'Finish setting up',
  turnOff: 'Turn off',
};

/** The strings the main entry needs. */
export type MfaCoreMessages = typeof enCoreMessages;

/** The whole message map. Override any entry; function entries must keep their signature. */
export type MfaMessages = MfaCoreMessages & typeof enSetupMessages;

/**
 * Every English string in one map: the base for a translation. (The components import
 * the two halves, so a sign-in page does not ship the setup strings.)
 */
export const enMessages: MfaMessages = /* @__PURE__ */ Object.assign(
  {},
  enCoreMessages,
  enSetupMessages,
);

/** Per-string overrides, as accepted by the provider and by each component. */
export type MfaMessageOverrides = Partial<MfaMessages>;

/**
 * Formats seconds as `m:ss` (`75` → `1:15`). Negative values show `0:00`. The components
 * use `messages.countdown`, which does the same in the catalogue's language.
 */
export function formatCountdown(seconds: number): string {
  return formatClock('en', seconds);
}
