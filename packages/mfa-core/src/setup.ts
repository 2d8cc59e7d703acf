import type { MfaChannel, MfaClient, MfaSetup, MfaStatus } from '@authblock/mfa-client';
import { CodeCheck } from './code-check.ts';
import { isCodeRejected, isTransient } from './errors.ts';
import { Flow, type FlowOptions, flowEnvironment, SingleFlight, whenOnline } from './flow.ts';
import { ResendCooldown } from './resend-cooldown.ts';

/** A started setup on one channel. */
export type MfaSetupOf<Channel extends MfaChannel> = Extract<MfaSetup, { channel: Channel }>;

export interface MfaChannelSetupOptions<Channel extends MfaChannel> extends FlowOptions {
  /** Only `client.mfa` is used. */
  client: Pick<MfaClient, 'mfa'>;
  userId: string;
  /** A setup already started; without it `start()` starts one. */
  setup?: MfaSetupOf<Channel> | undefined;
  /** MFA is on: the new status and the setup (whose backup codes to show next). */
  onEnabled?: ((status: MfaStatus, setup: MfaSetupOf<Channel>) => void) | undefined;
  /**
   * Email: seconds before "resend" may be used, from the start and after each resend; the
   * server's `Retry-After` wins when it refuses one.
   * @default 30
   */
  resendCooldown?: number | undefined;
}

/** What `setOptions` may change: the client and the callback. */
export type MfaChannelSetupLiveOptions = 'client' | 'onEnabled';

export interface MfaChannelSetupState<Channel extends MfaChannel> {
  /** `starting` (no setup yet), `failed` (it could not start), `ready`, or `done`. */
  step: 'starting' | 'failed' | 'ready' | 'done';
  channel: Channel;
  /** The newest setup: a resend (email) replaces the first. */
  setup: MfaSetupOf<Channel> | null;
  code: string;
  /** Setup is being started (or started again after a failure). */
  isStarting: boolean;
  /** A start failed and has not succeeded since ("Try again" stays while it runs). */
  hasStartFailed: boolean;
  /** The code is being checked. */
  isPending: boolean;
  /** Email: a new code is being requested. */
  isResending: boolean;
  error: unknown;
  /** Goes up on every failure, so an identical message is announced again. */
  errorCount: number;
  isCodeRejected: boolean;
  /** The latest check failed on the way: it may be sent again. */
  canRetry: boolean;
  /** Email: seconds before a resend is allowed. */
  resendRemaining: number;
  /** Email: a new code was sent. */
  isResent: boolean;
  /** MFA is on. */
  status: MfaStatus | null;
}

/**
 * Turning MFA on for one channel: start setup (TOTP: the secret; email: a code is sent),
 * take the code, turn it on. For email the code is checked with `verify` first (once: a
 * retry after it was accepted only repeats `enable`) and can be resent after a cooldown.
 * Setup starts when the step is first shown (its first subscriber), as a query fetches on
 * mount; `start()` does it by hand.
 */
export class MfaChannelSetupFlow<Channel extends MfaChannel> extends Flow<
  MfaChannelSetupState<Channel>,
  MfaChannelSetupOptions<Channel>,
  MfaChannelSetupLiveOptions
> {
  readonly #env;
  readonly #start = new SingleFlight();
  readonly #check = new CodeCheck();
  readonly #resendCooldown: ResendCooldown;
  #started: Promise<boolean> | null = null;
  #verifiedCode: string | null = null;

  constructor(channel: Channel, options: MfaChannelSetupOptions<Channel>) {
    super(
      {
        step: options.setup ? 'ready' : 'starting',
        channel,
        setup: options.setup ?? null,
        code: '',
        isStarting: false,
        hasStartFailed: false,
        isPending: false,
        isResending: false,
        error: null,
        errorCount: 0,
        isCodeRejected: false,
        canRetry: false,
        resendRemaining: 0,
        isResent: false,
        status: null,
      },
      options,
    );
    this.#env = flowEnvironment(options);
    if (options.setup) this.#started = Promise.resolve(true);
    this.#resendCooldown = this.whileWatched(
      new ResendCooldown(this.#env.clock, options.resendCooldown, (resendRemaining) =>
        this.setState({ resendRemaining }),
      ),
    );
    // Email: starting setup emails a code (it is starting now, or was given started).
    if (channel === 'email') this.#resendCooldown.afterSent();
  }

  protected override derive(state: MfaChannelSetupState<Channel>): MfaChannelSetupState<Channel> {
    const step = state.status
      ? 'done'
      : state.setup
        ? 'ready'
        : state.hasStartFailed && !state.isStarting
          ? 'failed'
          : 'starting';
    return { ...state, step };
  }

  /**
   * Starts setup unless it was given or already started (so a re-render or React's
   * StrictMode cannot start a second one, which would replace the first secret). Resolves
   * `true` once there is a setup.
   */
  start(): Promise<boolean> {
    this.#started ??= this.#startSetup();
    // Once started, the answer is whether there is a setup now (a retry may have made one).
    return this.#started.then(() => this.getState().setup !== null);
  }

  /** Starts setup again after a failed start. */
  retryStart(): Promise<boolean> {
    return this.#startSetup();
  }

  setCode(code: string): void {
    this.setState({ code });
  }

  /** Checks the code (default: the field's) and turns MFA on. Resolves `true` once on. */
  async submit(code: string = this.getState().code): Promise<boolean> {
    const { setup } = this.getState();
    if (!setup || !code || this.getState().step === 'done') return false;
    const { client, userId } = this.options;
    const outcome = await this.#check.run(code, async (code) => {
      this.setState({ isPending: true, ...cleared });
      try {
        const enabled = await whenOnline(this.#env.isOnline, async () => {
          if (setup.channel === 'totp') return client.mfa.enable(userId, { totpCode: code });
          // An emailed code works once: after it was accepted, only `enable` is repeated.
          if (this.#verifiedCode !== code) {
            await client.mfa.verify(userId, { code });
            this.#verifiedCode = code;
          }
          return client.mfa.enable(userId, { channel: 'email' });
        });
        const status = withBackupCount(enabled, setup);
        this.#resendCooldown.stop();
        this.setState({ status, resendRemaining: 0 });
        this.options.onEnabled?.(status, setup);
        return true;
      } catch (error) {
        if (isCodeRejected(error)) this.#check.refused();
        this.setState({
          error,
          errorCount: this.getState().errorCount + 1,
          isCodeRejected: isCodeRejected(error),
          canRetry: isTransient(error),
        });
        return false;
      } finally {
        this.setState({ isPending: false });
      }
    });
    return outcome ?? false;
  }

  /** Sends the last code again after a failure on the way (`canRetry`). */
  retry(): Promise<boolean> {
    return this.#check.retry((code) => this.submit(code));
  }

  /**
   * Email: sends a new code by starting setup again (new backup codes too). Refused while
   * the cooldown runs or a code is checked. Resolves `true` when sent.
   */
  async resend(): Promise<boolean> {
    const state = this.getState();
    if (
      state.channel !== 'email' ||
      state.step !== 'ready' ||
      // The countdown decides, not the state: it only follows it while someone watches.
      this.#resendCooldown.remaining > 0 ||
      state.isPending ||
      state.isResending
    ) {
      return false;
    }
    this.setState({ isResending: true, isResent: false, ...cleared });
    try {
      const setup = await whenOnline(this.#env.isOnline, () => this.#requestSetup());
      this.#verifiedCode = null;
      this.setState({ setup, code: '', isResent: true });
      this.#resendCooldown.afterSent();
      return true;
    } catch (error) {
      this.setState({ error, errorCount: this.getState().errorCount + 1 });
      this.#resendCooldown.afterFailure(error);
      return false;
    } finally {
      this.setState({ isResending: false });
    }
  }

  protected override onSubscribe(): void {
    super.onSubscribe();
    void this.start();
  }

  async #startSetup(): Promise<boolean> {
    const outcome = await this.#start.run(async () => {
      this.setState({ isStarting: true, error: null });
      try {
        const setup = await whenOnline(this.#env.isOnline, () => this.#requestSetup());
        this.setState({ setup, hasStartFailed: false });
        return true;
      } catch (error) {
        this.setState({ error, errorCount: this.getState().errorCount + 1, hasStartFailed: true });
        return false;
      } finally {
        this.setState({ isStarting: false });
      }
    });
    return outcome ?? false;
  }

  async #requestSetup(): Promise<MfaSetupOf<Channel>> {
    const { channel } = this.getState();
    const setup = await this.options.client.mfa.setup(this.options.userId, { channel });
    return setup as MfaSetupOf<Channel>;
  }
}

const cleared = { error: null, isCodeRejected: false, canRetry: false } as const;

/**
 * The status right after enable, with the backup-code count. An API reference server's
 * enable answer has none (`{ enabled, message }`), but the flow knows it: MFA has just
 * been turned on with this setup, so all of its codes are unused. No status read needed.
 */
function withBackupCount(status: MfaStatus, setup: MfaSetup): MfaStatus {
  return status.backupCodesRemaining === undefined
    ? { ...status, backupCodesRemaining: setup.backupCodes.length }
    : status;
}

/** Authenticator-app setup: the secret and QR URI, then the first code turns TOTP on. */
export function createMfaTotpSetupFlow(
  options: MfaChannelSetupOptions<'totp'>,
): MfaChannelSetupFlow<'totp'> {
  return new MfaChannelSetupFlow('totp', options);
}

/** Email setup: a code is emailed, checked, then email MFA is turned on; resend with cooldown. */
export function createMfaEmailSetupFlow(
  options: MfaChannelSetupOptions<'email'>,
): MfaChannelSetupFlow<'email'> {
  return new MfaChannelSetupFlow('email', options);
}
