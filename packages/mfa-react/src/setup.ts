'use client';

// Setup and the settings card: these render the QR code (mfa-core's encoder), so they live
// apart from the sign-in entry point.

export {
  EmailSetup,
  type EmailSetupData,
  type EmailSetupProps,
  type EmailSetupState,
} from './EmailSetup.tsx';
export { groupSecret, otpauthLabel } from './internal/TotpManualEntry.tsx';
export {
  MfaSettings,
  type MfaSettingsProps,
  type MfaSettingsState,
  type MfaSettingsView,
} from './MfaSettings.tsx';
export {
  MfaSetupWizard,
  type MfaSetupWizardProps,
  type MfaSetupWizardState,
  type MfaSetupWizardStep,
} from './MfaSetupWizard.tsx';
export { type OtpauthEntry, parseOtpauthUri } from './otpauth.ts';
export {
  TotpSetup,
  type TotpSetupData,
  type TotpSetupProps,
  type TotpSetupState,
} from './TotpSetup.tsx';
export {
  type UseMfaChannelSetupOptions,
  useMfaEmailSetup,
  useMfaTotpSetup,
} from './useMfaChannelSetup.ts';
