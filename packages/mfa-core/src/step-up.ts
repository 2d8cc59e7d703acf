import type { MfaChannel, MfaClient, MfaRequired } from '@authblock/mfa-client';
import type { MfaSignInSuccess } from './challenge.ts';
import { countTotpRejections } from './clock-skew.ts';
import { CodeCheck } from './code-check.ts';
import { errorCode, isCodeRejected, isTransient, remainingAttempts } from './errors.ts';
import { Flow, type FlowOptions, flowEnvironment, SingleFlight, whenOnline } from './flow.ts';
import { LockoutCountdown, type LockoutFields, lockoutSeconds, noLockout } from './lockout.ts';
import { MfaStepUpMemory } from './step-up-memory.ts';
import { isMfaStepUpRequired, type MfaStepUpLevel, type MfaStepUpProof } from './step-up-proof.ts';

/**
 * The sensitive action: sends `proof` with its request to the app's own server, which
 * checks it (`verifyMfaStepUp`) before acting. When that server refuses, throw the error
 * `mfaStepUpError(response)` gives: a wrong code then shows in the dialog as one.
 */
export type MfaStepUpAction<T> = (proof: MfaStepUpProof) => Promise<T>;

/** How `run` ended: the action's result, or the dialog was cancelled (the action never ran). */
export type MfaStepUpOutcome<T> = { status: 'done'; value: T } | { status: 'cancelled' };

export interface MfaStepUpOptions extends FlowOptions {
  /** Only `client.auth` is used (the full step-up signs in again). */
  client: Pick<MfaClient, 'auth'>;
  /** The signed-in user. */
  userId: string;
  /** Their email address: the full step-up signs in with it. */
  email?: string | undefined;
  /**
   * Their second-factor channel (`MfaStatus.channel`). Only `totp` can step up with a code
   * alone: Auth Block emails a code only during sign-in, so `email`, `unknown` (a server
   * that does not say) and `null` (MFA off) always take the full step-up.
   */
  channel: MfaChannel | 'unknown' | null;
  /** Where recent successes are remembered. @default a new one with a 10-minute window */
  memory?: MfaStepUpMemory | undefined;
  /** A full step-up signed in again: the fresh user and tokens, for the app's session. */
  onSignIn?: ((result: MfaSignInSuccess) => void) | undefined;
}

/** What `setOptions` may change: the client, the account's facts and the callback. */
export type MfaStepUpLiveOptions = 'client' | 'userId' | 'email' | 'channel' | 'onSignIn';

export interface MfaStepUpFlowState extends LockoutFields {
  /**
   * `closed`; `code` or `backup` (second-factor step-up); `password` then `challenge`
   * (full step-up: sign-in's two steps); `locked`; `action` (the proof was accepted by the
   * sign-in, the app's action runs or failed).
   */
  step: 'closed' | 'code' | 'backup' | 'password' | 'challenge' | 'action' | 'locked';
  /** The dialog is shown. */
  isOpen: boolean;
  /** The level being asked for (after the channel's rule), while open. */
  level: MfaStepUpLevel | null;
  code: string;
  isBackupCode: boolean;
  password: string;
  /** Submitted an empty field. */
  isMissing: boolean;
  isPending: boolean;
  error: unknown;
  /** Goes up on every failure, so an identical message is announced again. */
  errorCount: number;
  /** The code or password itself was refused: mark the field invalid. */
  isRejected: boolean;
  /** The full step-up signed in as another account than this user's (refused here). */
  isWrongAccount: boolean;
  /** The latest try failed on the way (network, offline, server): it may be sent again. */
  canRetry: boolean;
  remainingAttempts: number | null;
  /** Authenticator codes refused in a row (for the clock hint). */
  totpRejections: number;
  /** Full step-up: the `mfa_required` answer, for the challenge step. */
  challenge: MfaRequired | null;
}

const closed: Omit<MfaStepUpFlowState, keyof LockoutFields | 'errorCount' | 'totpRejections'> = {
  step: 'closed',
  isOpen: false,
  level: null,
  code: '',
  isBackupCode: false,
  password: '',
  isMissing: false,
  isPending: false,
  error: null,
  isRejected: false,
  isWrongAccount: false,
  canRetry: false,
  remainingAttempts: null,
  challenge: null,
};

const cleared = {
  error: null,
  isMissing: false,
  isRejected: false,
  isWrongAccount: false,
  canRetry: false,
  remainingAttempts: null,
  lockoutSeconds: null,
  isLockoutOver: false,
} satisfies Partial<MfaStepUpFlowState>;

interface Pending {
  action: MfaStepUpAction<unknown>;
  level: MfaStepUpLevel;
  finish: (outcome: MfaStepUpOutcome<unknown>) => void;
}

/**
 * Step-up before a sensitive action, designed so that a stolen session alone cannot pass
 * it: the browser only collects a proof and hands it to the app's action; the app's server
 * checks it with Auth Block (`verifyMfaStepUp`) before acting. A recent success skips the
 * dialog for a window, and the server still decides.
 */
export class MfaStepUpFlow extends Flow<
  MfaStepUpFlowState,
  MfaStepUpOptions,
  MfaStepUpLiveOptions
> {
  readonly #env;
  readonly #memory: MfaStepUpMemory;
  readonly #check = new CodeCheck();
  readonly #signIn = new SingleFlight();
  readonly #lockout: LockoutCountdown;
  #pending: Pending | null = null;
  #lastProof: MfaStepUpProof | null = null;

  constructor(options: MfaStepUpOptions) {
    super({ ...closed, ...noLockout, errorCount: 0, totpRejections: 0 }, options);
    this.#env = flowEnvironment(options);
    this.#memory = options.memory ?? new MfaStepUpMemory({ clock: this.#env.clock });
    this.#lockout = this.whileWatched(
      new LockoutCountdown(this.#env.clock, (fields) => this.setState(fields)),
    );
  }

  protected override derive(state: MfaStepUpFlowState): MfaStepUpFlowState {
    if (!state.isOpen) return { ...state, step: 'closed' };
    const step =
      state.lockoutRemaining > 0
        ? 'locked'
        : state.level === 'full'
          ? this.#lastProof
            ? 'action'
            : state.challenge
              ? 'challenge'
              : 'password'
          : state.isBackupCode
            ? 'backup'
            : 'code';
    return { ...state, step };
  }

  /** The level `level` becomes for this user's channel: only TOTP steps up with a code alone. */
  levelFor(level: MfaStepUpLevel): MfaStepUpLevel {
    return level === 'second-factor' && this.options.channel === 'totp' ? level : 'full';
  }

  /**
   * Runs `action` behind a step-up of `level`. Within the window of a recent success it
   * runs at once with `{ kind: 'recent' }`; if the app's server answers `step_up_required`
   * the memory is cleared and the dialog opens. Otherwise the dialog opens, and the action
   * runs with the proof once the person gives it. Resolves `cancelled` when the dialog is
   * cancelled, or when another step-up is already open: the action never ran then.
   */
  async run<T>(
    action: MfaStepUpAction<T>,
    { level = 'second-factor' }: { level?: MfaStepUpLevel | undefined } = {},
  ): Promise<MfaStepUpOutcome<T>> {
    if (this.#pending) return { status: 'cancelled' };
    const { userId } = this.options;
    const effective = this.levelFor(level);
    if (this.#memory.isRecent(userId, effective)) {
      try {
        return { status: 'done', value: await action({ kind: 'recent' }) };
      } catch (error) {
        if (!isMfaStepUpRequired(error)) throw error;
        // The server has no record of it (another tab signed out, a server restart): ask.
        this.#memory.clear(userId);
      }
      if (this.#pending) return { status: 'cancelled' };
    }
    return new Promise<MfaStepUpOutcome<T>>((resolve) => {
      this.#pending = {
        action,
        level: effective,
        finish: resolve as (outcome: MfaStepUpOutcome<unknown>) => void,
      };
      this.#lastProof = null;
      this.setState({ ...closed, ...cleared, isOpen: true, level: effective });
    });
  }

  /** What is in the code field. */
  setCode(code: string): void {
    this.setState({ code, isMissing: false });
  }

  /** Asks for a backup code instead of the app's code, or back. Clears the field. */
  setBackupCode(isBackupCode: boolean): void {
    this.setState({ isBackupCode, code: '', ...cleared });
  }

  setPassword(password: string): void {
    this.setState({ password, isMissing: false });
  }

  /**
   * Second-factor step-up: runs the action with the code (default: the field's). Resolves
   * `true` when the action succeeded and the dialog closed.
   */
  async submitCode(code: string = this.getState().code): Promise<boolean> {
    const state = this.getState();
    if (state.step !== 'code' && state.step !== 'backup') return false;
    if (!code) {
      this.setState({ ...cleared, isMissing: true, errorCount: state.errorCount + 1 });
      return false;
    }
    const proof: MfaStepUpProof = state.isBackupCode
      ? { kind: 'backup_code', code }
      : { kind: 'code', code };
    const outcome = await this.#check.run(code, () => this.#runAction(proof));
    return outcome ?? false;
  }

  /** Full step-up, first step: the password. A second factor is asked for next when on. */
  async submitPassword(): Promise<boolean> {
    const state = this.getState();
    const { email } = this.options;
    if (state.step !== 'password') return false;
    if (!state.password || !email) {
      this.setState({ ...cleared, isMissing: true, errorCount: state.errorCount + 1 });
      return false;
    }
    const outcome = await this.#signIn.run(async () => {
      this.setState({ isPending: true, ...cleared });
      try {
        const result = await whenOnline(this.#env.isOnline, () =>
          this.options.client.auth.signIn({ email, password: state.password }),
        );
        if (result.status === 'mfa_required') {
          this.setState({ challenge: result });
          return false;
        }
        return await this.signedIn({ user: result.user, tokens: result.tokens });
      } catch (error) {
        this.#fail(error);
        return false;
      } finally {
        this.setState({ isPending: false });
      }
    });
    return outcome ?? false;
  }

  /**
   * What the full step-up's first step sent, for the sign-in challenge of its second step
   * (`MfaChallengeFlow`); `null` before the password was accepted.
   */
  get challengeCredentials() {
    const { challenge, password } = this.getState();
    const { email } = this.options;
    return challenge && email ? { method: 'password' as const, email, password } : null;
  }

  /**
   * Full step-up, done: the sign-in (with its second factor, when on) gave fresh tokens.
   * The challenge's `onSuccess` calls this. Runs the action with the fresh access token,
   * after checking the sign-in was this user's (another account's password signs nobody in
   * here).
   */
  async signedIn(result: MfaSignInSuccess): Promise<boolean> {
    if (!this.#pending || this.getState().level !== 'full') return false;
    if (result.user.id !== this.options.userId) {
      this.setState({
        challenge: null,
        password: '',
        error: new Error('Signed in as another account.'),
        errorCount: this.getState().errorCount + 1,
        isRejected: true,
        isWrongAccount: true,
      });
      return false;
    }
    this.options.onSignIn?.(result);
    this.setState({ password: '' });
    return this.#runAction({ kind: 'sign_in', accessToken: result.tokens.accessToken });
  }

  /** Sends the last proof again after a failure on the way (`canRetry`). */
  retry(): Promise<boolean> {
    const state = this.getState();
    if (state.step === 'action' && this.#lastProof) return this.#runAction(this.#lastProof);
    return this.#check.retry((code) => this.submitCode(code));
  }

  /** Closes the dialog; `run` resolves `cancelled`. Nothing was, or will be, sent. */
  cancel(): void {
    if (!this.#pending || this.getState().isPending) return;
    this.#close({ status: 'cancelled' });
  }

  /** Forgets recent successes (sign-out): the next `run` asks again. */
  forget(): void {
    this.#memory.clear();
  }

  /**
   * The last watcher left (the dialog is gone): an open step-up is cancelled, so `run`
   * settles and its action never runs.
   */
  protected override onUnsubscribe(): void {
    super.onUnsubscribe();
    if (this.#pending) this.#close({ status: 'cancelled' });
  }

  async #runAction(proof: MfaStepUpProof): Promise<boolean> {
    const pending = this.#pending;
    if (!pending) return false;
    if (proof.kind === 'sign_in') this.#lastProof = proof;
    this.setState({ isPending: true, ...cleared });
    try {
      const value = await whenOnline(this.#env.isOnline, () => pending.action(proof));
      this.#memory.remember(this.options.userId, pending.level);
      this.setState({ totpRejections: 0 });
      this.#close({ status: 'done', value });
      return true;
    } catch (error) {
      this.#fail(error, proof);
      return false;
    } finally {
      if (this.#pending === pending) this.setState({ isPending: false });
    }
  }

  #fail(error: unknown, proof?: MfaStepUpProof): void {
    const state = this.getState();
    const lockFor = lockoutSeconds(error);
    const isRejected =
      isCodeRejected(error) || (proof === undefined && errorCode(error) === 'invalid_credentials');
    this.setState({
      error,
      errorCount: state.errorCount + 1,
      isRejected,
      canRetry: isTransient(error),
      remainingAttempts: remainingAttempts(error) ?? null,
      lockoutSeconds: lockFor ?? null,
      totpRejections: countTotpRejections(state.totpRejections, {
        isTotp: proof?.kind === 'code',
        isRejected,
      }),
    });
    if (lockFor) this.#lockout.start(lockFor);
  }

  #close(outcome: MfaStepUpOutcome<unknown>): void {
    const pending = this.#pending;
    this.#pending = null;
    this.#lastProof = null;
    this.#lockout.stop();
    this.setState({ ...closed, ...noLockout });
    pending?.finish(outcome);
  }
}

/** Creates the step-up flow. */
export function createMfaStepUpFlow(options: MfaStepUpOptions): MfaStepUpFlow {
  return new MfaStepUpFlow(options);
}
