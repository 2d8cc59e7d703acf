import type { MfaClient, MfaRequired, SignInResult } from '@authblock/mfa-client';
import type { MfaSignInSuccess } from './challenge.ts';
import { errorCode } from './errors.ts';
import { Flow, type FlowOptions, flowEnvironment, SingleFlight, whenOnline } from './flow.ts';

export interface MfaSignInOptions extends FlowOptions {
  /** Only `client.auth` is used. */
  client: Pick<MfaClient, 'auth'>;
  /** Prefills the email. */
  email?: string | undefined;
  /** Signed in: at once, or after the challenge once it is handed back (`finishChallenge`). */
  onSuccess?: ((result: MfaSignInSuccess) => void) | undefined;
}

/** What `setOptions` may change: the client and the callback. */
export type MfaSignInLiveOptions = 'client' | 'onSuccess';

export interface MfaSignInFlowState {
  /**
   * `credentials`, then `challenge` when the account has MFA on (it stays there once the
   * challenge signs in, with `result` set), or `done` when signed in without one.
   */
  step: 'credentials' | 'challenge' | 'done';
  email: string;
  /** As typed; kept for the challenge (which repeats it), emptied once signed in. */
  password: string;
  /** Submitted without an email and/or a password. */
  missing: { email: boolean; password: boolean } | null;
  isPending: boolean;
  error: unknown;
  /** Goes up on every refused submit, so an identical message is announced again. */
  errorCount: number;
  /** The server refused the email and password. */
  isRejected: boolean;
  /** The `mfa_required` answer, for the challenge flow. */
  challenge: MfaRequired | null;
  /** Came back from the challenge (focus the heading). */
  hasReturned: boolean;
  result: MfaSignInSuccess | null;
}

/** Email and password sign-in; hands over to the challenge when MFA is on. */
export class MfaSignInFlow extends Flow<
  MfaSignInFlowState,
  MfaSignInOptions,
  MfaSignInLiveOptions
> {
  readonly #env;
  readonly #submit = new SingleFlight();

  constructor(options: MfaSignInOptions) {
    super(
      {
        step: 'credentials',
        email: options.email ?? '',
        password: '',
        missing: null,
        isPending: false,
        error: null,
        errorCount: 0,
        isRejected: false,
        challenge: null,
        hasReturned: false,
        result: null,
      },
      options,
    );
    this.#env = flowEnvironment(options);
  }

  protected override derive(state: MfaSignInFlowState): MfaSignInFlowState {
    const step = state.challenge ? 'challenge' : state.result ? 'done' : 'credentials';
    return { ...state, step };
  }

  setEmail(email: string): void {
    this.setState({ email });
  }

  setPassword(password: string): void {
    this.setState({ password });
  }

  /** Sends the credentials. Resolves to the outcome, or `false` when refused or failed. */
  async submit(): Promise<SignInResult['status'] | false> {
    const { email, password, errorCount } = this.getState();
    if (!email.trim() || !password) {
      this.setState({
        missing: { email: !email.trim(), password: !password },
        error: null,
        isRejected: false,
        errorCount: errorCount + 1,
      });
      return false;
    }
    const outcome = await this.#submit.run(async () => {
      this.setState({ isPending: true, missing: null, error: null, isRejected: false });
      try {
        const result = await whenOnline(this.#env.isOnline, () =>
          this.options.client.auth.signIn({ email, password }),
        );
        if (result.status === 'mfa_required') this.setState({ challenge: result });
        else this.#signedIn({ user: result.user, tokens: result.tokens });
        return result.status;
      } catch (error) {
        this.setState({
          error,
          errorCount: this.getState().errorCount + 1,
          isRejected: errorCode(error) === 'invalid_credentials',
        });
        return false as const;
      } finally {
        this.setState({ isPending: false });
      }
    });
    return outcome ?? false;
  }

  /** Back from the challenge to the credentials: the password is typed again. */
  cancelChallenge(): void {
    this.setState({ challenge: null, password: '', hasReturned: true });
  }

  /** The challenge signed in: the result is in, and the password goes. */
  finishChallenge(result: MfaSignInSuccess): void {
    if (!this.getState().challenge) return;
    this.#signedIn(result);
  }

  #signedIn(result: MfaSignInSuccess): void {
    // The password has done its work: nothing keeps it after this.
    this.setState({ result, password: '' });
    this.options.onSuccess?.(result);
  }
}

export function createMfaSignInFlow(options: MfaSignInOptions): MfaSignInFlow {
  return new MfaSignInFlow(options);
}
