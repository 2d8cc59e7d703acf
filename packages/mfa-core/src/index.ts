// Framework-free two-factor flows over `@authblock/mfa-client`: state machines with
// `subscribe` / `getState` (the `useSyncExternalStore` shape), timers on an injectable
// clock, offline handling. `@authblock/mfa-react` is one rendering of them.

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
  errorCode,
  isCodeRejected,
  isLockout,
  isMfaOfflineError,
  isTransient,
  MfaOfflineError,
  retryAfterSeconds,
} from './errors.ts';
export type { FlowOptions } from './flow.ts';
export { navigatorOnline, type OnlineCheck } from './network.ts';
export { type Listener, Subscribable } from './subscribable.ts';
