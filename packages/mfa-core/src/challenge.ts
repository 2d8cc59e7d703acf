import type {
  AuthTokens,
  AuthUser,
  MfaChannel,
  MfaClient,
  MfaRequired,
  SignInResult,
} from '@authblock/mfa-client';
import { CodeCheck } from './code-check.ts';
import { isCodeRejected, isTransient, remainingAttempts } from './errors.ts';
import { Flow, type FlowOptions, flowEnvironment, SingleFlight, whenOnline } from './flow.ts';
import { LockoutCountdown, type LockoutFields, lockoutSeconds, noLockout } from './lockout.ts';
import { ResendCooldown } from './resend-cooldown.ts';

/** How the first sign-in step was made; the second step repeats it with the code. */
export type MfaChallengeCredentials =
  | { method: 'password'; email: string; password: string }
  | { method: 'passwordless'; email: string; code: string };

/** What a finished challenge (or a sign-in without MFA) hands over. */
export interface MfaSignInSuccess {
  user: AuthUser;
  tokens: AuthTokens;
}

export interface MfaChallengeOptions extends FlowOptions {
  /** Only `client.auth` is used. */
  client: Pick<MfaClient, 'auth'>;
  /** The `mfa_required` result of sign-in or passwordless verify. */
  challenge: MfaRequired;
  /** What the first step sent, so the second can repeat it with the code. */
  credentials: MfaChallengeCredentials;
  /**
   * Seconds before an emailed code may be resent, from the start and after each resend;
   * the server's `Retry-After` wins when it refuses a resend.
   * @default 30
   */
  resendCooldown?: number | undefined;
  /** The code was accepted. */
  onSuccess?: ((result: MfaSignInSuccess) => void) | undefined;
}

/** What `setOptions` may change: the client and the callback. */
export type MfaChallengeLiveOptions = 'client' | 'onSuccess';

export interface MfaChallengeFlowState extends LockoutFields {
  /** `code` (the channel's code), `backup` (a backup code), `locked` or `done`. */
  step: 'code' | 'backup' | 'locked' | 'done';
  /** `'unknown'` when the server did not say (the API reference's sign-in never does). */
  channel: MfaChannel | 'unknown';
  /** Email channel: where the code went, when the server said. */
  sentTo: string | undefined;
  /** A backup code is asked for instead of the channel's code. */
  isBackupCode: boolean;
  /** What is in the code field. */
  code: string;
  /** A code is being checked. */
  isPending: boolean;
  /** A new emailed code is being requested. */
  isResending: boolean;
  /** The latest failure (`null` once a new attempt starts). */
  error: unknown;
  /** Goes up on every failure, so an identical message can be announced again. */
  errorCount: number;
  /** The server refused the code itself (wrong, expired): mark the field invalid. */
  isCodeRejected: boolean;
  /** The latest check failed on the way (network, offline, server): it may be sent again. */
  canRetry: boolean;
  /** Wrong codes still allowed before the lockout, when the server said with the latest failure. */
  remainingAttempts: number | null;
  /**
   * The channel can resend (email, or a channel the server did not name; not in
   * backup-code mode).
   */
  canResend: boolean;
  /** Seconds before a resend is allowed; `0` when it is. */
  resendRemaining: number;
  /** A new code was sent. */
  isResent: boolean;
  /** Signed in: the user and tokens. */
  result: MfaSignInSuccess | null;
}

/**
 * The second sign-in step as a state machine: a code for the user's channel or a backup
 * code, retry after a failure on the way, the lockout countdown from `Retry-After`, resend
 * with a cooldown for emailed codes, offline, done.
 */
export class MfaChallengeFlow extends Flow<
  MfaChallengeFlowState,
  Omit<MfaChallengeOptions, 'credentials'>,
  MfaChallengeLiveOptions
> {
  /** Kept apart from the options so that it can be forgotten once signed in. */
  #credentials: MfaChallengeCredentials | null;
  readonly #env;
  readonly #check = new CodeCheck();
  readonly #resend = new SingleFlight();
  readonly #lockout: LockoutCountdown;
  readonly #resendCooldown: ResendCooldown;

  constructor({ credentials, ...options }: MfaChallengeOptions) {
    // A server that names no channel (the API reference's) may have emailed a code too.
    const isEmail = mayEmail(options.challenge.channel);
    super(
      {
        step: 'code',
        channel: options.challenge.channel,
        sentTo: options.challenge.sentTo,
        isBackupCode: false,
        code: '',
        isPending: false,
        isResending: false,
        error: null,
        errorCount: 0,
        isCodeRejected: false,
        canRetry: false,
        remainingAttempts: null,
        ...noLockout,
        canResend: isEmail,
        resendRemaining: 0,
        isResent: false,
        result: null,
      },
      options,
    );
    this.#credentials = credentials;
    this.#env = flowEnvironment(options);
    this.#lockout = this.whileWatched(
      new LockoutCountdown(this.#env.clock, (fields) => this.setState(fields)),
    );
    this.#resendCooldown = this.whileWatched(
      new ResendCooldown(this.#env.clock, options.resendCooldown, (resendRemaining) =>
        this.setState({ resendRemaining }),
      ),
    );
    // The first step emailed a code just now (its countdown runs once someone watches).
    if (isEmail) this.#resendCooldown.afterSent();
  }

  protected override derive(state: MfaChallengeFlowState): MfaChallengeFlowState {
    const step = state.result
      ? 'done'
      : state.lockoutRemaining > 0
        ? 'locked'
        : state.isBackupCode
          ? 'backup'
          : 'code';
    return {
      ...state,
      step,
      canResend: mayEmail(state.channel) && !state.isBackupCode,
    };
  }

  /** What is in the code field. */
  setCode(code: string): void {
    this.setState({ code });
  }

  /** Asks for a backup code instead of the channel's code, or back. Clears the field. */
  setBackupCode(isBackupCode: boolean): void {
    this.setState({
      isBackupCode,
      code: '',
      error: null,
      isCodeRejected: false,
      canRetry: false,
      remainingAttempts: null,
    });
  }

  /**
   * Checks `code` (default: the field's). Resolves `true` when signed in, `false` when it
   * failed (see `error`) or was not sent: empty, locked, done, or a check already running.
   */
  async submit(code: string = this.getState().code): Promise<boolean> {
    if (!code || this.#isLockedOrDone() || this.#check.isRunning) return false;
    const outcome = await this.#check.run(code, async (code) => {
      this.setState({ isPending: true, ...cleared });
      try {
        return this.#finish(await whenOnline(this.#env.isOnline, () => this.#send(code)));
      } catch (error) {
        this.#fail(error, 'submit');
        return false;
      } finally {
        this.setState({ isPending: false });
      }
    });
    return outcome ?? false;
  }

  /** Sends the last code again, after a failure on the way (`canRetry`). */
  retry(): Promise<boolean> {
    return this.#check.retry((code) => this.submit(code));
  }

  /**
   * Emails a new code (email channel): repeats the first step without a code. Refused
   * while the cooldown runs, while locked or once done. Resolves `true` when sent.
   */
  async resend(): Promise<boolean> {
    const state = this.getState();
    if (!state.canResend || this.#resendCooldown.remaining > 0 || this.#isLockedOrDone()) {
      return false;
    }
    const outcome = await this.#resend.run(async () => {
      this.setState({ isResending: true, isResent: false, ...cleared });
      try {
        const result = await whenOnline(this.#env.isOnline, () => this.#send());
        if (result.status === 'signed_in') return this.#finish(result);
        this.setState({ isResent: true, sentTo: result.sentTo ?? state.sentTo });
        this.#resendCooldown.afterSent();
        return true;
      } catch (error) {
        this.#fail(error, 'resend');
        return false;
      } finally {
        this.setState({ isResending: false });
      }
    });
    return outcome ?? false;
  }

  // The countdowns decide, not the state: it only follows them while someone watches.
  #isLockedOrDone(): boolean {
    return this.#lockout.remaining > 0 || this.getState().result !== null;
  }

  #send(code?: string): Promise<SignInResult> {
    const { client } = this.options;
    const credentials = this.#credentials;
    if (!credentials) throw new Error('The challenge is over: its credentials are gone.');
    // A backup code goes as `backupCode`: the client sends it where the server reads it.
    const secondFactor =
      code === undefined
        ? {}
        : this.getState().isBackupCode
          ? { backupCode: code }
          : { mfaCode: code };
    return credentials.method === 'password'
      ? client.auth.signIn({
          email: credentials.email,
          password: credentials.password,
          ...secondFactor,
        })
      : client.auth.verifyPasswordless({
          email: credentials.email,
          code: credentials.code,
          ...secondFactor,
        });
  }

  #finish(result: SignInResult): boolean {
    // The server asked again instead of answering: report it as a failure.
    if (result.status !== 'signed_in')
      throw new Error('The server asked for a second factor again.');
    const success = { user: result.user, tokens: result.tokens };
    this.#lockout.stop();
    this.#resendCooldown.stop();
    // Signed in: the password (or sign-in code) has done its work and is not kept.
    this.#credentials = null;
    this.setState({ result: success, code: '', lockoutRemaining: 0, resendRemaining: 0 });
    this.options.onSuccess?.(success);
    return true;
  }

  #fail(error: unknown, during: 'submit' | 'resend'): void {
    const lockFor = lockoutSeconds(error);
    if (during === 'submit' && isCodeRejected(error)) this.#check.refused();
    this.setState({
      error,
      errorCount: this.getState().errorCount + 1,
      isCodeRejected: during === 'submit' && isCodeRejected(error),
      canRetry: during === 'submit' && isTransient(error),
      remainingAttempts: remainingAttempts(error) ?? null,
      lockoutSeconds: lockFor ?? null,
    });
    if (lockFor) this.#lockout.start(lockFor);
    else if (during === 'resend') this.#resendCooldown.afterFailure(error);
  }
}

/** Whether the first step may have emailed a code, so a resend is worth offering. */
const mayEmail = (channel: MfaChannel | 'unknown') => channel === 'email' || channel === 'unknown';

/** What a new attempt clears: the last failure and the end-of-lockout notice. */
const cleared = {
  error: null,
  isCodeRejected: false,
  canRetry: false,
  remainingAttempts: null,
  lockoutSeconds: null,
  isLockoutOver: false,
} satisfies Partial<MfaChallengeFlowState>;

/** Creates the sign-in challenge flow. */
export function createMfaChallengeFlow(options: MfaChallengeOptions): MfaChallengeFlow {
  return new MfaChallengeFlow(options);
}
