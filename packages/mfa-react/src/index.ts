'use client';

// Sign-in and account pieces. Setup (with the QR code) lives in `./setup`, so a
// login page that imports from here never carries the QR code encoder.

export type {
  MfaChallengeCredentials,
  MfaChallengeFlowState,
  MfaSignInSuccess,
  MfaStepUpAction,
  MfaStepUpFlowState,
  MfaStepUpLevel,
  MfaStepUpOutcome,
  MfaStepUpProof,
} from '@authblock/mfa-core';
// The remembered-state stores live in the framework-free core; re-exported here because
// `<MfaProvider memory>` takes them.
export {
  browserMfaMemory,
  inMemoryMfaMemory,
  isMfaStepUpRequired,
  type MfaMemory,
  type MfaMemoryStore,
  mfaStepUpError,
  observeServerClock,
} from '@authblock/mfa-core';
export {
  BackupCodes,
  type BackupCodesProps,
  type BackupCodesState,
} from './account/BackupCodes.tsx';
export {
  MfaBackupCodeNudge,
  type MfaBackupCodeNudgeProps,
  type MfaBackupCodeNudgeResult,
  type MfaBackupCodeNudgeState,
  useMfaBackupCodeNudge,
} from './account/MfaBackupCodeNudge.tsx';
export { MfaDisable, type MfaDisableProps, type MfaDisableState } from './account/MfaDisable.tsx';
export {
  type BackupCodesFileDetails,
  backupCodesFileName,
  backupCodesText,
  type MfaBackupCodesResult,
  type UseMfaBackupCodesOptions,
  useMfaBackupCodes,
} from './account/useMfaBackupCodes.ts';
export {
  type MfaDisableResult,
  type UseMfaDisableOptions,
  useMfaDisable,
} from './account/useMfaDisable.ts';
// For companion packages that keep catalogues of their own (`@authblock/mfa-admin-react`):
// the same lazy loading, provider locale and `Intl` number and plural rules.
export {
  type LazyCatalogues,
  lazyCatalogues,
  useLazyCatalogue,
} from './internal/lazy-catalogue.ts';
export type { MfaButtonProps } from './internal/press.ts';
export type {
  MfaErrorProps,
  MfaFormProps,
  MfaHeadingProps,
  MfaInputRef,
  MfaResendButtonProps,
  MfaTextFieldProps,
  MfaTextProps,
} from './internal/prop-bundles.ts';
// Also for companion packages: a file the browser saves, and a name any system accepts.
export { downloadText, fileNameSlug } from './internal/share.ts';
export type { ClassNameProp, HeadingLevel } from './internal/ui.tsx';
export { formatNumber, type PluralForms, plural } from './locales/format.ts';
export { errorCode, errorText, isLockout, retryAfterSeconds } from './provider/errors.ts';
export {
  useMfaDisableMutation,
  useMfaEnableMutation,
  useMfaSetupMutation,
  useMfaStatus,
  useMfaVerifyMutation,
  usePasswordlessRequestMutation,
  usePasswordlessVerifyMutation,
  useSignInMutation,
} from './provider/hooks.ts';
export {
  loadMfaMessages,
  MFA_LOCALES,
  type MfaLocale,
  mfaLocaleDirection,
  resolveMfaLocale,
} from './provider/i18n.ts';
export {
  type MfaAuthClient,
  type MfaContextValue,
  MfaProvider,
  type MfaProviderProps,
  useMessages,
  useMfaContext,
  useSetupMessages,
} from './provider/MfaProvider.tsx';
export {
  enCoreMessages,
  enMessages,
  enSetupMessages,
  formatCountdown,
  type MfaCoreMessages,
  type MfaMessageOverrides,
  type MfaMessages,
} from './provider/messages.ts';
export {
  mfaDisableMutationOptions,
  mfaEnableMutationOptions,
  mfaKeys,
  mfaSetupMutationOptions,
  mfaStatusQueryOptions,
  mfaVerifyMutationOptions,
  passwordlessRequestMutationOptions,
  passwordlessVerifyMutationOptions,
  signInMutationOptions,
} from './provider/queries.ts';
export { type MfaMemoryResult, useMfaMemory } from './provider/useMfaMemory.ts';
export {
  MfaChallenge,
  type MfaChallengeProps,
  type MfaChallengeState,
} from './sign-in/MfaChallenge.tsx';
export { OtpInput } from './sign-in/OtpInput.tsx';
export type { OtpInputProps, OtpInputState, OtpMode } from './sign-in/otp-field.ts';
export {
  PasswordlessSignInForm,
  type PasswordlessSignInFormProps,
  type PasswordlessSignInFormState,
} from './sign-in/PasswordlessSignInForm.tsx';
export { SignInForm, type SignInFormProps, type SignInFormState } from './sign-in/SignInForm.tsx';
export {
  type MfaChallengeResult,
  type UseMfaChallengeOptions,
  useMfaChallenge,
} from './sign-in/useMfaChallenge.ts';
export {
  type MfaPasswordlessChallengeProps,
  type MfaPasswordlessSignInResult,
  type UseMfaPasswordlessSignInOptions,
  useMfaPasswordlessSignIn,
} from './sign-in/useMfaPasswordlessSignIn.ts';
export {
  type MfaSignInChallengeProps,
  type MfaSignInResult,
  type UseMfaSignInOptions,
  useMfaSignIn,
} from './sign-in/useMfaSignIn.ts';
export { type OtpField, useOtpField } from './sign-in/useOtpField.ts';
export { MfaClockHint, type MfaClockHintProps } from './step-up/MfaClockHint.tsx';
export {
  MfaStepUpDialog,
  type MfaStepUpDialogProps,
  type MfaStepUpDialogState,
} from './step-up/MfaStepUpDialog.tsx';
export { enStepUpMessages, type StepUpMessages } from './step-up/messages.ts';
export { forgetMfaStepUp } from './step-up/step-up-memory.ts';
export {
  type UseMfaStepUpOptions,
  type UseMfaStepUpResult,
  useMfaStepUp,
} from './step-up/useMfaStepUp.ts';
