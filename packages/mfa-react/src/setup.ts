'use client';

// Setup and the settings card: these render the QR code (react-qr-code, loaded lazily when
// the authenticator step shows it), so they live apart from the sign-in entry point.

// The otpauth reader lives in the framework-free core; re-exported for headless setups
// that draw their own manual entry.
export { type OtpauthEntry, parseOtpauthUri } from '@authblock/mfa-core';
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
export { groupSecret } from './setup/TotpManualEntry.tsx';
export {
  TotpSetup,
  type TotpSetupData,
  type TotpSetupProps,
  type TotpSetupState,
} from './setup/TotpSetup.tsx';
export {
  type MfaChannelSetupResult,
  type MfaEmailSetupResult,
  type MfaTotpSetupResult,
  type UseMfaChannelSetupOptions,
  useMfaEmailSetup,
  useMfaTotpSetup,
} from './setup/useMfaChannelSetup.ts';
