import { isMfaNetworkError } from '@authblock/mfa-client';
import { type Clock, systemClock } from './clock.ts';
import { MfaOfflineError } from './errors.ts';
import { navigatorOnline, type OnlineCheck } from './network.ts';

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
