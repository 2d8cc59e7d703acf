/** Called after every state change. */
export type Listener = () => void;

/**
 * A value that changes over time and says so: the shape `useSyncExternalStore` (and any
 * other framework's store) reads. `subscribe` and `getState` are bound, so they can be
 * passed around on their own. A state object is never mutated: each change is a new one.
 */
export class Subscribable<State extends object> {
  #state: State;
  readonly #listeners = new Set<Listener>();

  constructor(initial: State) {
    this.#state = initial;
  }

  /** Registers `listener`; returns the function that removes it. */
  readonly subscribe = (listener: Listener): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

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
}
