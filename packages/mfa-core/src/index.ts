// Framework-free two-factor flows over `@authblock/mfa-client`: state machines with
// `subscribe` / `getState` (the `useSyncExternalStore` shape), timers on an injectable
// clock, offline handling. `@authblock/mfa-react` is one rendering of them.

export {
  createMfaBackupCodesFlow,
  MfaBackupCodesFlow,
  type MfaBackupCodesFlowState,
  type MfaBackupCodesOptions,
} from './backup-codes.ts';
export {
  createMfaChallengeFlow,
  type MfaChallengeCredentials,
  MfaChallengeFlow,
  type MfaChallengeFlowState,
  type MfaChallengeOptions,
  type MfaSignInSuccess,
} from './challenge.ts';
export { type Clock, systemClock } from './clock.ts';
export { Countdown } from './countdown.ts';
export {
  createMfaDisableFlow,
  MfaDisableFlow,
  type MfaDisableFlowState,
  type MfaDisableOptions,
} from './disable.ts';
export {
  errorCode,
  isCodeRejected,
  isLockout,
  isMfaOfflineError,
  isTransient,
  MfaOfflineError,
  remainingAttempts,
  retryAfterSeconds,
} from './errors.ts';
export { Flow, type FlowOptions } from './flow.ts';
export { type LockoutFields, lockoutSeconds } from './lockout.ts';
export {
  browserMfaMemory,
  inMemoryMfaMemory,
  type MfaMemory,
  type MfaMemoryStore,
} from './mfa-memory.ts';
export { type MfaPolicy, meetsMfaPolicy } from './mfa-policy.ts';
export { navigatorOnline, type OnlineCheck } from './network.ts';
export { type OtpauthEntry, parseOtpauthUri } from './otpauth-uri.ts';
export {
  createMfaPasswordlessFlow,
  MfaPasswordlessFlow,
  type MfaPasswordlessFlowState,
  type MfaPasswordlessOptions,
} from './passwordless.ts';
export {
  checkMfaOnServer,
  type MfaServerCheck,
  type MfaServerCheckOptions,
} from './server-check.ts';
export {
  createMfaEmailSetupFlow,
  createMfaTotpSetupFlow,
  MfaChannelSetupFlow,
  type MfaChannelSetupOptions,
  type MfaChannelSetupState,
  type MfaSetupOf,
} from './setup.ts';
export {
  createMfaSignInFlow,
  MfaSignInFlow,
  type MfaSignInFlowState,
  type MfaSignInOptions,
} from './sign-in.ts';
export { type Listener, Subscribable } from './subscribable.ts';
