import type { MfaClient, MfaStatus } from '@authblock/mfa-client';
import { errorCode } from './errors.ts';
import { Flow, type FlowOptions, flowEnvironment, SingleFlight, whenOnline } from './flow.ts';

export interface MfaDisableOptions extends FlowOptions {
  /** Only `client.mfa` is used. */
  client: Pick<MfaClient, 'mfa'>;
  userId: string;
  /** MFA is off: the new status. */
  onDisabled?: ((status: MfaStatus) => void) | undefined;
}

/** What `setOptions` may change: the client and the callback. */
export type MfaDisableLiveOptions = 'client' | 'onDisabled';

export interface MfaDisableFlowState {
  /** `password` until MFA is off, then `done`. */
  step: 'password' | 'done';
  /** As typed; emptied once MFA is off. */
  password: string;
  /** Submitted without a password. */
  isMissing: boolean;
  isPending: boolean;
  error: unknown;
  /** Goes up on every failure or refused submit, so a message is announced again. */
  errorCount: number;
  /** The server refused the password. */
  isWrongPassword: boolean;
  status: MfaStatus | null;
}

/** Turning MFA off, confirmed with the password. */
export class MfaDisableFlow extends Flow<
  MfaDisableFlowState,
  MfaDisableOptions,
  MfaDisableLiveOptions
> {
  readonly #env;
  readonly #submit = new SingleFlight();

  constructor(options: MfaDisableOptions) {
    super(
      {
        step: 'password',
        password: '',
        isMissing: false,
        isPending: false,
        error: null,
        errorCount: 0,
        isWrongPassword: false,
        status: null,
      },
      options,
    );
    this.#env = flowEnvironment(options);
  }

  setPassword(password: string): void {
    this.setState({ password });
  }

  /** Turns MFA off. Resolves `true` once it is off. */
  async submit(): Promise<boolean> {
    const { password, errorCount } = this.getState();
    if (!password) {
      this.setState({
        isMissing: true,
        error: null,
        isWrongPassword: false,
        errorCount: errorCount + 1,
      });
      return false;
    }
    const { client, userId } = this.options;
    const outcome = await this.#submit.run(async () => {
      this.setState({ isPending: true, isMissing: false, error: null, isWrongPassword: false });
      try {
        const status = await whenOnline(this.#env.isOnline, () =>
          client.mfa.disable(userId, { password }),
        );
        // MFA is off: the password has done its work and is not kept.
        this.setState({ status, step: 'done', password: '' });
        this.options.onDisabled?.(status);
        return true;
      } catch (error) {
        this.setState({
          error,
          errorCount: this.getState().errorCount + 1,
          isWrongPassword: errorCode(error) === 'invalid_credentials',
        });
        return false;
      } finally {
        this.setState({ isPending: false });
      }
    });
    return outcome ?? false;
  }
}

export function createMfaDisableFlow(options: MfaDisableOptions): MfaDisableFlow {
  return new MfaDisableFlow(options);
}
