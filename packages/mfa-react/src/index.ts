'use client';

// Sign-in and account pieces. Setup (with the QR code) lives in `./setup`, so a
// login page that imports from here never carries the QR code encoder.

export type {
  MfaChallengeCredentials,
  MfaChallengeFlowState,
  MfaSignInSuccess,
} from '@authblock/mfa-core';
export { BackupCodes, type BackupCodesProps, type BackupCodesState } from './BackupCodes.tsx';
export {
  type MfaAuthClient,
  type MfaContextValue,
  MfaProvider,
  type MfaProviderProps,
  useMessages,
  useMfaContext,
  useSetupMessages,
} from './context.tsx';
export { errorCode, errorText, isLockout, retryAfterSeconds } from './errors.ts';
export {
  useMfaDisableMutation,
  useMfaEnableMutation,
  useMfaSetupMutation,
  useMfaStatus,
  useMfaVerifyMutation,
  usePasswordlessRequestMutation,
  usePasswordlessVerifyMutation,
  useSignInMutation,
} from './hooks.ts';
export {
  loadMfaMessages,
  MFA_LOCALES,
  type MfaLocale,
  mfaLocaleDirection,
  resolveMfaLocale,
} from './i18n.ts';
export type { MfaButtonProps } from './internal/press.ts';
export type { ClassNameProp, HeadingLevel } from './internal/ui.tsx';
export {
  MfaBackupCodeNudge,
  type MfaBackupCodeNudgeProps,
  type MfaBackupCodeNudgeState,
  useMfaBackupCodeNudge,
} from './MfaBackupCodeNudge.tsx';
export {
  MfaChallenge,
  type MfaChallengeProps,
  type MfaChallengeState,
} from './MfaChallenge.tsx';
export { MfaDisable, type MfaDisableProps, type MfaDisableState } from './MfaDisable.tsx';
export { useMfaMemory } from './memory.ts';
export {
  browserMfaMemory,
  inMemoryMfaMemory,
  type MfaMemory,
  type MfaMemoryStore,
} from './memory-store.ts';
export {
  enCoreMessages,
  enMessages,
  enSetupMessages,
  formatCountdown,
  type MfaCoreMessages,
  type MfaMessageOverrides,
  type MfaMessages,
} from './messages.ts';
export { OtpInput } from './OtpInput.tsx';
export type { OtpInputProps, OtpInputState, OtpMode } from './otp-field.ts';
export {
  PasswordlessSignInForm,
  type PasswordlessSignInFormProps,
  type PasswordlessSignInFormState,
} from './PasswordlessSignInForm.tsx';
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
} from './queries.ts';
export { SignInForm, type SignInFormProps, type SignInFormState } from './SignInForm.tsx';
export {
  backupCodesText,
  type UseMfaBackupCodesOptions,
  useMfaBackupCodes,
} from './useMfaBackupCodes.ts';
export { type UseMfaChallengeOptions, useMfaChallenge } from './useMfaChallenge.ts';
export { type UseMfaDisableOptions, useMfaDisable } from './useMfaDisable.ts';
export {
  type UseMfaPasswordlessSignInOptions,
  useMfaPasswordlessSignIn,
} from './useMfaPasswordlessSignIn.ts';
export { type UseMfaSignInOptions, useMfaSignIn } from './useMfaSignIn.ts';
export { useOtpField } from './useOtpField.ts';
