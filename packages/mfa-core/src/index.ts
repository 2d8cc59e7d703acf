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
export {
  CLOCK_HINT_AFTER_REJECTIONS,
  CLOCK_SKEW_THRESHOLD_MS,
  type ClockHint,
  clockHint,
  countTotpRejections,
  observeServerClock,
  recordServerDate,
  serverClockOffsetMs,
} from './clock-skew.ts';
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
export {
  createMfaStepUpFlow,
  type MfaStepUpAction,
  MfaStepUpFlow,
  type MfaStepUpFlowState,
  type MfaStepUpLiveOptions,
  type MfaStepUpOptions,
  type MfaStepUpOutcome,
} from './step-up.ts';
export { DEFAULT_STEP_UP_WINDOW_SECONDS, MfaStepUpMemory } from './step-up-memory.ts';
export {
  isMfaStepUpRequired,
  type MfaStepUpLevel,
  type MfaStepUpProof,
  type MfaStepUpRefusalBody,
  mfaStepUpError,
  readMfaStepUpProof,
  STEP_UP_REQUIRED,
} from './step-up-proof.ts';
export {
  type MfaStepUpRecord,
  type MfaStepUpVerdict,
  tokenAuthTime,
  type VerifyMfaStepUpOptions,
  verifyMfaStepUp,
} from './step-up-server.ts';
export { type Listener, Subscribable } from './subscribable.ts';
