/** Called after every state change. */
export type Listener = () => void;

/**
 * A value that changes over time and says so: the shape `useSyncExternalStore` (and any
 * other framework's store) reads. `subscribe` and `getState` are bound, so they can be
 * passed around on their own. A state object is never mutated: each change is a new one.
 *
 * Whatever keeps running for the listeners (a countdown) starts with the first one and
 * stops with the last (`onSubscribe` / `onUnsubscribe`): a screen that is gone leaves
 * nothing scheduled behind it.
 */
export class Subscribable<State extends object> {
  #state: State;
  readonly #listeners = new Set<Listener>();

  constructor(initial: State) {
    this.#state = initial;
  }

  /** Registers `listener`; returns the function that removes it (once). */
  readonly subscribe = (listener: Listener): (() => void) => {
    // A wrapper per call: the same function subscribed twice is two subscribers.
    const entry: Listener = () => listener();
    this.#listeners.add(entry);
    if (this.#listeners.size === 1) this.onSubscribe();
    return () => {
      if (!this.#listeners.delete(entry)) return;
      if (this.#listeners.size === 0) this.onUnsubscribe();
    };
  };

  /** Someone is listening. */
  hasListeners(): boolean {
    return this.#listeners.size > 0;
  }

  /** The current state (the same object until the next change). */
  readonly getState = (): State => this.#state;

  /** Merges `patch` into a new state and tells every listener. */
  protected setState(patch: Partial<State>): void {
    this.#state = this.derive({ ...this.#state, ...patch });
    for (const listener of this.#listeners) listener();
  }

  /** Fields computed from the others, recomputed on every change. */
  protected derive(state: State): State {
    return state;
  }

  /** The first listener came: start what runs for them. */
  protected onSubscribe(): void {}

  /** The last listener left: stop it. */
  protected onUnsubscribe(): void {}
}
