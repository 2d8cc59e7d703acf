import { isMfaNetworkError } from '@authblock/mfa-client';
import { type Clock, systemClock } from './clock.ts';
import { MfaOfflineError } from './errors.ts';
import { navigatorOnline, type OnlineCheck } from './network.ts';
import { Subscribable } from './subscribable.ts';

/** Options every flow takes. */
export interface FlowOptions {
  /** Time for the countdowns. @default the system clock */
  clock?: Clock | undefined;
  /** Whether the device is online. @default `navigator.onLine` (always online without one) */
  isOnline?: OnlineCheck | undefined;
}

/** The environment a flow runs in, with the defaults filled in. */
export interface FlowEnvironment {
  clock: Clock;
  isOnline: OnlineCheck;
}

export function flowEnvironment(options: FlowOptions): FlowEnvironment {
  return { clock: options.clock ?? systemClock, isOnline: options.isOnline ?? navigatorOnline };
}

/**
 * Runs `task` unless the device is offline (then it fails at once with `MfaOfflineError`,
 * sending nothing). A network failure while offline is reported as offline too.
 */
export async function whenOnline<T>(isOnline: OnlineCheck, task: () => Promise<T>): Promise<T> {
  if (!isOnline()) throw new MfaOfflineError();
  try {
    return await task();
  } catch (error) {
    if (isMfaNetworkError(error) && !isOnline()) throw new MfaOfflineError({ cause: error });
    throw error;
  }
}

/**
 * One request at a time: a second start while one runs is refused, so a double click,
 * Enter held down or a re-render can never send the same code twice.
 */
export class SingleFlight {
  #running = false;

  get isRunning(): boolean {
    return this.#running;
  }

  /** `undefined` when refused; otherwise the task's result (or its rejection). */
  async run<T>(task: () => Promise<T>): Promise<T | undefined> {
    if (this.#running) return undefined;
    this.#running = true;
    try {
      return await task();
    } finally {
      this.#running = false;
    }
  }
}

/** A countdown as a flow runs it: only while someone watches. */
interface Pausable {
  resume(): void;
  pause(): void;
}

/**
 * What every flow shares, after TanStack Query's observers: its countdowns run only while
 * it has subscribers (from the first to the last), and `setOptions` takes a new client or
 * new callbacks without rebuilding it, so a re-render never loses what was typed or how
 * long a lockout has left. `Live` names the options that may change; the rest (the
 * challenge, the user, the clock) are what the flow is about, fixed when it is created.
 */
export class Flow<
  State extends object,
  Options extends object,
  Live extends keyof Options,
> extends Subscribable<State> {
  #options: Options;
  readonly #countdowns: Pausable[] = [];

  constructor(initial: State, options: Options) {
    super(initial);
    this.#options = options;
  }

  /** The options as last set. */
  protected get options(): Options {
    return this.#options;
  }

  /** Takes a new client or callbacks; the state and any running countdown carry on. */
  setOptions(options: Partial<Pick<Options, Live>>): void {
    this.#options = { ...this.#options, ...options };
  }

  /** Registers a countdown to run only while the flow has subscribers. */
  protected whileWatched<Countdown extends Pausable>(countdown: Countdown): Countdown {
    this.#countdowns.push(countdown);
    if (this.hasListeners()) countdown.resume();
    return countdown;
  }

  protected override onSubscribe(): void {
    for (const countdown of this.#countdowns) countdown.resume();
  }

  protected override onUnsubscribe(): void {
    for (const countdown of this.#countdowns) countdown.pause();
  }
}
