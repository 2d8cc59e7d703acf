import type { MfaClient, MfaRequired } from '@authblock/mfa-client';
import type { MfaSignInSuccess } from './challenge.ts';
import { CodeCheck } from './code-check.ts';
import { errorCode, isCodeRejected, isLockout, isTransient, remainingAttempts } from './errors.ts';
import { Flow, type FlowOptions, flowEnvironment, SingleFlight, whenOnline } from './flow.ts';
import { LockoutCountdown, type LockoutFields, lockoutSeconds, noLockout } from './lockout.ts';
import { ResendCooldown } from './resend-cooldown.ts';

export interface MfaPasswordlessOptions extends FlowOptions {
  /** Only `client.auth` is used. */
  client: Pick<MfaClient, 'auth'>;
  /** Prefills the email. */
  email?: string | undefined;
  /**
   * Seconds before a sign-in code may be requested again; the server's `Retry-After` wins
   * when it refuses one.
   * @default 30
   */
  resendCooldown?: number | undefined;
  /** Signed in: at once, or after the challenge once it is handed back (`finishChallenge`). */
  onSuccess?: ((result: MfaSignInSuccess) => void) | undefined;
}

/** What `setOptions` may change: the client and the callback. */
export type MfaPasswordlessLiveOptions = 'client' | 'onSuccess';

export interface MfaPasswordlessFlowState extends LockoutFields {
  /**
   * `email` (ask for a code), `code` (enter it), `challenge` (MFA is on; it stays there
   * once the challenge signs in, with `result` set) or `done`.
   */
  step: 'email' | 'code' | 'challenge' | 'done';
  /** The address as typed; the flow sends it trimmed. */
  email: string;
  /** The emailed code; kept for the challenge (which repeats it), emptied once signed in. */
  code: string;
  /** Submitted with nothing to send (no email, or no code). */
  isMissing: boolean;
  /** A code is being requested (first time or resend). */
  isRequesting: boolean;
  /** The emailed code is being checked. */
  isPending: boolean;
  error: unknown;
  /** Goes up on every failure or refused submit, so a message is announced again. */
  errorCount: number;
  /** The server refused what was typed (the code; on the email step, the address). */
  isRejected: boolean;
  /** The latest code check failed on the way: it may be sent again. */
  canRetry: boolean;
  /** Wrong codes still allowed for this code, when the server said with the latest failure. */
  remainingAttempts: number | null;
  /**
   * Too many wrong tries cleared the code (Auth Block's `GW-PL-014`, a lockout without
   * `Retry-After`): only a new code can work. Until one is sent, codes are not checked.
   */
  isCodeCleared: boolean;
  /** Seconds the latest code lives, when the server said (`expires_in`); else `null`. */
  codeExpiresIn: number | null;
  /** Seconds before another code may be requested. */
  resendRemaining: number;
  /** A new code was sent from the code step. */
  isResent: boolean;
  /** Came back to the email step from a later one (focus its heading). */
  hasReturned: boolean;
  /** The `mfa_required` answer, for the challenge flow. */
  challenge: MfaRequired | null;
  result: MfaSignInSuccess | null;
}

/** Passwordless sign-in: request an emailed code, enter it, then the challenge if MFA is on. */
export class MfaPasswordlessFlow extends Flow<
  MfaPasswordlessFlowState,
  MfaPasswordlessOptions,
  MfaPasswordlessLiveOptions
> {
  readonly #env;
  readonly #request = new SingleFlight();
  readonly #check = new CodeCheck();
  readonly #resendCooldown: ResendCooldown;
  readonly #lockout: LockoutCountdown;
  #onCodeStep = false;

  constructor(options: MfaPasswordlessOptions) {
    super(
      {
        step: 'email',
        email: options.email ?? '',
        code: '',
        isMissing: false,
        isRequesting: false,
        isPending: false,
        error: null,
        errorCount: 0,
        isRejected: false,
        canRetry: false,
        remainingAttempts: null,
        isCodeCleared: false,
        ...noLockout,
        codeExpiresIn: null,
        resendRemaining: 0,
        isResent: false,
        hasReturned: false,
        challenge: null,
        result: null,
      },
      options,
    );
    this.#env = flowEnvironment(options);
    this.#resendCooldown = this.whileWatched(
      new ResendCooldown(this.#env.clock, options.resendCooldown, (resendRemaining) =>
        this.setState({ resendRemaining }),
      ),
    );
    this.#lockout = this.whileWatched(
      new LockoutCountdown(this.#env.clock, (fields) => this.setState(fields)),
    );
  }

  protected override derive(state: MfaPasswordlessFlowState): MfaPasswordlessFlowState {
    const step = state.challenge
      ? 'challenge'
      : state.result
        ? 'done'
        : this.#onCodeStep
          ? 'code'
          : 'email';
    return { ...state, step };
  }

  setEmail(email: string): void {
    this.setState({ email });
  }

  setCode(code: string): void {
    this.setState({ code });
  }

  /**
   * Emails a sign-in code: from the email step it moves on to the code step, from the code
   * step it is a resend (refused while the cooldown runs, and while the address is locked:
   * a new code could not be checked before the lock ends). Resolves `true` when sent.
   */
  async requestCode(): Promise<boolean> {
    const state = this.getState();
    const email = state.email.trim();
    if (!email) return this.#refuse();
    // The countdowns decide, not the state: it only follows them while someone watches.
    if (
      state.step === 'code' &&
      (this.#resendCooldown.remaining > 0 || this.#lockout.remaining > 0)
    ) {
      return false;
    }
    const isResend = state.step === 'code';
    const outcome = await this.#request.run(async () => {
      this.setState({ isRequesting: true, isResent: false, ...cleared });
      try {
        const sent = await whenOnline(this.#env.isOnline, () =>
          this.options.client.auth.requestPasswordless({ email }),
        );
        this.#onCodeStep = true;
        // A cleared code is dead: the field waits for the new one.
        this.setState({
          isResent: isResend,
          isCodeCleared: false,
          codeExpiresIn: sent.expiresIn ?? null,
          ...(state.isCodeCleared ? { code: '' } : {}),
        });
        this.#resendCooldown.afterSent();
        return true;
      } catch (error) {
        this.#fail(error, 'request');
        // No code went out, so no cooldown of our own: only the wait the server asked for.
        this.#resendCooldown.afterFailure(error, 0);
        return false;
      } finally {
        this.setState({ isRequesting: false });
      }
    });
    return outcome ?? false;
  }

  /**
   * Checks the emailed code (default: the field's). Resolves `true` once it was accepted;
   * refused while locked or after the code was cleared.
   */
  async submitCode(code: string = this.getState().code): Promise<boolean> {
    const state = this.getState();
    if (state.step !== 'code' || this.#lockout.remaining > 0 || state.isCodeCleared) return false;
    if (!code) return this.#refuse();
    const email = state.email.trim();
    const outcome = await this.#check.run(code, async (code) => {
      this.setState({ isPending: true, ...cleared });
      try {
        const result = await whenOnline(this.#env.isOnline, () =>
          this.options.client.auth.verifyPasswordless({ email, code }),
        );
        if (result.status === 'mfa_required') this.setState({ challenge: result, code });
        else this.#signedIn({ user: result.user, tokens: result.tokens });
        return true;
      } catch (error) {
        this.#fail(error, 'verify');
        return false;
      } finally {
        this.setState({ isPending: false });
      }
    });
    return outcome ?? false;
  }

  /** Sends the last code again after a failure on the way (`canRetry`). */
  retry(): Promise<boolean> {
    return this.#check.retry((code) => this.submitCode(code));
  }

  /** Back to the email step (from the code step or the challenge). */
  changeEmail(): void {
    this.#onCodeStep = false;
    // A lock is per address: another one is not locked.
    this.#lockout.stop();
    this.setState({
      challenge: null,
      code: '',
      isResent: false,
      hasReturned: true,
      isCodeCleared: false,
      ...cleared,
      ...noLockout,
    });
  }

  /** The challenge signed in: the result is in, and the sign-in code goes. */
  finishChallenge(result: MfaSignInSuccess): void {
    if (!this.getState().challenge) return;
    this.#signedIn(result);
  }

  #signedIn(result: MfaSignInSuccess): void {
    this.#resendCooldown.stop();
    this.#lockout.stop();
    // The emailed code has done its work: nothing keeps it after this.
    this.setState({ result, code: '', resendRemaining: 0 });
    this.options.onSuccess?.(result);
  }

  #refuse(): false {
    this.setState({ ...cleared, isMissing: true, errorCount: this.getState().errorCount + 1 });
    return false;
  }

  #fail(error: unknown, during: 'request' | 'verify'): void {
    const lockFor = during === 'verify' ? lockoutSeconds(error) : undefined;
    if (during === 'verify' && isCodeRejected(error)) this.#check.refused();
    this.setState({
      error,
      errorCount: this.getState().errorCount + 1,
      isRejected:
        during === 'verify' ? isCodeRejected(error) : errorCode(error) === 'validation_error',
      canRetry: during === 'verify' && isTransient(error),
      remainingAttempts: remainingAttempts(error) ?? null,
      // A failed request leaves a cleared code cleared.
      isCodeCleared:
        during === 'verify'
          ? isLockout(error) && lockFor === undefined
          : this.getState().isCodeCleared,
      lockoutSeconds: lockFor ?? null,
    });
    if (lockFor) this.#lockout.start(lockFor);
  }
}

const cleared = {
  error: null,
  isMissing: false,
  isRejected: false,
  canRetry: false,
  remainingAttempts: null,
  lockoutSeconds: null,
  isLockoutOver: false,
} satisfies Partial<MfaPasswordlessFlowState>;

export function createMfaPasswordlessFlow(options: MfaPasswordlessOptions): MfaPasswordlessFlow {
  return new MfaPasswordlessFlow(options);
}
