'use client';

// Setup and the settings card: these render the QR code (mfa-core's encoder), so they live
// apart from the sign-in entry point.

export {
  EmailSetup,
  type EmailSetupData,
  type EmailSetupProps,
  type EmailSetupState,
} from './setup/EmailSetup.tsx';
export {
  MfaSettings,
  type MfaSettingsProps,
  type MfaSettingsState,
  type MfaSettingsView,
} from './setup/MfaSettings.tsx';
export {
  MfaSetupWizard,
  type MfaSetupWizardProps,
  type MfaSetupWizardState,
  type MfaSetupWizardStep,
} from './setup/MfaSetupWizard.tsx';
export { type OtpauthEntry, parseOtpauthUri } from './setup/otpauth.ts';
export { groupSecret, otpauthLabel } from './setup/TotpManualEntry.tsx';
export {
  TotpSetup,
  type TotpSetupData,
  type TotpSetupProps,
  type TotpSetupState,
} from './setup/TotpSetup.tsx';
export {
  type UseMfaChannelSetupOptions,
  useMfaEmailSetup,
  useMfaTotpSetup,
} from './setup/useMfaChannelSetup.ts';
